/**
 * The network chart's labels: at phone and desktop widths no two drawn names overlap, all stay
 * inside the chart, the unnamed nodes show their full name on hover or focus, names are text
 * (never markup), and the same data and width always give the same SVG. The fixture is a
 * made-up river-basin story with long names (not the bundled corpus's actors).
 */
import {parseHTML} from "linkedom";
import {beforeAll, describe, expect, it} from "vitest";
import {buildNetwork, type InteractionLike} from "../../src/components/network-data.ts";
import {chartHeight, networkChart} from "../../src/components/network.ts";
import {boxesOverlap, placeLabels, shorten, textWidth, type Box} from "../../src/components/network-labels.ts";

let Event: typeof globalThis.Event;

beforeAll(() => {
  const window = parseHTML("<!doctype html><html><body></body></html>");
  (globalThis as any).document = window.document;
  Event = window.Event as typeof globalThis.Event;
});

const NAMES = [
  "Lower Danube Water Authority",
  "Federation of Independent Fishing Crews",
  "Ministry of Coastal Infrastructure and Ports",
  "Professor Anneliese Vandermeulen-Okafor",
  "Regional Council of the Upper Mureș Valley",
  "International Commission for River Safety",
  "Harbourmaster Teodor Constantinescu",
  "Eastern Grain Exporters' Association",
  "Dr. Marguerite Abernathy-Lindqvist",
  "Northern Rail Freight Consortium",
  "Association of Delta Rice Growers",
  "Environmental Inspectorate of Tulcea County",
  "Mayor Bartholomew Fitzgerald-Nakamura",
  "United Dredging and Salvage Company",
  "Committee for the Protection of Wetlands",
  "Chief Engineer Oluwaseun Adeyemi-Kowalski",
  "Black Sea Shipping Insurers' Syndicate",
  "Citizens' Movement for a Clean Riverbank",
  "<b>Bold</b> & Sons <img src=x onerror=alert(1)> Barges",
  "Ombudsman Władysław Szczepańska-Grünewald"
];
const actors = NAMES.map((name, i) => ({actor_id: `a${String(i + 1).padStart(2, "0")}`, name, kind: ["organization", "person", "country", "place"][i % 4], mentions: 40 - 2 * i}));
// Two hubs (a01, a03) with spokes, a chain, and a few cross links: a crowded middle and long tails.
const PAIRS: [number, number, string][] = [
  [1, 2, "met"], [1, 3, "criticized"], [1, 4, "met"], [1, 5, "asked"], [1, 6, "met"], [1, 7, "criticized"], [1, 8, "asked"],
  [3, 9, "met"], [3, 10, "asked"], [3, 11, "criticized"], [3, 12, "met"], [3, 2, "asked"], [12, 13, "met"], [13, 14, "asked"],
  [14, 15, "criticized"], [5, 16, "met"], [16, 17, "asked"], [18, 19, "met"], [19, 20, "criticized"], [20, 1, "asked"], [6, 9, "met"],
  [1, 3, "criticized"], [1, 2, "met"], [8, 10, "asked"]
];
const rows: InteractionLike[] = PAIRS.map(([s, t, type], i) => ({
  interaction_id: `i${i}`, article_id: `art${i % 6}`, outlet: ["delta-post", "river-herald"][i % 2], source: actors[s - 1].actor_id, target: actors[t - 1].actor_id, type, date: null
}));

/** A 200 px embed column, a 375 px phone (its card is 279 px wide), a 375 px embed, the 1280 px page's card, 1280 px. */
const WIDTHS = [200, 279, 375, 880, 1280];

interface DrawnLabel {
  id: string;
  text: string;
  box: Box;
}

function translate(g: Element): [number, number] {
  const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(g.getAttribute("transform") ?? "")!;
  return [Number(m[1]), Number(m[2])];
}

/** The names drawn on the chart, with their boxes rebuilt from the SVG's own attributes. */
function drawnLabels(chart: Element): DrawnLabel[] {
  return [...chart.querySelectorAll(".np-node")].flatMap((g) => {
    const text = g.querySelector("text");
    if (!text) return [];
    const [gx, gy] = translate(g);
    const x = gx + Number(text.getAttribute("x"));
    const y = gy + Number(text.getAttribute("y"));
    const w = textWidth(text.textContent!, Number(text.getAttribute("font-size")));
    const anchor = text.getAttribute("text-anchor");
    const x0 = anchor === "end" ? x - w : anchor === "middle" ? x - w / 2 : x;
    return [{id: g.getAttribute("data-id")!, text: text.textContent!, box: {x0, y0: y - 11 * 0.92, x1: x0 + w, y1: y + 11 * 0.24}}];
  });
}

function overlapping(labels: DrawnLabel[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) if (boxesOverlap(labels[i].box, labels[j].box)) out.push(`${labels[i].text} / ${labels[j].text}`);
  return out;
}

describe("network chart labels", () => {
  const net = buildNetwork(rows, actors);

  it("the fixture has 20 actors", () => {
    expect(net.nodes).toHaveLength(20);
  });

  it.each(WIDTHS)("at %i px no two drawn names overlap and all stay inside the chart", (width) => {
    const chart = networkChart(net, {width, articleCount: 6});
    const svg = chart.querySelector("svg")!;
    expect(Number(svg.getAttribute("width"))).toBe(width);
    const height = Number(svg.getAttribute("height"));
    expect(height).toBe(chartHeight(width, 20));
    const labels = drawnLabels(chart);
    expect(overlapping(labels)).toEqual([]);
    for (const {text, box} of labels) {
      expect([text, box.x0 >= 0 && box.x1 <= width && box.y0 >= 0 && box.y1 <= height]).toEqual([text, true]);
    }
    // Not blank: half the names (some cut short) are drawn even on a phone, nearly all on a desktop card.
    expect(labels.length).toBeGreaterThanOrEqual(width >= 880 ? 18 : 10);
  });

  it("names no node twice and draws the rest on hover or focus, in full", () => {
    const chart = networkChart(net, {width: 279, articleCount: 6});
    const labels = drawnLabels(chart);
    expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
    const hover = chart.querySelector(".np-node-hover")!;
    expect(hover.getAttribute("aria-hidden")).toBe("true");
    const plain = [...chart.querySelectorAll(".np-node")].filter((g) => !g.querySelector("text"));
    const cut = [...chart.querySelectorAll(".np-node")].filter((g) => g.querySelector("text")?.textContent?.endsWith("…"));
    expect(plain.length + cut.length).toBeGreaterThan(0);
    for (const g of [...plain, ...cut]) {
      const name = actors.find((a) => a.actor_id === g.getAttribute("data-id"))!.name;
      // The full name is always in the node's title and accessible name.
      expect(g.querySelector("title")!.textContent).toContain(name);
      expect(g.getAttribute("aria-label")).toContain(name);
      expect(g.getAttribute("tabindex")).toBe("0");
      g.dispatchEvent(new Event("mouseenter"));
      expect(hover.textContent).toBe(name);
      expect(g.querySelector("text")?.getAttribute("visibility") ?? "hidden").toBe("hidden");
      g.dispatchEvent(new Event("mouseleave"));
      expect(hover.textContent).toBe("");
      expect(g.querySelector("text")?.getAttribute("visibility") ?? null).toBeNull();
      g.dispatchEvent(new Event("focus"));
      expect(hover.textContent).toBe(name);
      g.dispatchEvent(new Event("blur"));
      expect(hover.textContent).toBe("");
    }
  });

  it("gives a shortened name back when another node is hovered while it has focus", () => {
    const chart = networkChart(net, {width: 279, articleCount: 6});
    const [a, b] = [...chart.querySelectorAll(".np-node")].filter((g) => g.querySelector("text")?.textContent?.endsWith("…"));
    a.dispatchEvent(new Event("focus"));
    expect(a.querySelector("text")!.getAttribute("visibility")).toBe("hidden");
    b.dispatchEvent(new Event("mouseenter"));
    expect(a.querySelector("text")!.getAttribute("visibility")).toBeNull();
    expect(chart.querySelectorAll(".np-node text[visibility]")).toHaveLength(1);
  });

  it("adds nothing on hover to a node already named in full", () => {
    const chart = networkChart(net, {width: 1280, articleCount: 6});
    const whole = chart.querySelector('.np-node[data-id="a01"]')!;
    expect(whole.querySelector("text")!.textContent).toBe("Lower Danube Water Authority");
    whole.dispatchEvent(new Event("mouseenter"));
    expect(chart.querySelector(".np-node-hover")!.textContent).toBe("");
    expect(whole.querySelector("text")!.getAttribute("visibility")).toBeNull();
  });

  it("draws names as text, never markup", () => {
    for (const width of [279, 1280]) {
      const chart = networkChart(net, {width, articleCount: 6});
      expect(chart.querySelector("svg b, svg img")).toBeNull();
      const g = chart.querySelector('.np-node[data-id="a19"]')!;
      g.dispatchEvent(new Event("mouseenter"));
      expect(chart.querySelector("svg b, svg img")).toBeNull();
      expect(chart.querySelector(".np-node-hover")!.textContent + (g.querySelector("text")?.textContent ?? "")).toContain("<b>Bold</b>");
    }
  });

  it.each(WIDTHS)("the same data at %i px gives the same SVG, whatever the row order", (width) => {
    const a = networkChart(net, {width, articleCount: 6}).querySelector("svg")!.outerHTML;
    const b = networkChart(buildNetwork([...rows].reverse(), [...actors].reverse()), {width, articleCount: 6}).querySelector("svg")!.outerHTML;
    expect(b).toBe(a);
  });

  it("keeps every node and edge clickable and labelled for screen readers", () => {
    const chart = networkChart(net, {width: 279, articleCount: 6});
    expect(chart.querySelectorAll(".np-node[role=button][tabindex='0'][aria-label]")).toHaveLength(20);
    expect(chart.querySelectorAll(".np-edge[role=button][tabindex='0'][aria-label]")).toHaveLength(net.links.length);
  });
});

describe("placeLabels", () => {
  it("names nodes drawn on top of each other on different sides, then gives up", () => {
    const nodes = Array.from({length: 12}, (_, i) => ({id: String(i), x: 150, y: 100 + i / 10, r: 6, text: `Company ${i}`}));
    const placed = placeLabels(nodes, {width: 300, height: 200});
    expect(placed.map((p) => p.text).slice(0, 2)).toEqual(["Company 0", "Company 1"]);
    expect(placed.map((p) => p.anchor).slice(0, 2)).toEqual(["start", "end"]);
    expect(placed.length).toBeLessThan(12);
  });

  it("moves a name left when the right side is taken or off the chart", () => {
    expect(placeLabels([{id: "a", x: 290, y: 100, r: 6, text: "Edge Works"}], {width: 300, height: 200})[0].anchor).toBe("end");
    const pair = placeLabels([{id: "a", x: 150, y: 100, r: 6, text: "First Long Name"}, {id: "b", x: 170, y: 100, r: 6, text: "Second"}], {width: 300, height: 200});
    expect(pair.map((p) => p.anchor)).toEqual(["end", "start"]);
  });

  it("falls back to the short form, and to nothing, when the full name fits nowhere", () => {
    const node = {id: "a", x: 60, y: 10, r: 6, text: "A Very Long Organisation Name", short: "A Very Long…"};
    expect(placeLabels([node], {width: 120, height: 40}).map((p) => p.text)).toEqual(["A Very Long…"]);
    expect(placeLabels([node], {width: 40, height: 40})).toEqual([]);
  });

  it("never overlaps on a dense grid of nodes", () => {
    const nodes = Array.from({length: 60}, (_, i) => ({id: String(i), x: 20 + (i % 8) * 34, y: 20 + Math.floor(i / 8) * 26, r: 5 + (i % 3) * 3, text: `Actor number ${i} of the grid`}));
    const placed = placeLabels(nodes, {width: 300, height: 220});
    expect(placed.length).toBeGreaterThan(0);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i].box, placed[j].box)).toBe(false);
  });

  it("keeps a label off the circle of a node that gets no label of its own", () => {
    const labelled = [{id: "a", x: 150, y: 100, r: 6, text: "Named Actor"}];
    // An unlabelled node right where the label would go (to the right of "a").
    const circles = [{id: "a", x: 150, y: 100, r: 6}, {id: "b", x: 185, y: 97, r: 6}];
    expect(placeLabels(labelled, {width: 300, height: 200})[0].anchor).toBe("start");
    const placed = placeLabels(labelled, {width: 300, height: 200, circles});
    expect(placed).toHaveLength(1);
    expect(placed[0].anchor).not.toBe("start");
  });

  it("shortens long names with an ellipsis", () => {
    expect(shorten("Palestinian Islamic Jihad", 12)).toBe("Palestinian…");
    expect(shorten("Hamas", 12)).toBe("Hamas");
  });
});
