import {describe, expect, it} from "vitest";
import {filterByOutlet, formatOutletParam, initialSelection, knownOutlets, outletKey, ownershipGroups, parseOutletParam, withQuery} from "../../src/components/filter.ts";

const ALL = ["bbc", "rt", "tass"];

describe("parseOutletParam", () => {
  it.each([
    ["no parameter → not set", "?x=1", null],
    ["list", "?outlets=rt,bbc", ["rt", "bbc"]],
    ["empty → none", "?outlets=", []],
    ["spaces and empty items dropped", "?outlets=rt,%20bbc%20,,", ["rt", "bbc"]],
    ["encoded comma", "?outlets=rt%2Cbbc", ["rt", "bbc"]]
  ])("%s", (_label, search, expected) => {
    expect(parseOutletParam(search)).toEqual(expected);
  });
});

describe("formatOutletParam", () => {
  it.each([
    ["all selected → parameter dropped", "?outlets=rt", ALL, ""],
    ["subset in reference order", "", ["tass", "bbc"], "?outlets=bbc,tass"],
    ["none → empty parameter", "", [], "?outlets="],
    ["other parameters kept", "?x=1", ["rt"], "?x=1&outlets=rt"]
  ])("%s", (_label, search, selected, expected) => {
    expect(formatOutletParam(search, selected, ALL)).toBe(expected);
  });

  it("round-trips through parseOutletParam", () => {
    expect(parseOutletParam(formatOutletParam("", ["rt", "tass"], ALL))).toEqual(["rt", "tass"]);
  });
});

describe("initialSelection", () => {
  it.each([
    ["URL wins over memory", "?outlets=bbc", "?outlets=rt", ["bbc"]],
    ["memory when the URL has none", "", "?outlets=rt", ["rt"]],
    ["all when neither", "", null, ALL],
    ["unknown ids dropped", "?outlets=bbc,cnn", null, ["bbc"]],
    ["remembered 'all' (empty query)", "", "?", ALL]
  ])("%s", (_label, search, remembered, expected) => {
    expect(initialSelection(search, remembered, ALL)).toEqual(expected);
  });
});

describe("withQuery", () => {
  it.each([
    ["relative page", "./timeline", "?outlets=rt", "./timeline?outlets=rt"],
    ["replaces an old query", "/figures?outlets=bbc", "?outlets=rt", "/figures?outlets=rt"],
    ["keeps the hash", "./network#table", "?outlets=rt", "./network?outlets=rt#table"],
    ["clears the query", "./network?outlets=rt", "", "./network"],
    ["external untouched", "https://example.org/a", "?outlets=rt", "https://example.org/a"],
    ["hash-only untouched", "#top", "?outlets=rt", "#top"]
  ])("%s", (_label, href, search, expected) => {
    expect(withQuery(href, search)).toBe(expected);
  });
});

describe("outlets", () => {
  const reference = [
    {id: "bbc", name: "BBC", country: "UK", ownership: "state-funded"},
    {id: "rt", name: "RT", country: "Russia", ownership: "state-owned"},
    {id: "cnn", name: "CNN", country: "US", ownership: "private"}
  ];

  it("knownOutlets keeps reference outlets that have articles and adds unknown ones", () => {
    const list = knownOutlets(reference, [{outlet: "rt"}, {outlet: "bbc"}, {outlet: "blog"}, {outlet: null}]);
    expect(list.map((o) => o.id)).toEqual(["bbc", "blog", "rt", "unknown"]);
    expect(list.find((o) => o.id === "unknown")!.name).toBe("Unknown outlet");
  });

  it("ownershipGroups groups ids, missing ownership as 'unknown'", () => {
    const groups = ownershipGroups([...reference, {id: "x", name: "X", country: null, ownership: null}]);
    expect([...groups]).toEqual([
      ["private", ["cnn"]],
      ["state-funded", ["bbc"]],
      ["state-owned", ["rt"]],
      ["unknown", ["x"]]
    ]);
  });

  it("filterByOutlet keeps selected outlets and treats null as 'unknown'", () => {
    const rows = [{outlet: "rt", n: 1}, {outlet: null, n: 2}, {outlet: "bbc", n: 3}];
    expect(filterByOutlet(rows, ["rt", "unknown"]).map((r) => r.n)).toEqual([1, 2]);
    expect(filterByOutlet(null, ["rt"])).toEqual([]);
    expect(outletKey({outlet: null})).toBe("unknown");
  });
});
