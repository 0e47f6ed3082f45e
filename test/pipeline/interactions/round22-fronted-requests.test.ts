/**
 * Stage 07 on invented sentences (round 22): a request phrase that opens the sentence
 * (nominal.ts request: fronted phrases, askersBeforeComma, firstDoersAfter, titledOfPerson):
 * - "At the request of A, X freed B" → A asked X (the subject after the phrase's comma);
 * - "In response to the request of the <Title> of <country> A, the leadership of X released …" → A asked X;
 * - "At the request of A and B, X freed C" → A asked X, B asked X.
 * Negative: a request phrase inside the sentence ("Talks held at the request of A, the union
 * chief, ended before X released …") is not acted on by the next clause's subject.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "At the request of A, X freed B → A asked X": {
    s: "At the request of Kofi Mensah, the Red Brigade freed two kidnapped engineers on Monday.",
    m: ["Kofi Mensah", "Red Brigade:organization"],
    rows: ["Kofi Mensah -asked-> Red Brigade"]
  },
  "In response to the request of the President of <country> A, the leadership of X released → A asked X": {
    s: "In response to the request of the President of Ghana Kofi Mensah, the leadership of the Red Brigade released four fishermen.",
    m: ["Ghana:country", "Kofi Mensah", "Red Brigade:organization"],
    rows: ["Kofi Mensah -asked-> Red Brigade"]
  },
  "At the request of A and B, X freed C → both asked X": {
    s: "At the request of Kofi Mensah and Ruth Ansah, the Red Brigade freed the two drivers.",
    m: ["Kofi Mensah", "Ruth Ansah", "Red Brigade:organization"],
    rows: ["Kofi Mensah -asked-> Red Brigade", "Ruth Ansah -asked-> Red Brigade"]
  },
  "negative (labour): a request phrase inside the sentence is not the next clause's": {
    s: "Talks held at the request of Kofi Mensah, the union chief, ended before the Red Brigade released two miners.",
    m: ["Kofi Mensah", "Red Brigade:organization"],
    rows: []
  }
};

describe("stage 07 (round 22): fronted requests", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
