/**
 * Stage 07 on invented sentences (session 27 mends): a quotation closed before "and <verb>" holds the
 * speaker's words and is passed over whole, so a name inside it is not the subject the verb shares; a
 * participle after a comma takes the speaking verb's subject even past an apposed addressee in commas, but
 * not across a coordinator ("…, and B, visiting Paris, thanked C" is B's). Review 27 F10 and F11 give the
 * negatives.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "a name inside a closed quotation before \"and <verb>\" is no subject; the clause's own subject is": {
    s: "The miners' union called the offer \"an insult to Minister Tom Hale\" and thanked the Red Cross.",
    m: ["miners' union:organization", "Tom Hale", "Red Cross:organization"],
    rows: ["miners' union -thanked-> Red Cross"]
  },
  "curly quotation marks: the name inside is passed, the clause's subject thanks": {
    s: "The Delta Front said it had acted “at the request of Gabriel Boric” and thanked Norway.",
    m: ["Delta Front:organization", "Gabriel Boric", "Norway:country"],
    rows: ["Delta Front -thanked-> Norway"]
  },
  "negative (review F11): a speaker before a short quotation still shares \"and\"": {
    s: "Ana Ruiz called the deal \"a step\" and thanked Peru.",
    m: ["Ana Ruiz", "Peru:country"],
    rows: ["Ana Ruiz -thanked-> Peru"]
  },
  "negative (review F11): a quoted name coordinated into the subject (\"and the …\") is the subject": {
    s: "He said the \"Tiger Brigade\" and the army attacked the Delta Front.",
    m: ["Tiger Brigade:organization", "Delta Front:organization"],
    rows: ["Tiger Brigade -attacked-> Delta Front"]
  },
  "a plea after an apposed addressee in commas is the writer's": {
    s: "Nadia Kovac wrote to the mayor of Split, Ivo Babic, last spring, imploring him to reopen the school.",
    m: ["Nadia Kovac", "Split:place", "Ivo Babic"],
    rows: ["Nadia Kovac -called_on-> Ivo Babic"]
  },
  "the same plea with no apposition (as before)": {
    s: "Nadia Kovac wrote to Ivo Babic last spring, imploring him to reopen the school.",
    m: ["Nadia Kovac", "Ivo Babic"],
    rows: ["Nadia Kovac -called_on-> Ivo Babic"]
  },
  // The participle's own subject, Anna Holm, is not found either (no row), but the speaker is no longer taken.
  "negative (review F10): a participle after \", and B,\" is not the first clause's speaker's": {
    s: "Lars Berg said the strike was over, and Anna Holm, thanking Ruth Ansah, reopened the port.",
    m: ["Lars Berg", "Anna Holm", "Ruth Ansah"],
    rows: []
  },
  "negative: a non-speaking verb before the comma gives no writer to the participle": {
    s: "The mayor of Split, Ivo Babic, arrived in October, urging calm.",
    m: ["Split:place", "Ivo Babic"],
    rows: []
  }
};

describe("stage 07 session 27: quotations and participles after apposed addressees", () => {
  for (const [label, c] of Object.entries(cases)) it(label, () => check(c));
});
