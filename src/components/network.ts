/**
 * The actor network chart (SVG): nodes sized by mentions and coloured by kind, edges coloured
 * by interaction type and widened by count; hover dims everything but the neighbours; click a
 * node or an edge for the evidence. Names are drawn only where they overlap no other name and no
 * node (most connected first, network-labels.ts); the others appear on hover, focus or tap. On a
 * phone the chart is taller than wide and the layout pulled tighter, so most names still fit.
 */
import {el} from "./dom.js";
import {frame, plural} from "./frame.js";
import {swatches} from "./legend.js";
import {KIND_COLORS} from "./palette.js";
import {layoutNetwork, type NetLink, type NetNode} from "./network-data.js";
import {candidates, placeLabels, shorten} from "./network-labels.js";

const SVG = "http://www.w3.org/2000/svg";
const EDGE_COLORS = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5", "#9c6b4e", "#9498a0"];

/** From WIDE px up the layout keeps its wide-screen look; at NARROW px and below, its phone one. */
const WIDE = 640;
const NARROW = 320;
/** Where a name fits nowhere in full (or cut to the width), it is tried cut to this many characters. */
const SHORT = 12;
const LABEL_ATTRS = {"font-size": 11, fill: "currentColor", "paint-order": "stroke", stroke: "var(--theme-background, #fff)", "stroke-width": 3};
const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Chart height for a width: 0.7 × width on wide screens (320–640 px); on a phone, taller than
 * wide (up to 460 px, more of it for more actors) so the graph is not squeezed into a strip.
 * @example chartHeight(302, 15) // 423
 */
export function chartHeight(width: number, actors = 0): number {
  return Math.round(Math.max(320, Math.min(640, Math.max(width * 0.7, Math.min(Math.max(width * 1.4, actors * 22), 460)))));
}

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/**
 * Interaction type → colour, in a stable (sorted) order.
 * @example edgeColors(["met", "held"]).get("held")
 */
export function edgeColors(types: string[]): Map<string, string> {
  return new Map([...new Set(types)].sort().map((t, i) => [t, EDGE_COLORS[i % EDGE_COLORS.length]]));
}

/**
 * @example networkChart({nodes, links}, {width: 800, articleCount: 5})
 */
export function networkChart<I>(
  {nodes, links}: {nodes: NetNode[]; links: NetLink<I>[]},
  {width, articleCount, onNode, onLink}: {width: number; articleCount: number; onNode?: (n: NetNode) => void; onLink?: (l: NetLink<I>) => void}
): HTMLElement {
  const title = "Who did what to whom";
  const caption = `${plural(nodes.length, "actor")} and ${plural(links.length, "relation")} (${plural(links.reduce((s, l) => s + l.count, 0), "interaction")}) from ${plural(articleCount, "article")}. Node size = mentions; colour = kind; edge colour = type, width = how often it was reported.`;
  if (nodes.length === 0) return frame(null, {title, caption, empty: "No interactions between actors in this selection."});
  const height = chartHeight(width, nodes.length);
  // Names are cut to fit the width (28 characters from 392 px up); the full name is in the title.
  const maxChars = Math.max(14, Math.min(28, Math.floor(width / 14)));
  // About 6 px per character at 11 px. Narrow charts keep less room on the right: labels may
  // also go left of, above or below a node (network-labels.ts).
  const longest = Math.max(...nodes.map((n) => Math.min(maxChars, n.name.length)));
  // 0 on a phone, 1 from WIDE px up (where the layout is the same as it always was).
  const t = Math.max(0, Math.min(1, (width - NARROW) / (WIDE - NARROW)));
  const placed = layoutNetwork(nodes, links, {
    width,
    height,
    marginRight: 24 + t * (Math.min(width / 3, 30 + longest * 6) - 24),
    // A stronger pull to the centre on narrow charts: long chains would otherwise set the scale
    // and squeeze the well-connected middle (and its labels) into a knot.
    gravity: 0.3 - 0.24 * t
  });
  const at = new Map(placed.map((n) => [n.id, n]));
  const colors = edgeColors(links.map((l) => l.type));
  const maxMentions = Math.max(...placed.map((n) => n.mentions), 1);
  // Circles shrink on charts narrower than 320 px (not below 60 %), leaving room for the names.
  const rScale = Math.max(0.6, Math.min(1, width / NARROW));
  const radius = (n: NetNode) => rScale * (5 + 13 * Math.sqrt(n.mentions / maxMentions));
  const root = svg("svg", {width, height, viewBox: `0 0 ${width} ${height}`, class: "np-network-svg"});
  const edgeLayer = svg("g", {"aria-label": "relations"});
  const nodeLayer = svg("g", {"aria-label": "actors"});
  root.append(edgeLayer, nodeLayer);
  const neighbours = new Map<string, Set<string>>();
  for (const l of links) {
    if (!neighbours.has(l.source)) neighbours.set(l.source, new Set([l.source]));
    if (!neighbours.has(l.target)) neighbours.set(l.target, new Set([l.target]));
    neighbours.get(l.source)!.add(l.target);
    neighbours.get(l.target)!.add(l.source);
  }
  // Parallel edges between the same pair bend by their rank so each stays clickable.
  const pairRank = new Map<string, number>();
  const edgeEls: [NetLink<I>, SVGElement][] = [];
  for (const l of links) {
    const a = at.get(l.source)!;
    const b = at.get(l.target)!;
    const pair = [l.source, l.target].sort().join("\u0000");
    const rank = pairRank.get(pair) ?? 0;
    pairRank.set(pair, rank + 1);
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const bend = (rank % 2 ? -1 : 1) * Math.ceil(rank / 2) * 18 + 8;
    const d = `M${a.x},${a.y} Q${mx - (dy / len) * bend},${my + (dx / len) * bend} ${b.x},${b.y}`;
    const label = `${a.name} ${l.type.replace(/_/g, " ")} ${b.name}: ${plural(l.count, "report")} (${l.outlets.join(", ")})`;
    const g = svg("g", {class: "np-edge np-mark", tabindex: 0, role: "button", "aria-label": label, "data-source": l.source, "data-target": l.target});
    const title = svg("title", {});
    title.textContent = label;
    g.append(
      title,
      svg("path", {d, fill: "none", stroke: "transparent", "stroke-width": 10}),
      svg("path", {d, fill: "none", stroke: colors.get(l.type)!, "stroke-width": Math.min(8, 1.2 + Math.sqrt(l.count) * 1.3), "stroke-opacity": 0.85, "marker-end": ""})
    );
    if (onLink) {
      g.addEventListener("click", () => onLink(l));
      g.addEventListener("keydown", (e) => (e as KeyboardEvent).key === "Enter" && onLink(l));
    }
    edgeLayer.append(g);
    edgeEls.push([l, g]);
  }
  const nodeEls: [NetNode, SVGElement][] = [];
  // Most connected first: they get the first pick of label spots; the rest are named on hover.
  const byImportance = [...placed].sort((a, b) => b.degree - a.degree || b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const labels = new Map(
    placeLabels(byImportance.slice(0, 25).map((n) => ({id: n.id, x: n.x, y: n.y, r: radius(n), text: shorten(n.name, maxChars), short: shorten(n.name, SHORT)})), {
      width,
      height,
      circles: placed.map((n) => ({id: n.id, x: n.x, y: n.y, r: radius(n)}))
    }).map((l) => [l.id, l])
  );
  // The full name of an unlabelled (or shortened) node appears here, above everything, while
  // it is hovered, focused or tapped; a shortened label steps aside meanwhile.
  const hoverLayer = svg("g", {class: "np-node-hover", "aria-hidden": "true", "pointer-events": "none"});
  const labelEls = new Map<string, SVGElement>();
  let stepped: SVGElement | undefined;
  const showName = (n: NetNode, on: boolean) => {
    hoverLayer.replaceChildren();
    stepped?.removeAttribute("visibility");
    stepped = undefined;
    const drawn = labels.get(n.id);
    if (!on || drawn?.text === n.name) return;
    const spots = candidates({id: n.id, x: n.x, y: n.y, r: radius(n), text: n.name}).filter((c) => c.box.x0 >= 0 && c.box.x1 <= width);
    const spot = spots.find((c) => c.anchor === drawn?.anchor && c.y === drawn.y) ?? spots[0] ?? {x: width / 2, y: n.y + radius(n) + 14, anchor: "middle"};
    const text = svg("text", {...LABEL_ATTRS, x: round(spot.x), y: round(spot.y), "text-anchor": spot.anchor, "font-weight": "bold", "stroke-width": 4});
    text.textContent = n.name;
    hoverLayer.append(text);
    stepped = labelEls.get(n.id);
    stepped?.setAttribute("visibility", "hidden");
  };
  for (const n of placed) {
    const label = `${n.name} (${n.kind}), ${plural(n.mentions, "mention")}, ${plural(n.degree, "interaction")}`;
    const g = svg("g", {class: "np-node np-mark", tabindex: 0, role: "button", "aria-label": label, transform: `translate(${n.x},${n.y})`, "data-id": n.id});
    const title = svg("title", {});
    title.textContent = label;
    g.append(title, svg("circle", {r: radius(n), fill: KIND_COLORS[n.kind] ?? "#999999", stroke: "var(--theme-background, #fff)", "stroke-width": 1.5}));
    const spot = labels.get(n.id);
    if (spot) {
      // Relative to the node's group, so the label moves (and dims) with it.
      const text = svg("text", {...LABEL_ATTRS, class: "np-node-label", x: round(spot.x - n.x), y: round(spot.y - n.y), "text-anchor": spot.anchor});
      text.textContent = spot.text;
      g.append(text);
      labelEls.set(n.id, text);
    }
    const highlight = (on: boolean) => {
      const near = neighbours.get(n.id) ?? new Set([n.id]);
      for (const [m, e] of nodeEls) e.classList.toggle("np-dim", on && !near.has(m.id));
      for (const [l, e] of edgeEls) e.classList.toggle("np-dim", on && l.source !== n.id && l.target !== n.id);
      showName(n, on);
    };
    g.addEventListener("mouseenter", () => highlight(true));
    g.addEventListener("mouseleave", () => highlight(false));
    g.addEventListener("focus", () => highlight(true));
    g.addEventListener("blur", () => highlight(false));
    if (onNode) {
      g.addEventListener("click", () => onNode(n));
      g.addEventListener("keydown", (e) => (e as KeyboardEvent).key === "Enter" && onNode(n));
    }
    nodeLayer.append(g);
    nodeEls.push([n, g]);
  }
  root.append(hoverLayer);
  const kinds = [...new Set(placed.map((n) => n.kind))].sort();
  const wrapper = el(
    "div",
    {class: "np-network"},
    swatches(kinds.map((k) => [k, k, KIND_COLORS[k] ?? "#999999"]), "Actor kind"),
    swatches([...colors].map(([t, c]) => [t, t.replace(/_/g, " "), c]), "Relation"),
    root as unknown as HTMLElement
  );
  return frame(wrapper, {title, caption});
}
