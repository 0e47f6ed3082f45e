import {describe, expect, it} from "vitest";
import {clusterEventList, clusterEvents, type ClusterInput} from "../../src/pipeline/stages/10-clusters.ts";

const ev = (eventId: string, type: string, date: string | null, actors: string[]): ClusterInput => ({eventId, type, date, actors});

/** The clustering as sorted groups of event ids, easy to compare. */
function groups(events: ClusterInput[]): string[][] {
  const map = clusterEvents(events);
  const byCluster = new Map<string, string[]>();
  for (const [id, c] of map) byCluster.set(c, [...(byCluster.get(c) ?? []), id]);
  return [...byCluster.values()].map((g) => g.sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

const cases: [string, ClusterInput[], string[][]][] = [
  ["same day, type and actor merge", [ev("a", "release", "2024-03-08", ["rebels"]), ev("b", "release", "2024-03-08", ["rebels", "red cross"])], [["a", "b"]]],
  ["different days stay apart", [ev("a", "release", "2024-03-08", ["rebels"]), ev("b", "release", "2024-03-09", ["rebels"])], [["a"], ["b"]]],
  ["different types stay apart", [ev("a", "release", "2024-03-08", ["rebels"]), ev("b", "attack", "2024-03-08", ["rebels"])], [["a"], ["b"]]],
  ["same day without a shared actor stay apart", [ev("a", "attack", "2024-03-08", ["army"]), ev("b", "attack", "2024-03-08", ["militia"])], [["a"], ["b"]]],
  ["month date joins a day in that month", [ev("a", "agreement", "2020-05-12", ["union", "owners"]), ev("b", "agreement", "2020-05", ["union"])], [["a", "b"]]],
  ["month date does not join another month", [ev("a", "agreement", "2020-05-12", ["union"]), ev("b", "agreement", "2020-06", ["union"])], [["a"], ["b"]]],
  ["year date joins a day in that year", [ev("a", "exchange", "2023-12-07", ["armenia"]), ev("b", "exchange", "2023", ["armenia"])], [["a", "b"]]],
  ["year date joins a month in that year", [ev("a", "exchange", "2023-12", ["armenia"]), ev("b", "exchange", "2023", ["armenia"])], [["a", "b"]]],
  [
    "a month date never bridges two days",
    [ev("a", "release", "2024-06-03", ["rebels"]), ev("b", "release", "2024-06-20", ["rebels"]), ev("m", "release", "2024-06", ["rebels"])],
    [["a", "m"], ["b"]]
  ],
  [
    "a month date picks the day with most shared actors",
    [ev("a", "release", "2024-06-03", ["rebels"]), ev("b", "release", "2024-06-20", ["rebels", "ngo"]), ev("m", "release", "2024-06", ["rebels", "ngo"])],
    [["a"], ["b", "m"]]
  ],
  ["undated joins with two shared actors", [ev("a", "meeting", "2021-06-16", ["us", "russia", "swiss"]), ev("b", "meeting", null, ["russia", "us"])], [["a", "b"]]],
  ["undated with one shared actor stays apart", [ev("a", "meeting", "2021-06-16", ["us", "russia"]), ev("b", "meeting", null, ["russia"])], [["a"], ["b"]]],
  ["two undated with two shared actors merge", [ev("a", "negotiation", null, ["union", "mediator"]), ev("b", "negotiation", null, ["mediator", "union", "owners"])], [["a", "b"]]],
  ["undated without actors stays alone", [ev("a", "killing", null, []), ev("b", "killing", null, [])], [["a"], ["b"]]],
  [
    "actorless day event joins the largest cluster that day",
    [ev("a", "attack", "2024-02-01", ["army"]), ev("b", "attack", "2024-02-01", ["army"]), ev("c", "attack", "2024-02-01", ["militia"]), ev("x", "attack", "2024-02-01", [])],
    [["a", "b", "x"], ["c"]]
  ],
  ["transitive through actors on one day", [ev("a", "visit", "2022-01-01", ["p"]), ev("b", "visit", "2022-01-01", ["p", "q"]), ev("c", "visit", "2022-01-01", ["q"])], [["a", "b", "c"]]]
];

describe("clusterEvents", () => {
  it.each(cases)("%s", (_label, events, expected) => expect(groups(events)).toEqual(expected));

  it("cluster id is c_ + the smallest event id", () => {
    const map = clusterEvents([ev("e9", "release", "2024-03-08", ["x"]), ev("e2", "release", "2024-03-08", ["x"])]);
    expect(map.get("e9")).toBe("c_e2");
    expect(map.get("e2")).toBe("c_e2");
  });

  it("empty input and odd dates do not throw", () => {
    expect(clusterEvents([]).size).toBe(0);
    expect(clusterEvents([ev("a", "other", "garbage", ["x"]), ev("b", "other", "", [])]).size).toBe(2);
  });

  const synthetic = (n: number, seed: number): ClusterInput[] => {
    // Deterministic LCG: tests must not depend on Math.random.
    let s = seed;
    const rnd = (k: number): number => ((s = (s * 1103515245 + 12345) % 2147483648) % k);
    const types = ["release", "attack", "meeting", "killing", "visit", "call"];
    const out: ClusterInput[] = [];
    for (let i = 0; i < n; i++) {
      const month = String(1 + rnd(12)).padStart(2, "0");
      const day = String(1 + rnd(28)).padStart(2, "0");
      const p = rnd(10);
      const date = p < 6 ? `2024-${month}-${day}` : p < 8 ? `2024-${month}` : p < 9 ? "2024" : null;
      const actors = Array.from({length: rnd(4)}, () => `actor${rnd(300)}`);
      out.push(ev(`e${i}`, types[rnd(types.length)], date, actors));
    }
    return out;
  };

  it("shuffling the input does not change the clusters", () => {
    const events = synthetic(3000, 7);
    const before = clusterEvents(events);
    let s = 42;
    const shuffled = [...events];
    for (let i = shuffled.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const j = s % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const after = clusterEvents(shuffled);
    expect([...after.entries()].sort()).toEqual([...before.entries()].sort());
    expect(new Set(before.values()).size).toBeLessThan(events.length);
  });

  // Blocking by type and month keeps this sub-quadratic; a quadratic version would hit the test timeout.
  it("50,000 events cluster, every event assigned", () => {
    const events = synthetic(50_000, 3);
    const map = clusterEvents(events);
    expect(map.size).toBe(50_000);
    expect(new Set(map.values()).size).toBeLessThan(50_000);
  });
});

describe("clusterEventList (what stage 11 reads) agrees with clusterEvents", () => {
  it.each([
    ["the labelled cases", cases.flatMap(([, events], c) => events.map((e) => ({...e, eventId: `${c}-${e.eventId}`})))],
    ["a synthetic corpus", Array.from({length: 400}, (_, i) => ev(`e${String(i).padStart(3, "0")}`, ["release", "attack"][i % 2], i % 5 === 0 ? null : `2024-0${1 + (i % 3)}${i % 4 === 0 ? "" : `-1${i % 7}`}`, [`a${i % 9}`, `b${i % 4}`].slice(0, i % 3)))]
  ] as [string, ClusterInput[]][])("%s", (_label, events) => {
    const map = clusterEvents(events);
    expect(clusterEventList(events)).toEqual(events.map((e) => map.get(e.eventId)));
  });
});
