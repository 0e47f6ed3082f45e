/**
 * Round 33: the sides of a mediation. A side written with an apposition that holds a possessive place ("between B,
 * Velm's envoy for the north, and C") still leaves both sides; a person named after an unnamed side ("between the
 * army and B over the radio") is the one named side. Invented sentences.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "mediated between B, <Place>'s envoy for <Place>, and C → both sides": {
    s: "In Velm, where Ruritania's sports minister, Lena Varga, mediated between Tom Berg, Velm's envoy for the North Sea, and Omar Saleh of the dockers' union, the strike ended.",
    m: ["Velm:place", "Ruritania:country", "Lena Varga", "Tom Berg", "Velm:place", "North Sea:place", "Omar Saleh"],
    rows: ["Lena Varga -mediated-> Tom Berg", "Lena Varga -mediated-> Omar Saleh"]
  },
  "mediated between B, <Club>'s chairman, and C → both sides": {
    s: "Ana Vidal mediated between Ken Iwu, Lagos United's chairman, and Sade Ojo on Friday.",
    m: ["Ana Vidal", "Ken Iwu", "Lagos United:organization", "Sade Ojo"],
    rows: ["Ana Vidal -mediated-> Ken Iwu", "Ana Vidal -mediated-> Sade Ojo"]
  },
  "mediated between the army and B over the radio → B": {
    s: "On Tuesday the imam Yusuf Dogo mediated between the army and Omar Saleh over the radio.",
    m: ["Yusuf Dogo", "Omar Saleh"],
    rows: ["Yusuf Dogo -mediated-> Omar Saleh"]
  },
  "mediated between the strikers and B. → B": {
    s: "The bishop, Paul Ekwe, mediated between the strikers and Ken Iwu.",
    m: ["Paul Ekwe", "Ken Iwu"],
    rows: ["Paul Ekwe -mediated-> Ken Iwu"]
  },
  "negative: 'refused to mediate between the police and B' is no act done (hypothetical, as for two named sides)": {
    s: "Ana Vidal refused to mediate between the police and Omar Saleh.",
    m: ["Ana Vidal", "Omar Saleh"],
    rows: ["Ana Vidal -mediated-> Omar Saleh"],
    modality: "hypothetical"
  },
  "negative: a match between the police and B's team is no mediation": {
    s: "Ana Vidal refereed the match between the police and Omar Saleh's team on Sunday.",
    m: ["Ana Vidal", "Omar Saleh"],
    rows: []
  },
  "negative: a passive deal brokered between a body and a person keeps to bodies": {
    s: "The pay deal was brokered by Ghana between the ministry and Ken Iwu.",
    m: ["Ghana:country", "Ken Iwu"],
    rows: []
  },
  "negative: a person followed by a clause verb is no side": {
    s: "Ana Vidal mediated between the police and Omar Saleh said the talks failed.",
    m: ["Ana Vidal", "Omar Saleh"],
    rows: []
  }
};

describe("round 33: the sides of a mediation", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
