/**
 * Stage 07, round 29 (subjects and objects): a member aside after a plural subject, opened by "among them" or
 * "including", names who acts or undergoes: "The seven, among them A and B, were seized by C" → C abducted A
 * and B. A lowercase description of up to two words may stand first ("the cousins A and B"), an origin after
 * ("from Kisumu", "from the Red Cross"), and "and others" may close the list. The names must fill the aside:
 * a name inside an "of" phrase, a possessive or a body gives nothing.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "among them A and B, were kidnapped by C": {
    s: "The four, among them Omar Diallo and Ali Diallo, were kidnapped by the Red Hand Brigade on Monday.",
    m: ["Omar Diallo", "Ali Diallo", "Red Hand Brigade:group"],
    rows: ["Red Hand Brigade -abducted-> Omar Diallo", "Red Hand Brigade -abducted-> Ali Diallo"]
  },
  "among them the <noun> A and B from <place>, were abducted by C": {
    s: "Fourteen surveyors, among them the geologists Jonas Peel and Tom Peel from Tarapoto, were abducted by the Jungle Front near the river.",
    m: ["Jonas Peel", "Tom Peel", "Tarapoto:place", "Jungle Front:group"],
    rows: ["Jungle Front -abducted-> Jonas Peel", "Jungle Front -abducted-> Tom Peel"]
  },
  "among them A, B and others, were freed by C": {
    s: "The ten aid workers, among them Lena Vos, Mark Hale and others, were freed by the Sahel Brigade.",
    m: ["Lena Vos", "Mark Hale", "Sahel Brigade:group"],
    rows: ["Sahel Brigade -released-> Lena Vos", "Sahel Brigade -released-> Mark Hale"]
  },
  "including two engineers A and B from the Red Cross, were released by C": {
    s: "The convoy's crew, including the engineers Lena Vos and Mark Hale from the Red Cross, were released by the Sahel Brigade.",
    m: ["Lena Vos", "Mark Hale", "Red Cross:organization", "Sahel Brigade:group"],
    rows: ["Sahel Brigade -released-> Lena Vos", "Sahel Brigade -released-> Mark Hale"]
  },
  "active: the mayors, among them A, criticised C": {
    s: "Several mayors, among them Ana Ruiz, criticised the Water Board for the shortages.",
    m: ["Ana Ruiz", "Water Board:organization"],
    rows: ["Ana Ruiz -criticized-> Water Board"]
  },
  "negative: among them a nephew of A (A is not one of them)": {
    s: "The four, among them a nephew of Omar Diallo, were kidnapped by the Red Hand Brigade.",
    m: ["Omar Diallo", "Red Hand Brigade:group"],
    rows: []
  },
  "negative: among them A's sons (the sons, not A)": {
    s: "The protesters, among them Omar Diallo's two sons, were detained by the Red Hand Brigade.",
    m: ["Omar Diallo", "Red Hand Brigade:group"],
    rows: []
  },
  "negative: sport, clubs among them (bodies, no persons)": {
    s: "Several clubs, among them Kano Pillars and Enyimba, were beaten by Hearts of Oak this season.",
    m: ["Kano Pillars:organization", "Enyimba:organization", "Hearts of Oak:organization"],
    rows: []
  },
  "negative: among them fans of A (a description with of)": {
    s: "The crowd, among them many fans of Ana Ruiz, was addressed by Mayor Omar Diallo.",
    m: ["Ana Ruiz", "Omar Diallo"],
    rows: []
  }
};

describe("round 29: a member aside ('among them', 'including') names the subject", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
