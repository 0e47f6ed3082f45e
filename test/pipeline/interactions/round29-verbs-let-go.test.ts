/**
 * Stage 07 on invented sentences (round 29, verb class of release): a captive let go is a captive released: "A let B go /
 * walk free / leave", "B was let go by A" → A released B, only in a sentence of captivity.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "a group let a captive go after days in captivity → released": {
    s: "The Delta Front let Ali Omar go on Monday after 40 days in captivity.",
    m: ["Delta Front:group", "Ali Omar"],
    rows: ["Delta Front -released-> Ali Omar"]
  },
  "a hijacker let two hostages leave → released both": {
    s: "The hijacker, Sam Kori, let Ada Nwosu and Lee Park leave the plane at dawn.",
    m: ["Sam Kori", "Ada Nwosu", "Lee Park"],
    rows: ["Sam Kori -released-> Ada Nwosu", "Sam Kori -released-> Lee Park"]
  },
  "a hostage was let go by a gunman → released": {
    s: "After eleven days in the cellar, Mia Lund was let go by her kidnapper, Karl Heide.",
    m: ["Mia Lund", "Karl Heide"],
    rows: ["Karl Heide -released-> Mia Lund"]
  },
  "rebels let two captives walk free → released": {
    s: "The Delta Front let Ali Omar and Sara Nuri walk free after 40 days in captivity.",
    m: ["Delta Front:group", "Ali Omar", "Sara Nuri"],
    rows: ["Delta Front -released-> Ali Omar", "Delta Front -released-> Sara Nuri"]
  },
  "a group let two captives walk across a bridge → released both": {
    s: "The Delta Front let Ali Omar and Sara Nuri walk across the border bridge after 40 days in captivity.",
    m: ["Delta Front:group", "Ali Omar", "Sara Nuri"],
    rows: ["Delta Front -released-> Ali Omar", "Delta Front -released-> Sara Nuri"]
  },
  "negative: a company let a manager go (a dismissal)": {
    s: "Acme let Tom Hale go last month.",
    m: ["Acme:organization", "Tom Hale"],
    rows: []
  },
  "negative: a club let a striker go (a sale)": {
    s: "Rovers let striker Tom Hale go on a free transfer.",
    m: ["Rovers:organization", "Tom Hale"],
    rows: []
  },
  "negative: let someone go to the rebels' camp to negotiate (leave given)": {
    s: "Mayor Ana Costa let Tom Hale go to the rebels' camp to negotiate.",
    m: ["Ana Costa", "Tom Hale"],
    rows: []
  },
  "negative: let go of someone's hand (idiom)": {
    s: "Ann Lee let go of Tom Hale's hand.",
    m: ["Ann Lee", "Tom Hale"],
    rows: []
  }
};

describe("round 29 verbs: a captive let go is released", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
