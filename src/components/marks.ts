/**
 * Makes Plot marks clickable and keyboard-focusable. Plot draws one element per datum for
 * dot/rect/cell/tick marks in index order, so a custom `render` can attach the datum behind
 * each element without Plot binding data to the DOM.
 */

import type {RenderFunction} from "@observablehq/plot";

/**
 * Returns Plot mark options that call `onSelect(datum)` on click or Enter/Space.
 * @example Plot.dot(rows, {x: "date", y: "value", ...clickable(rows, (d) => panel.show(...))})
 */
export function clickable<T>(data: T[], onSelect: ((d: T) => void) | undefined, label?: (d: T) => string): {render?: RenderFunction} {
  if (!onSelect) return {};
  return {
    render(index, scales, values, dimensions, context, next) {
      const g = next!(index, scales, values, dimensions, context);
      if (!g) return g;
      const nodes = Array.from(g.children).filter((n) => n.tagName.toLowerCase() !== "title");
      const datums = new WeakMap<Element, T>();
      nodes.forEach((node, j) => {
        const datum = data[index[j]];
        if (datum === undefined) return;
        datums.set(node, datum);
        node.setAttribute("tabindex", "0");
        node.setAttribute("class", `${node.getAttribute("class") ?? ""} np-mark`.trim());
        if (label) node.setAttribute("aria-label", label(datum));
      });
      // One delegated listener per mark layer, not one per element (thousands of glyphs).
      const pick = (event: Event) => {
        const target = (event.target as Element | null)?.closest?.(".np-mark");
        const datum = target ? datums.get(target) : undefined;
        if (datum !== undefined) onSelect(datum);
        return datum !== undefined;
      };
      g.addEventListener("click", pick);
      g.addEventListener("keydown", (event) => {
        const key = (event as KeyboardEvent).key;
        if ((key === "Enter" || key === " ") && pick(event)) event.preventDefault();
      });
      return g;
    }
  };
}
