/**
 * Session 27, modality (events/modality.ts, shared by stages 06 and 07; sentences invented for the tests): a past
 * form after "and" whose first conjunct has no auxiliary, modal or negation is a predicate of its own, out of reach
 * of the first verb's cues ("called", "urged", "demanded"): "The mayor called the plan reckless and thanked the
 * volunteers" tells a thanks that happened. A shared auxiliary still carries ("has not freed B and released C",
 * "could meet B and thank C").
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("a second predicate after 'and'", () => {
  it.each<[string, string]>([
    ["The mayor called the decision reckless and met the volunteers on Monday.", "meeting:met=2025-10-13/reported"],
    ["The union demanded higher pay and signed the deal on Monday.", "agreement:signed=2025-10-13/reported"]
  ])("%s → %s", (sentence, row) => {
    expect(sentenceEvents(sentence, ["Monday=2025-10-13"], true)).toContain(row);
  });
  it.each<[string, string]>([
    ["The army has not met the elders and signed the deal on Monday.", "agreement:signed=2025-10-13/hypothetical"],
    ["The envoy could meet the rebels and signed nothing on Monday.", "meeting:meet=2025-10-13/hypothetical"],
    ["The mayor urged the council to meet the strikers on Monday.", "meeting:meet=2025-10-13/hypothetical"]
  ])("negative: a shared auxiliary or a call's own infinitive keeps its cue: %s", (sentence, row) => {
    expect(sentenceEvents(sentence, ["Monday=2025-10-13"], true)).toContain(row);
  });
});
