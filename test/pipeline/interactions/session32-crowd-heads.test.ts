/**
 * Session 32, stage 07 on invented sentences: crowds named after whom they follow or oppose ("Fans of B", "Followers of
 * B", "Loyalists of B") are that head's complement, not the verb's subject (model argument-words.ts
 * RELATIONAL_HEAD_NOUNS), as "Supporters of B" already were; "her" before "the" and a body that opens a clause is the
 * object ("assured her the Red Cross would help": arguments.ts herBeforeClause).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "negative: 'Fans of B attacked C' gives B no attack": {
    s: "Fans of Mark Hale attacked Lena Vos outside the stadium on Sunday.",
    m: ["Mark Hale", "Lena Vos"],
    rows: []
  },
  "negative: 'Followers of B met C'": {
    s: "Followers of Mark Hale met Lena Vos in the square.",
    m: ["Mark Hale", "Lena Vos"],
    rows: []
  },
  "negative: 'Loyalists of B thanked C'": {
    s: "Loyalists of Mark Hale thanked Lena Vos on Monday.",
    m: ["Mark Hale", "Lena Vos"],
    rows: []
  },
  "the person named as the subject still acts": {
    s: "Mark Hale attacked Lena Vos on Sunday.",
    m: ["Mark Hale", "Lena Vos"],
    rows: ["Mark Hale -attacked-> Lena Vos"]
  }
};

describe("crowd heads before 'of B'", () => {
  for (const [label, c] of Object.entries(cases)) it(label, () => check(c));
});

const herCases: Record<string, Case> = {
  "'assured her the Red Cross would help': her is the object, not the body after 'the'": {
    s: "Governor Mark Hale met Lena Vos and assured her the Red Cross would help.",
    m: ["Mark Hale", "Lena Vos", "Red Cross:organization"],
    rows: ["Mark Hale -met-> Lena Vos", "Mark Hale -promised-> Lena Vos"]
  },
  "negative: 'her the' with no clause after the body keeps no pronoun row to the body's owner": {
    s: "Governor Mark Hale met Lena Vos and showed her the Red Cross tents.",
    m: ["Mark Hale", "Lena Vos", "Red Cross:organization"],
    rows: ["Mark Hale -met-> Lena Vos"]
  }
};

describe("'her' before 'the' and a body that opens a clause", () => {
  for (const [label, c] of Object.entries(herCases)) it(label, () => check(c));
});
