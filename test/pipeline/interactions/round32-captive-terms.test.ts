/**
 * Stage 07 on invented sentences (round 32): captivity told by a noun phrase with its term and holder, "B and C were flown
 * home after 200 days as hostages of A" → A held B and C (interactions/captive-terms.ts). Not a speaker named first, not a
 * holder that is a person or no body ("a prisoner of war", "of Ruritania's regime"), not a guest.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'B and C were flown home after 200 days as hostages of A' → A held both": {
    s: "Otto Berg and Ann Lee were flown home after 200 days as hostages of the Delta Front.",
    m: ["Otto Berg", "Ann Lee", "Delta Front:organization"],
    rows: ["Delta Front -held-> Otto Berg", "Delta Front -held-> Ann Lee"]
  },
  "positive: 'Once B and C had crossed into X, following 512 days as captives of A, …' (a clause before the main one) → A held both": {
    s: "Once the aid workers Lars Eng and Mara Tull had crossed into Turkey late on Sunday, following 512 days as captives of the Iron Banner brigade, Qatar's envoy spoke to reporters.",
    m: ["Lars Eng", "Mara Tull", "Turkey:country", "Iron Banner brigade:group", "Qatar:country"],
    rows: ["Iron Banner brigade -held-> Lars Eng", "Iron Banner brigade -held-> Mara Tull"]
  },
  "positive: 'B came home on Friday after three months as a prisoner of A' → A held B": {
    s: "Jorge Pinto came home on Friday after three months as a prisoner of the River Guard militia.",
    m: ["Jorge Pinto", "River Guard:group"],
    rows: ["River Guard -held-> Jorge Pinto"]
  },
  "negative (mend 32 F3, another's term: 'A interviewed B about his 200 days as a hostage of C'): A held by no one": {
    s: "The reporter Rosa Quint interviewed Jorge Pinto about his 300 days as a captive of the Red Hand militia.",
    m: ["Rosa Quint", "Jorge Pinto", "Red Hand militia:group"],
    rows: []
  },
  "negative (mend 32 F3, a kinsman's term: 'A's husband came home after …'): A held by no one": {
    s: "Rosa Quint's husband flew back to Lisbon after eight months as a prisoner of the Red Hand militia.",
    m: ["Rosa Quint", "Lisbon:place", "Red Hand militia:group"],
    rows: []
  },
  "negative (mend 32 F3, a relative clause on another noun: 'A greeted her son, who returned after …'): no row": {
    s: "Rosa Quint hugged her son, who was freed after 90 days as a hostage of the Red Hand militia.",
    m: ["Rosa Quint", "Red Hand militia:group"],
    rows: []
  },
  "negative (a speaker named first: 'A said B had spent two years as a prisoner of C'): no row": {
    s: "Tom Hale said Otto Berg had spent two years as a prisoner of the Delta Front.",
    m: ["Tom Hale", "Otto Berg", "Delta Front:organization"],
    rows: []
  },
  "negative (no body: 'spent two years as a prisoner of war'): no row": {
    s: "Otto Berg spent two years as a prisoner of war in Velm.",
    m: ["Otto Berg", "Velm:place"],
    rows: []
  },
  "negative (a guest, no captive: 'three weeks as a guest of A'): no row": {
    s: "Otto Berg spent three weeks as a guest of the Delta Front.",
    m: ["Otto Berg", "Delta Front:organization"],
    rows: []
  },
  "negative (a person as holder: 'as a hostage of Tom Hale'): no row": {
    s: "Otto Berg spent two weeks as a hostage of Tom Hale.",
    m: ["Otto Berg", "Tom Hale"],
    rows: []
  }
};

describe("findInteractions: round 32 captivity told by its term", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
