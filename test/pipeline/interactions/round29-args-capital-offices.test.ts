/**
 * Stage 07, round 29 (subjects and objects): an office written in capitals, as wire copy and state agencies
 * write it ("the President of X", "the Minister of Foreign Affairs of Y"), then its holder's name in commas,
 * is that person, as object or passive agent, as the lowercase office already was ("the head of the union, B").
 * Every capitalised word before "of" must be a title word ("the Friends of Kano, B," names no office).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "the President of X, B → passive agent B": {
    s: "Ana Ruiz was received by the President of Ghana, Kofi Mensah, on Monday.",
    m: ["Ana Ruiz", "Ghana:country", "Kofi Mensah"],
    rows: ["Kofi Mensah -met-> Ana Ruiz"]
  },
  "the President of X, B. at the sentence's end → passive agent B": {
    s: "The next day the fishermen's leader, Ana Ruiz, was received by the President of Ghana, Kofi Mensah.",
    m: ["Ana Ruiz", "Ghana:country", "Kofi Mensah"],
    rows: ["Kofi Mensah -met-> Ana Ruiz"]
  },
  "the Minister of Foreign Affairs of X, B → passive agent B": {
    s: "Ana Ruiz was received in Accra by the Minister of Foreign Affairs of Ghana, Kofi Mensah, on Tuesday.",
    m: ["Ana Ruiz", "Accra:place", "Ghana:country", "Kofi Mensah"],
    rows: ["Kofi Mensah -met-> Ana Ruiz"]
  },
  "met the President of X, B, on Monday → object B": {
    s: "Ana Ruiz met the President of Ghana, Kofi Mensah, on Monday.",
    m: ["Ana Ruiz", "Ghana:country", "Kofi Mensah"],
    rows: ["Ana Ruiz -met-> Kofi Mensah"]
  },
  "criticised the Chief Justice of X, B, for … → object B": {
    s: "Lawyer Ana Ruiz criticised the Chief Justice of Ghana, Kofi Mensah, for the ruling.",
    m: ["Ana Ruiz", "Ghana:country", "Kofi Mensah"],
    rows: ["Ana Ruiz -criticized-> Kofi Mensah"]
  },
  "thanked the Sultan of X, B, … → object B": {
    s: "Ana Ruiz thanked the Sultan of Sokoto, Muhammad Abubakar, for his help.",
    m: ["Ana Ruiz", "Sokoto:place", "Muhammad Abubakar"],
    rows: ["Ana Ruiz -thanked-> Muhammad Abubakar"]
  },
  "negative: met the President of X, B said … (B opens a clause)": {
    s: "Ana Ruiz met the President of Ghana, Kofi Mensah said on Monday.",
    m: ["Ana Ruiz", "Ghana:country", "Kofi Mensah"],
    rows: []
  },
  "negative: a capitalised word of no title (the Friends of X, B,)": {
    s: "Ana Ruiz met the Friends of Kano, Kofi Mensah, on Monday.",
    m: ["Ana Ruiz", "Kano:place", "Kofi Mensah"],
    rows: []
  },
  "negative: a kin noun in capitals (the Mother of the groom, B,)": {
    s: "Ana Ruiz thanked the Mother of the Groom, Lea Ruiz, for the dinner.",
    m: ["Ana Ruiz", "Lea Ruiz"],
    rows: []
  },
  "negative: a kin noun in lowercase (the mother of the groom, B,)": {
    s: "Ana Ruiz met the mother of the groom, Lea Ruiz, on Monday.",
    m: ["Ana Ruiz", "Lea Ruiz"],
    rows: []
  },
  "negative: a bank of a country, B, … (no office)": {
    s: "Ana Ruiz criticised the Central Bank of Ghana, Kofi Mensah, and others.",
    m: ["Ana Ruiz", "Ghana:country", "Kofi Mensah"],
    rows: []
  }
};

describe("round 29: a capitalised office of X, then its holder in commas", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
