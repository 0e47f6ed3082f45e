/**
 * Stage 07, round 31 (subjects and objects): a passive's agent reached through unnamed members of a group
 * ("by fighters of A", round 12) also when a rough count opens them ("by roughly a dozen militants of A", "by some 20
 * fighters from A"), when "from" joins them to the group, and when the group is named after an unnamed group noun
 * ("militants from a cartel that calls itself A", "fighters of a militia called A"); and a passive's "by" found past a
 * companion aside in commas ("B was kidnapped on Friday along with her driver, C, by A" → A abducted B and C)
 * (find-interactions.ts membersOf, namingPhraseEnd, byAfterCompanions; model AGENT_COUNT_WORDS,
 * AGENT_MEMBER_LINKS, GROUP_NAMING_PHRASES).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B was kidnapped by roughly a dozen militants of A": {
    s: "The harbour pilot Lena Vos was kidnapped on Friday by roughly a dozen militants of the Red Hand, police said.",
    m: ["Lena Vos", "Red Hand:group"],
    rows: ["Red Hand -abducted-> Lena Vos"]
  },
  "B was seized by some 20 fighters from A": {
    s: "Mark Hale was seized near the dam by some 20 fighters from the Delta Front.",
    m: ["Mark Hale", "Delta Front:group"],
    rows: ["Delta Front -abducted-> Mark Hale"]
  },
  "B was freed by more than 40 fighters of A": {
    s: "Omar Diallo was freed on Sunday by more than 40 fighters of the Delta Front.",
    m: ["Omar Diallo", "Delta Front:group"],
    rows: ["Delta Front -released-> Omar Diallo"]
  },
  "B was kidnapped by militants from a cartel that calls itself A": {
    s: "Lena Vos was kidnapped on Friday by militants from a cartel that calls itself the Red Hand.",
    m: ["Lena Vos", "Red Hand:group"],
    rows: ["Red Hand -abducted-> Lena Vos"]
  },
  "B was held by fighters of a militia called A": {
    s: "Mark Hale was held for a month by fighters of a militia called the Delta Front.",
    m: ["Mark Hale", "Delta Front:group"],
    rows: ["Delta Front -held-> Mark Hale"]
  },
  "B and C were kidnapped along with their cook, D, 45, by militants of A": {
    s: "Lena Vos and Mark Vos were kidnapped on 9 April along with their cook, Omar Diallo, 45, by militants of the Red Hand.",
    m: ["Lena Vos", "Mark Vos", "Omar Diallo", "Red Hand:group"],
    rows: ["Red Hand -abducted-> Lena Vos", "Red Hand -abducted-> Mark Vos", "Red Hand -abducted-> Omar Diallo"]
  },
  "negative: gunmen from a village known as X (a place, no group)": {
    s: "Lena Vos was kidnapped on Friday by militants from a village known as Tana.",
    m: ["Lena Vos", "Tana:place"],
    rows: []
  },
  "negative: a football club, beaten by some 20 supporters of A (no verb of the stage)": {
    s: "Mark Hale was beaten on Saturday by some 20 supporters of the Red Hand.",
    m: ["Mark Hale", "Red Hand:group"],
    rows: []
  },
  "negative: a companion aside with no agent after it (flown home … by a charity)": {
    s: "Lena Vos was flown home along with her guide, Omar Diallo, by the Red Cross.",
    m: ["Lena Vos", "Omar Diallo", "Red Cross:organization"],
    rows: []
  },
  "negative: an active clause, A's gunmen stormed a court along with C (no passive, no verb of the stage)": {
    s: "Roughly a dozen militants of the Red Hand stormed the court along with Omar Diallo, by all accounts.",
    m: ["Red Hand:group", "Omar Diallo"],
    rows: []
  }
};

describe("round 31: 'B was kidnapped (along with C,) by roughly a dozen militants from a cartel called A'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
