/**
 * Stage 07 on invented sentences (round 25): a speech tag in lowercase between commas parting a
 * subject from its verb ("A, officials said, had asked B", "A, police sources told reporters, met
 * B", "A, aid workers say, met B") is passed over like ", the official said," (arguments.ts
 * speechTagBetween in appositionStart).
 * Negatives: a name before the tag that is an object ("Police freed A, officials said, and thanked
 * B": the police thank, not A; "…, thanking B"), and a lowercase aside with no reporting verb
 * ("A, fans chanted, thanked B").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A, officials said, had asked B to …' → A asked B": {
    s: "Chile, officials said, had asked Peru to reopen the border crossing.",
    m: ["Chile:country", "Peru:country"],
    rows: ["Chile -asked-> Peru"]
  },
  "positive: 'A, two police sources told reporters, met B' → A met B": {
    s: "Jonas Dahl, two police sources told reporters, met Lena Roth in Bergen on Friday.",
    m: ["Jonas Dahl", "Lena Roth", "Bergen:place"],
    rows: ["Jonas Dahl -met-> Lena Roth"]
  },
  "positive: 'The <body>, aid workers say, met B' → the body met B": {
    s: "The Red Crescent, aid workers say, met the Sahel Front on Friday.",
    m: ["Red Crescent:organization", "Sahel Front:organization"],
    rows: ["Red Crescent -met-> Sahel Front"]
  },
  "positive: 'In <time>, A's ministry, diplomats said, thanked B' → A thanked B": {
    s: "On Monday, Ghana's foreign ministry, diplomats said, thanked Togo for the rescue.",
    m: ["Ghana:country", "Togo:country"],
    rows: ["Ghana -thanked-> Togo"]
  },
  "negative (an object before the tag: 'Police freed A on Monday, officials said, and thanked B'): no A row": {
    s: "Police freed Jonas Dahl on Monday, officials said, and thanked Lena Roth.",
    m: ["Jonas Dahl", "Lena Roth"],
    rows: []
  },
  "negative (an object before the tag and a participle after it): no A row": {
    s: "Coastguards rescued Piet Claes, officials said, thanking Ana Vidal.",
    m: ["Piet Claes", "Ana Vidal"],
    rows: []
  },
  "negative (no reporting verb in the aside: 'A, fans chanted, thanked B'): no row": {
    s: "Marco Rossi, fans chanted, thanked Tomas Berg.",
    m: ["Marco Rossi", "Tomas Berg"],
    rows: []
  }
};

describe("stage 07 round 25: speech tags between subject and verb", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
