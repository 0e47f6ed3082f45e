import {describe, expect, it} from "vitest";
import {dateSpan, daysBetween} from "../../src/components/dates.ts";
import {toCsv} from "../../src/components/csv.ts";
import {buildNetwork, layoutNetwork, seedPosition} from "../../src/components/network-data.ts";
import {countLabels, eventClusters, type Cluster} from "../../src/components/timeline.ts";
import {nameSpellings} from "../../src/components/outlets.ts";
import {headlineFigures} from "../../src/components/overview.ts";
import {excerpt} from "../../src/components/excerpt.ts";

describe("dateSpan", () => {
  it.each([
    ["day", "2024-02-29", "day", "2024-02-29", "2024-03-01"],
    ["month", "2024-12", "month", "2024-12-01", "2025-01-01"],
    ["year", "2023", "year", "2023-01-01", "2024-01-01"]
  ])("%s", (_label, text, precision, start, end) => {
    const span = dateSpan(text)!;
    expect([span.precision, span.start.toISOString().slice(0, 10), span.end.toISOString().slice(0, 10)]).toEqual([precision, start, end]);
  });
  it.each([["null", null], ["garbage", "next Tuesday"], ["empty", ""]])("%s → null", (_label, text) => {
    expect(dateSpan(text)).toBeNull();
  });
  it("daysBetween", () => {
    expect(daysBetween("2024-05-01", "2024-05-15")).toBe(14);
    expect(daysBetween(null, "2024-05-15")).toBeNull();
  });
});

describe("toCsv", () => {
  it.each([
    ["quotes commas", [{a: "x,y"}], "a\n\"x,y\"\n"],
    ["doubles quotes", [{a: 'say "hi"'}], "a\n\"say \"\"hi\"\"\"\n"],
    ["null is empty", [{a: null}], "a\n\n"],
    ["formula injection neutralised", [{a: "=cmd()"}], "a\n'=cmd()\n"],
    ["bigint and arrays", [{a: 3n, b: ["x", "y"]}], 'a,b\n3,"[""x"",""y""]"\n']
  ])("%s", (_label, rows, expected) => {
    expect(toCsv(rows as Record<string, unknown>[])).toBe(expected);
  });
});

describe("network data", () => {
  const actors = [
    {actor_id: "flood-agency", name: "Flood Agency", kind: "organization", mentions: 5},
    {actor_id: "mayor-lind", name: "Mayor Lind", kind: "person", mentions: 3},
    {actor_id: "river-town", name: "River Town", kind: "place", mentions: 2}
  ];
  const rows = [
    {interaction_id: "i1", article_id: "a", outlet: "x", source: "flood-agency", target: "river-town", type: "assisted", date: "2024-04-02"},
    {interaction_id: "i2", article_id: "b", outlet: "y", source: "flood-agency", target: "river-town", type: "assisted", date: "2024-04-03"},
    {interaction_id: "i3", article_id: "b", outlet: "y", source: "mayor-lind", target: "flood-agency", type: "criticized", date: null},
    {interaction_id: "i4", article_id: "b", outlet: "y", source: "mayor-lind", target: "mayor-lind", type: "other", date: null}
  ];

  it("aggregates typed, weighted edges and drops self-loops", () => {
    const {nodes, links} = buildNetwork(rows, actors);
    expect(links.map((l) => [l.source, l.target, l.type, l.count, l.outlets])).toEqual([
      ["flood-agency", "river-town", "assisted", 2, ["x", "y"]],
      ["mayor-lind", "flood-agency", "criticized", 1, ["y"]]
    ]);
    expect(nodes.map((n) => [n.id, n.degree])).toEqual([["flood-agency", 3], ["mayor-lind", 1], ["river-town", 2]]);
  });

  it("filters by type and by date (article date when the row has none)", () => {
    expect(buildNetwork(rows, actors, {types: ["criticized"]}).links).toHaveLength(1);
    const published = new Map([["a", "2024-04-02"], ["b", "2024-04-20"]]);
    const dated = buildNetwork(rows, actors, {from: new Date("2024-04-01"), to: new Date("2024-04-05"), published});
    expect(dated.links.map((l) => l.count)).toEqual([2]);
  });

  it("keeps only the chosen modalities; a row without one counts as reported", () => {
    const told = [
      {...rows[0], modality: "reported"},
      {...rows[2], modality: "hypothetical"},
      {...rows[1]}
    ];
    const net = buildNetwork(told, actors, {modalities: ["reported", "claimed", "planned"]});
    expect(net.links.map((l) => [l.type, l.count])).toEqual([["assisted", 2]]);
    expect(buildNetwork(told, actors, {modalities: ["hypothetical"]}).links.map((l) => l.type)).toEqual(["criticized"]);
    expect(buildNetwork(told, actors).links).toHaveLength(2);
  });

  it("lays out deterministically, independent of row order, inside the box", () => {
    const a = buildNetwork(rows, actors);
    const b = buildNetwork([...rows].reverse(), actors);
    const la = layoutNetwork(a.nodes, a.links, {width: 600, height: 400});
    const lb = layoutNetwork(b.nodes, b.links, {width: 600, height: 400});
    expect(la.map((n) => [n.id, n.x.toFixed(3), n.y.toFixed(3)])).toEqual(lb.map((n) => [n.id, n.x.toFixed(3), n.y.toFixed(3)]));
    for (const n of la) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(600);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(400);
    }
    expect(seedPosition("flood-agency")).toEqual(seedPosition("flood-agency"));
    expect(seedPosition("flood-agency")).not.toEqual(seedPosition("mayor-lind"));
  });
});

describe("event clusters", () => {
  const ev = (cluster_id: string, outlet: string, date: string | null, date_precision: string | null, type = "strike") => ({
    event_id: `${cluster_id}${outlet}`, article_id: outlet, outlet, cluster_id, type, date, date_precision, actors: [], description: "Dock workers walked out."
  });

  it("dates a cluster by its most precise member and lists its outlets", () => {
    const {dated, undated} = eventClusters([ev("c1", "a", "2024-03", "month"), ev("c1", "b", "2024-03-04", "day"), ev("c2", "a", null, null)]);
    expect(dated.map((c) => [c.cluster_id, c.precision, c.start.toISOString().slice(0, 10), c.outlets])).toEqual([["c1", "day", "2024-03-04", ["a", "b"]]]);
    expect(undated).toHaveLength(1);
  });
});

describe("countLabels", () => {
  const dot = (id: string, lane: string, day: string, outlets: number): Cluster<unknown> => ({
    cluster_id: id, type: lane, lane, start: new Date(day), end: new Date(day), precision: "day",
    outlets: Array.from({length: outlets}, (_, i) => `o${i}`), rows: [], label: id
  });
  // One pixel per day from 2024-01-01.
  const x = (d: Date) => (+d - Date.UTC(2024, 0, 1)) / 864e5;
  const ids = (cs: Cluster<unknown>[]) => cs.map((c) => c.cluster_id).sort();

  it.each([
    ["a single outlet gets no number", [dot("a", "L", "2024-01-10", 1)], []],
    ["two outlets get one", [dot("a", "L", "2024-01-10", 2)], ["a"]],
    ["of two close dots the larger count keeps its number", [dot("a", "L", "2024-01-10", 2), dot("b", "L", "2024-01-15", 3)], ["b"]],
    ["dots far apart both keep theirs", [dot("a", "L", "2024-01-10", 2), dot("b", "L", "2024-03-15", 3)], ["a", "b"]],
    ["close dots in other lanes both keep theirs", [dot("a", "L", "2024-01-10", 2), dot("b", "M", "2024-01-11", 2)], ["a", "b"]]
  ])("%s", (_label, days, want) => {
    expect(ids(countLabels(days, x, 14))).toEqual(want);
  });
});

describe("name spellings and headlines", () => {
  it("lists per-outlet spellings only for actors written more than one way", () => {
    const rows = nameSpellings([
      {outlet: "a", actor_id: "x", surface: "Zelenskyy"},
      {outlet: "b", actor_id: "x", surface: "Zelensky"},
      {outlet: "b", actor_id: "x", surface: "Zelensky"},
      {outlet: "a", actor_id: "y", surface: "Oslo"}
    ]);
    expect(rows.map((r) => [r.actor_id, r.outlet, r.surfaces])).toEqual([
      ["x", "a", [["Zelenskyy", 1]]],
      ["x", "b", [["Zelensky", 2]]]
    ]);
  });

  it("counts a form in capitals under the mixed-case form it capitalises", () => {
    const rows = nameSpellings([
      {outlet: "a", actor_id: "oslo", surface: "OSLO"},
      {outlet: "a", actor_id: "oslo", surface: "Oslo"},
      {outlet: "b", actor_id: "oslo", surface: "Oslo"},
      {outlet: "a", actor_id: "kyiv", surface: "KYIV"},
      {outlet: "b", actor_id: "kyiv", surface: "Kiev"}
    ]);
    // Oslo is written one way only; KYIV has no mixed-case twin, so it stays a spelling of its own.
    expect(rows.map((r) => [r.actor_id, r.outlet, r.surfaces])).toEqual([
      ["kyiv", "a", [["KYIV", 1]]],
      ["kyiv", "b", [["Kiev", 1]]]
    ]);
  });

  it("headline figure = the largest per category, with every outlet that reported it", () => {
    const f = (outlet: string, value: number | null, category = "killed", high: number | null = null) => ({outlet, value, low: null, high, category, qualifier: "exact", group_label: null});
    const h = headlineFigures([f("a", 12), f("b", 30), f("c", 30), f("a", null, "wounded", 50), f("a", 99, "other")]);
    expect(h.map((x) => [x.category, x.value, x.outlets])).toEqual([["killed", 30, ["b", "c"]], ["wounded", 50, ["a"]]]);
  });
});

describe("excerpt", () => {
  it.each([
    ["short text unchanged", "Ten miners were rescued.", 40, "Ten miners were rescued."],
    ["cut before the word the limit falls in", "The ferry sank off the coast of the island", 30, "The ferry sank off the coast…"],
    ["no trailing comma before the ellipsis", "Rescuers, police, firefighters and volunteers", 18, "Rescuers, police…"],
    ["one long word is cut inside it", "https://news.example/a/very/long/path/to/a/story", 20, "https://news.exampl…"],
    ["counts characters, not UTF-16 units", "Łódź 🚒 crews reached the mine at dawn", 13, "Łódź 🚒 crews…"],
    ["a limit inside a word drops the word", "Łódź 🚒 crews reached the mine at dawn", 12, "Łódź 🚒…"]
  ])("%s", (_label, text, max, expected) => {
    const out = excerpt(text, max);
    expect(out).toBe(expected);
    expect([...out].length).toBeLessThanOrEqual(max);
  });
});
