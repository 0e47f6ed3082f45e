/**
 * Stage 07 on invented sentences (session 27 mends): a quotation closed before "and <verb>" holds the
 * speaker's words, so a name inside it is not the subject the verb shares; and a participle after a
 * comma takes the speaking verb's subject even past an apposed addressee in commas.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "a name inside a quotation closed before \"and <verb>\" is not the subject": {
    s: "The Delta Front said it had freed the two \"out of regard for the position of the Chilean president, Gabriel Boric,\" and expressed its appreciation to Norway.",
    m: ["Delta Front:organization", "Gabriel Boric", "Norway:country"],
    rows: []
  },
  "curly quotation marks: the name inside is passed, the clause's subject thanks": {
    s: "The Delta Front said it had acted “at the request of Gabriel Boric” and thanked Norway.",
    m: ["Delta Front:organization", "Gabriel Boric", "Norway:country"],
    rows: ["Delta Front -thanked-> Norway"]
  },
  "negative: without a quotation the name before \"and\" is still the subject": {
    s: "Gabriel Boric welcomed the news and thanked Norway.",
    m: ["Gabriel Boric", "Norway:country"],
    rows: ["Gabriel Boric -thanked-> Norway"]
  },
  "a plea after an apposed addressee is the writer's": {
    s: "Vera Orlova wrote to Jordan's king, King Abdullah, in October, begging him to help.",
    m: ["Vera Orlova", "Jordan:country", "King Abdullah"],
    rows: ["Vera Orlova -called_on-> King Abdullah"]
  },
  "the same plea with no apposition (as before)": {
    s: "Vera Orlova wrote to King Abdullah in October, begging him to help.",
    m: ["Vera Orlova", "King Abdullah"],
    rows: ["Vera Orlova -called_on-> King Abdullah"]
  },
  "negative: a non-speaking verb before the comma gives no writer to the participle": {
    s: "Jordan's king, King Abdullah, arrived in October, urging calm.",
    m: ["Jordan:country", "King Abdullah"],
    rows: []
  }
};

describe("stage 07 session 27: quotations and participles after apposed addressees", () => {
  for (const [label, c] of Object.entries(cases)) it(label, () => check(c));
});
