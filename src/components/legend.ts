/**
 * A small HTML legend (swatch + text) so colour is always paired with a name.
 */
import {el} from "./dom.js";

/**
 * @example swatches([["bbc", "BBC", "#4269d0"]], "Outlets")
 */
export function swatches(items: [id: string, label: string, color: string][], title: string): HTMLElement {
  return el(
    "div",
    {class: "np-legend", role: "list", "aria-label": title},
    el("strong", {}, `${title}:`),
    items.map(([id, label, color]) => el("span", {role: "listitem", "data-id": id, style: `--swatch: ${color}`}, label))
  );
}
