/**
 * Stage 07 on invented sentences (round 18): a relative named in apposition after the kin noun
 * ("Her brother, A, said …", "the miner's son, A, who …, said …") speaks for the family, so the
 * family's reported thanks are A's (find-interactions.ts kinDescribed, familySpeaker):
 * - "Her brother, A, said the family was grateful to B" → A thanked B;
 * - "The pilot's daughter, A, who flew in from X, told reporters the family was thankful to B" → A thanked B.
 * Negatives: a trade in the same place ("Her lawyer, A, …"), a kin noun that is no apposition
 * ("Her brother and A said …"), a club instead of the family (sport).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "Her brother, A, said the family was grateful to B → A thanked B": {
    s: "Her brother, Tomas Lindqvist, said on Monday the family was grateful to the Red Crescent.",
    m: ["Tomas Lindqvist", "Red Crescent:organization"],
    rows: ["Tomas Lindqvist -thanked-> Red Crescent"]
  },
  "the pilot's daughter, A, who flew in from X, told reporters the family was thankful to B → A thanked B": {
    s: "The pilot's daughter, Amara Okafor, who flew in from Lagos, told reporters that the family was deeply thankful to Qatar.",
    m: ["Amara Okafor", "Lagos:place", "Qatar:country"],
    rows: ["Amara Okafor -thanked-> Qatar"]
  },
  "negative: a trade in apposition does not speak for the family": {
    s: "Her lawyer, Tomas Lindqvist, said on Monday the family was grateful to the Red Crescent.",
    m: ["Tomas Lindqvist", "Red Crescent:organization"],
    rows: []
  },
  "negative: a kin noun in a list is no apposition of the speaker": {
    s: "Her brother and the mayor, Tomas Lindqvist, said the family was grateful to the Red Crescent.",
    m: ["Tomas Lindqvist", "Red Crescent:organization"],
    rows: []
  },
  "negative (sport): a player's brother reporting the club's gratitude": {
    s: "The striker's brother, Tomas Lindqvist, said the club was grateful to Benfica.",
    m: ["Tomas Lindqvist", "Benfica:organization"],
    rows: []
  }
};

describe("round 18: a relative in apposition speaks for the family", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
