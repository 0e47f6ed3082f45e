/**
 * Round 13 class for stage 06: a statement to come, told with a base-form verb of speaking to the press ("is due to
 * brief reporters … on Friday", "will address journalists … on Tuesday"), is a dated statement event; past forms
 * ("told reporters on Tuesday") stay out, like "said". Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

const statements = (events: string[]) => events.filter((e) => e.startsWith("statement"));

describe("a statement to the press to come carries its date", () => {
  it("is due to brief reporters … on Friday → statement", () => {
    expect(statements(sentenceEvents("The coach is due to brief reporters in Lyon on Friday.", ["on Friday=2025-10-17"])))
      .toEqual(["statement:brief reporters=2025-10-17"]);
  });
  it("will address journalists … on Tuesday → statement", () => {
    expect(statements(sentenceEvents("On Tuesday the envoy will address journalists at the embassy in Quito.", ["On Tuesday=2025-10-14"])))
      .toEqual(["statement:address journalists=2025-10-14"]);
  });
  it("negative: 'told reporters' is no statement event", () => {
    expect(statements(sentenceEvents("The envoy told reporters on Tuesday that the talks had stalled.", ["on Tuesday=2025-10-14"]))).toEqual([]);
  });
});
