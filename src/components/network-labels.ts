/**
 * Label placement for the network chart: each node's name goes right of, left of, below or
 * above its circle, or at one of its corners, at the first of those spots that stays inside the chart and clears every
 * circle and every label placed before it; a node with no such spot gets no label (the chart
 * shows its name on hover or focus). Nodes are tried in the order given, so the caller puts the
 * most connected first. Text widths are estimated from character widths, not measured, so the
 * same names and box always give the same labels (and tests need no browser).
 *
 * @example
 * placeLabels([{id: "a", x: 50, y: 50, r: 8, text: "Hamas"}], {width: 300, height: 200})
 * // [{id: "a", text: "Hamas", x: 61, y: 54, anchor: "start", box: {x0: 61, y0: 43.9, x1: …, y1: 56.5}}]
 */

export interface LabelNode {
  id: string;
  x: number;
  y: number;
  /** Circle radius. */
  r: number;
  text: string;
  /** A shorter form to try when `text` fits nowhere. */
  short?: string;
}

/** A drawn circle a label must not cover. */
export interface Circle {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Text anchor point (SVG x, baseline y). */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** Estimated extent of the drawn text. */
  box: Box;
}

/**
 * Advance widths of printable ASCII (space … ~) in Helvetica/Arial, per 1000 em.
 * Wider system fonts (DejaVu Sans, SF) are covered by WIDTH_SAFETY.
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584
];
const WIDTH_SAFETY = 1.12;
/** Ascent and descent of the text box, in em (Chromium's getBBox for Arial-like fonts). */
const ASCENT = 0.92;
const DESCENT = 0.24;

/**
 * Estimated rendered width of `text` at `fontSize` px (generous: better a label dropped than
 * two drawn over each other).
 * @example textWidth("Hamas", 11) // ≈ 37
 */
export function textWidth(text: string, fontSize = 11): number {
  let units = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    units += c >= 32 && c <= 126 ? ASCII_WIDTHS[c - 32] : c >= 0x2e80 ? 1000 : c === 0x2026 ? 1000 : 620;
  }
  return (units / 1000) * fontSize * WIDTH_SAFETY;
}

/**
 * Cuts a name to `max` characters with an ellipsis (the full name stays in the node's title).
 * @example shorten("Palestinian Islamic Jihad", 12) // "Palestinian…"
 */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join("").trimEnd()}…` : text;
}

/** True when two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function hitsCircle(b: Box, cx: number, cy: number, r: number): boolean {
  const dx = cx - Math.max(b.x0, Math.min(cx, b.x1));
  const dy = cy - Math.max(b.y0, Math.min(cy, b.y1));
  return dx * dx + dy * dy < r * r;
}

/**
 * The spots tried for one node's label, in order of preference: right, left, below, above, then
 * the four corners.
 * @example candidates({id: "a", x: 50, y: 50, r: 8, text: "Hamas"}, 11)[0].anchor // "start"
 */
export function candidates(n: LabelNode, fontSize = 11, gap = 3): Omit<PlacedLabel, "id" | "text">[] {
  const w = textWidth(n.text, fontSize);
  const up = ASCENT * fontSize;
  const down = DESCENT * fontSize;
  // Baseline that centres the text box on the node.
  const mid = n.y + (up - down) / 2;
  const below = n.y + n.r + gap + up;
  const above = n.y - n.r - gap - down;
  const at = (x: number, y: number, anchor: PlacedLabel["anchor"]) => {
    const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
    return {x, y, anchor, box: {x0, y0: y - up, x1: x0 + w, y1: y + down}};
  };
  // Corners: the text starts (or ends) over the circle's edge, just clear of it.
  const [cx, cBelow, cAbove] = [n.r * 0.6, n.y + n.r * 0.8 + gap + up, n.y - n.r * 0.8 - gap - down];
  return [
    at(n.x + n.r + gap, mid, "start"),
    at(n.x - n.r - gap, mid, "end"),
    at(n.x, below, "middle"),
    at(n.x, above, "middle"),
    at(n.x + cx, cBelow, "start"),
    at(n.x + cx, cAbove, "start"),
    at(n.x - cx, cBelow, "end"),
    at(n.x - cx, cAbove, "end")
  ];
}

/**
 * Places labels greedily in the given order, each in full if it fits anywhere, else in its short
 * form; returns only the labels that fit (no two overlap, none covers a circle of `nodes` or of
 * `circles`, the unlabelled nodes' ones, all inside
 * [0, width] × [0, height]). `pad` is the clear space kept
 * around each label.
 * @example placeLabels(nodes, {width: 302, height: 423}).length // how many names are drawn
 */
export function placeLabels(
  nodes: LabelNode[],
  {width, height, fontSize = 11, pad = 2, circles = []}: {width: number; height: number; fontSize?: number; pad?: number; circles?: readonly Circle[]}
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  // A label must clear the circles of the nodes that get no label too (the chart labels only its
  // most connected nodes, but draws every circle): "Anwar Ibrahim" was drawn across a small node.
  const others = circles.filter((c) => !nodes.some((n) => n.id === c.id));
  const fits = (n: LabelNode, b: Box) => {
    const grown = {x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad};
    return (
      b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height &&
      !placed.some((p) => boxesOverlap(grown, p.box)) &&
      !nodes.some((m) => m !== n && hitsCircle(grown, m.x, m.y, m.r)) &&
      !others.some((m) => hitsCircle(grown, m.x, m.y, m.r))
    );
  };
  for (const n of nodes) {
    for (const text of new Set([n.text, n.short ?? n.text])) {
      if (!text) continue;
      const spot = candidates({...n, text}, fontSize).find((c) => fits(n, c.box));
      if (spot) {
        placed.push({id: n.id, text, ...spot});
        break;
      }
    }
  }
  return placed;
}
