/**
 * Stage 07 on invented sentences (round 18): easing talks between two sides is mediation
 * (model interaction-verbs.ts "facilitated talks/dialogue/negotiations/contacts … between"), a side
 * only a nationality qualifies is no named party ("the Kenyan side"; model UNNAMED_SIDE_NOUNS), and
 * a quotation opened between an auxiliary and its verb keeps the clause's subject (arguments.ts
 * subjectsBefore; model QUOTED_VERB_AUXILIARIES):
 * - "A facilitated talks between B and C" → A mediated B and C (B and C negotiated: the talks noun);
 * - "A had \"facilitated dialogue between the Kenyan side and B\"" → A mediated B only;
 * - "A has \"facilitated the negotiations between B and C\"" → A mediated B and C.
 * Negatives: trade or a transfer "facilitated between" two companies (business), a quotation opened
 * right before a verb with no auxiliary, "between the Kenyan border and B" (no side noun).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A facilitated talks between B and C → A mediated both": {
    s: "Norway facilitated talks between Chad and the Sahel Unity Movement last year.",
    m: ["Norway:country", "Chad:country", "Sahel Unity Movement:group"],
    rows: ["Norway -mediated-> Chad", "Norway -mediated-> Sahel Unity Movement", "Chad -negotiated-> Sahel Unity Movement"]
  },
  "A had \"facilitated dialogue between the Kenyan side and B\" → A mediated B only": {
    s: "The ministry said Oumar Traore had \"facilitated dialogue between the Kenyan side and the Delta Front.\"",
    m: ["Oumar Traore", "Kenyan:country", "Delta Front:group"],
    rows: ["Oumar Traore -mediated-> Delta Front"]
  },
  "A has \"facilitated the negotiations between B and C\" → A mediated both": {
    s: "Ines Mota has \"facilitated the negotiations between Niger and Benin\" since May.",
    m: ["Ines Mota", "Niger:country", "Benin:country"],
    rows: ["Ines Mota -mediated-> Niger", "Ines Mota -mediated-> Benin", "Niger -negotiated-> Benin"]
  },
  "negative (business): trade facilitated between two companies": {
    s: "Nordbank facilitated trade between Nordfisk and Danske Shipping in 2023.",
    m: ["Nordbank:organization", "Nordfisk:organization", "Danske Shipping:organization"],
    rows: []
  },
  "negative (business): a transfer facilitated between two firms": {
    s: "Nordbank facilitated the transfer of shares between Nordfisk and Danske Shipping.",
    m: ["Nordbank:organization", "Nordfisk:organization", "Danske Shipping:organization"],
    rows: []
  },
  "negative: a quotation opened before a verb with no auxiliary has a speaker of its own": {
    s: "The banner above Oumar Traore read \"thanked Kenya for nothing\".",
    m: ["Oumar Traore", "Kenya:country"],
    rows: []
  },
  "negative: a nationality before a noun that is no side": {
    s: "Oumar Traore mediated between the Kenyan border guards and the Delta Front.",
    m: ["Oumar Traore", "Kenyan:country", "Delta Front:group"],
    rows: []
  }
};

describe("round 18: facilitated talks and quoted verbs", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
