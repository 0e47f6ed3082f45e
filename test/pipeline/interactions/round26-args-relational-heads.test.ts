/**
 * Review 26 (args F4, F8), stage 07 on invented sentences: a name after "of" or "for" following a relational head
 * noun ("The wife of B", "Lawyers for B", "Critics of B") is that head's complement, not the verb's subject: the
 * head names nobody, so no row; an aside after the name does not change that.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "negative: 'The wife of B thanked C' gives B no thanks": {
    s: "The wife of Tom Hale thanked Ann Vidal on Monday.",
    m: ["Tom Hale", "Ann Vidal"],
    rows: []
  },
  "negative: an aside after the complement changes nothing": {
    s: "The family of Tom Hale, seized from his farm in May, thanked Ann Vidal.",
    m: ["Tom Hale", "Ann Vidal"],
    rows: []
  },
  "negative: 'Lawyers for B met C'": {
    s: "Lawyers for Tom Hale met Ann Vidal on Monday.",
    m: ["Tom Hale", "Ann Vidal"],
    rows: []
  },
  "a person 'of the <body>' is still the subject": {
    s: "Tom Hale of the Red Cross met Ann Vidal in Geneva.",
    m: ["Tom Hale", "Red Cross:organization", "Ann Vidal", "Geneva:place"],
    rows: ["Tom Hale -met-> Ann Vidal"]
  }
};

describe("review 26: a relational head's complement is no subject", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});

const coDelegates: Record<string, Case> = {
  "negative (review 26 args F3): two who hold talks with someone unnamed do not meet each other": {
    s: "Tom Hale and the strikers' leader, Joe Bell, held talks with the minister on Monday.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  },
  "two who hold talks with no one else named meet each other": {
    s: "Tom Hale and Joe Bell held talks in Lima on Monday.",
    m: ["Tom Hale", "Joe Bell", "Lima:place"],
    rows: ["Tom Hale -met-> Joe Bell"]
  }
};

describe("review 26: co-delegates", () => {
  for (const [name, c] of Object.entries(coDelegates)) it(name, () => check(c));
});
