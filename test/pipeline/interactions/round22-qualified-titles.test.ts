/**
 * Stage 07 on invented sentences (round 22): a listed person whose title has its own qualifiers
 * between "and" and the title head (arguments.ts titleQualifiersStart):
 * - "A and senior union official B held talks" → A met B;
 * - "A and senior Hamas-like body official B" (a body's name among the qualifiers) → A met B.
 * Negative: a past form before the title is a verb of its own ("heard A and questioned union
 * official B, who were kidnapped by C": only B is C's captive).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A and senior union official B held talks → A met B": {
    s: "Labour Minister Kofi Mensah and senior union official Amara Diallo held talks in Tamale on Friday.",
    m: ["Kofi Mensah", "Amara Diallo", "Tamale:place"],
    rows: ["Kofi Mensah -met-> Amara Diallo"]
  },
  "A and senior <body> official B held talks → A met B": {
    s: "Ghana's Deputy Labour Minister Kofi Mensah and senior Dockers Union official Amara Diallo held talks at the port.",
    m: ["Ghana:country", "Kofi Mensah", "Dockers Union:organization", "Amara Diallo"],
    rows: ["Kofi Mensah -met-> Amara Diallo"]
  },
  "A and mine union official B were freed by C → C released both": {
    s: "Kofi Mensah and mine union official Amara Diallo were freed by the Red Brigade.",
    m: ["Kofi Mensah", "Amara Diallo", "Red Brigade:organization"],
    rows: ["Red Brigade -released-> Kofi Mensah", "Red Brigade -released-> Amara Diallo"]
  },
  "negative (courts): a past form before the title is a verb, not a qualifier": {
    s: "The court heard Nestor Bakary and questioned union official Amara Diallo, who were kidnapped by the Red Brigade in May.",
    m: ["Nestor Bakary", "Amara Diallo", "Red Brigade:organization"],
    rows: ["Red Brigade -abducted-> Amara Diallo"]
  }
};

describe("stage 07 (round 22): qualified titles in a list", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
