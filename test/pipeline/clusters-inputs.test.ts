import {describe, expect, it} from "vitest";
import {ClusterInputs} from "../../src/pipeline/events/cluster.ts";
import {clusterEventList, clusterEventRows, clusterEvents, type ClusterInput} from "../../src/pipeline/stages/10-clusters.ts";
import type {EventRow} from "../../src/pipeline/tables/rows.ts";

const ev = (eventId: string, type: string, date: string | null, actors: string[]): ClusterInput => ({eventId, type, date, actors});

/** An event row carrying only what clustering reads (the other columns are placeholders). */
function row(e: ClusterInput): EventRow {
  return {
    event_id: e.eventId,
    article_id: "a",
    outlet: null,
    published: null,
    date: e.date,
    date_precision: null,
    date_text: null,
    date_basis: null,
    type: e.type,
    trigger: "",
    description: "",
    actors: e.actors,
    location: null,
    modality: "asserted",
    sentence_index: 0,
    sentence: "",
    char_start: 0,
    char_end: 0,
    cluster_id: ""
  };
}

// Every date level and its vaguer levels meet: a day, its month, its year, another type on the
// same day, undated pairs, repeated actors.
const events: ClusterInput[] = [
  ev("e05", "release", "2024-06-03", ["rebels", "ngo"]),
  ev("e01", "release", "2024-06", ["rebels"]),
  ev("e09", "release", "2024", ["ngo", "ngo"]),
  ev("e02", "attack", "2024-06-03", ["rebels"]),
  ev("e07", "attack", "2024-06", ["rebels"]),
  ev("e03", "meeting", null, ["us", "russia", "swiss"]),
  ev("e08", "meeting", "2021-06-16", ["russia", "us"]),
  ev("e04", "meeting", null, ["swiss"]),
  ev("e06", "release", "2025-06-03", ["rebels"]),
  ev("e10", "release", "2025-13-03", ["rebels"])
];

describe("ClusterInputs (events added one by one)", () => {
  it("ClusterInputs.of adds every event through its reader", () => {
    expect(ClusterInputs.of(events, (c, e) => c.add(e.eventId, e.type, e.date, e.actors)).labels()).toEqual(clusterEventList(events));
  });

  it("gives the labels of clusterEventList", () => {
    const inputs = new ClusterInputs(events.length);
    for (const e of events) inputs.add(e.eventId, e.type, e.date, e.actors);
    expect(inputs.labels()).toEqual(clusterEventList(events));
  });

  it("a day, its month and its year cluster; the same day a year later does not", () => {
    const labels = clusterEventList(events);
    expect(labels.slice(0, 3)).toEqual(["c_e01", "c_e01", "c_e01"]);
    expect(labels[8]).toBe("c_e06");
  });

  it("fewer events than the capacity is fine; more throws", () => {
    const inputs = new ClusterInputs(3);
    inputs.add("e1", "release", "2025-10-13", ["a"]);
    inputs.add("e2", "release", "2025-10", ["a"]);
    expect(inputs.labels()).toEqual(["c_e1", "c_e1"]);
    const full = new ClusterInputs(1);
    full.add("e1", "release", null, []);
    expect(() => full.add("e2", "release", null, [])).toThrow(RangeError);
  });

  it("many actors per event (the flat actor list grows)", () => {
    const many = Array.from({length: 40}, (_, i) => `actor${i}`);
    const big = [ev("x1", "attack", "2024-01-01", many), ev("x2", "attack", "2024-01-01", many.slice(30)), ev("x3", "attack", null, [...many].reverse())];
    const inputs = new ClusterInputs(big.length);
    for (const e of big) inputs.add(e.eventId, e.type, e.date, e.actors);
    expect(inputs.labels()).toEqual(clusterEventList(big));
  });
});

describe("clusterEventRows (what stage 11 reads)", () => {
  it("agrees with clusterEventList on the same events as rows", () => {
    expect(clusterEventRows(events.map(row))).toEqual(clusterEventList(events));
  });

  it("empty input", () => {
    expect(clusterEventRows([])).toEqual([]);
  });

  // e5 twice: once in e3's release cluster, once alone as an attack.
  const repeated = [ev("e5", "release", "2024-06-03", ["a"]), ev("e3", "release", "2024-06-03", ["a"]), ev("e5", "attack", "2024-01-01", ["b"])];

  it("rows sharing an event id take the cluster of the last of them (idsRepeat), as the id → cluster Map does", () => {
    expect(clusterEventRows(repeated.map(row))).toEqual(["c_e3", "c_e3", "c_e5"]);
    expect(clusterEventRows(repeated.map(row), true)).toEqual(["c_e5", "c_e3", "c_e5"]);
    const map = clusterEvents(repeated);
    expect(clusterEventRows(repeated.map(row), true)).toEqual(repeated.map((e) => map.get(e.eventId)));
  });
});
