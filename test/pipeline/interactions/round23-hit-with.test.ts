/**
 * Stage 07 on invented sentences (round 23): a person who hit or beat another person with a thing
 * to strike with attacked them (model interaction-verbs.ts, flag `instrument`, HITTING_INSTRUMENTS;
 * find-interactions.ts instrumentAfter):
 * - "A hit B with a plastic bottle" → A attacked B;
 * - "A beat B with a metal pipe" → the same.
 * Negatives: "hit B with a lawsuit" (no thing struck with) and "beat B in the final" (a game) name
 * no attack; review 23 F3: the instrument must head the phrase right after "with" (a/an/the/his + at
 * most one word + instrument + phrase end), no bare "the bat/belt", no score words or numbers in the
 * clause ("hammer throw of 82.5 metres", "club-record 62", "the smoking gun", "a knife-edge majority").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A hit B with a plastic bottle → A attacked B": {
    s: "The match was abandoned; the striker Kofi Mensah hit referee Sami Toure with a plastic bottle on Sunday, fans said.",
    m: ["Kofi Mensah", "Sami Toure"],
    rows: ["Kofi Mensah -attacked-> Sami Toure"]
  },
  "A beat B with a metal pipe → A attacked B": {
    s: "Police said a guard, Jonas Keita, beat the strike leader Omar Sall with a metal pipe outside the depot.",
    m: ["Jonas Keita", "Omar Sall"],
    rows: ["Jonas Keita -attacked-> Omar Sall"]
  },
  "negative (figurative): A hit B with a lawsuit: no attack": {
    s: "The club owner Kofi Mensah hit referee Sami Toure with a lawsuit on Monday.",
    m: ["Kofi Mensah", "Sami Toure"],
    rows: []
  },
  "negative (sport): A beat B in the final with a late goal: no attack": {
    s: "Kofi Mensah beat Sami Toure in the final with a late goal.",
    m: ["Kofi Mensah", "Sami Toure"],
    rows: []
  },
  "negative (review 23 F3, sport: 'with a hammer throw of … metres'): no attack": {
    s: "Poland's Wojciech Nowicki beat Pawel Fajdek with a hammer throw of 82.5 metres.",
    m: ["Wojciech Nowicki", "Pawel Fajdek"],
    rows: []
  },
  "negative (review 23 F3, boxing: 'with the WBC belt on the line'): no attack": {
    s: "Oleksandr Usyk beat Tyson Fury with the WBC belt on the line.",
    m: ["Oleksandr Usyk", "Tyson Fury"],
    rows: []
  },
  "negative (review 23 F3, golf: 'with a club-record 62'): no attack": {
    s: "Rory McIlroy beat Scottie Scheffler with a club-record 62 on Sunday.",
    m: ["Rory McIlroy", "Scottie Scheffler"],
    rows: []
  },
  "negative (review 23 F3, golf: 'with a club record of 62'): no attack": {
    s: "Rory McIlroy beat Scottie Scheffler with a club record of 62.",
    m: ["Rory McIlroy", "Scottie Scheffler"],
    rows: []
  },
  "negative (review 23 F3, cricket: 'with the bat again'): no attack": {
    s: "Joe Root beat Virat Kohli with the bat again in Leeds.",
    m: ["Joe Root", "Virat Kohli"],
    rows: []
  },
  "negative (review 23 F3, cricket: 'with the bat' bare): no attack": {
    s: "Joe Root beat Virat Kohli with the bat.",
    m: ["Joe Root", "Virat Kohli"],
    rows: []
  },
  "negative (review 23 F3, shooting: 'with a pistol score of'): no attack": {
    s: "Ann Ward beat Tom Hale with a pistol score of 243.1 in the final.",
    m: ["Ann Ward", "Tom Hale"],
    rows: []
  },
  "negative (review 23 F3, pole vault: 'with a bar clearance of'): no attack": {
    s: "Ann Ward beat Tom Hale with a bar clearance of 6.10 metres.",
    m: ["Ann Ward", "Tom Hale"],
    rows: []
  },
  "negative (review 23 F3, tennis: 'with a rock-solid serve'): no attack": {
    s: "Jannik Sinner beat Daniil Medvedev with a rock-solid serve.",
    m: ["Jannik Sinner", "Daniil Medvedev"],
    rows: []
  },
  "negative (review 23 F3, football: 'with a stone-cold penalty'): no attack": {
    s: "Jannik Sinner beat Daniil Medvedev with a stone-cold penalty in the shootout.",
    m: ["Jannik Sinner", "Daniil Medvedev"],
    rows: []
  },
  "negative (review 23 F3, election: 'with a knife-edge majority'): no attack": {
    s: "Ann Ward beat Tom Hale with a knife-edge majority of 12 votes.",
    m: ["Ann Ward", "Tom Hale"],
    rows: []
  },
  "negative (review 23 F3, metaphor: 'with the smoking gun'): no attack": {
    s: "Prosecutor Ann Ward hit Tom Hale with the smoking gun the jury had waited for.",
    m: ["Ann Ward", "Tom Hale"],
    rows: []
  },
  "negative (review 23 F3, metaphor: 'with a stick-and-carrot offer'): no attack": {
    s: "Ann Ward hit Tom Hale with a stick-and-carrot offer on tariffs.",
    m: ["Ann Ward", "Tom Hale"],
    rows: []
  },
  "negative (review 23 F3, metaphor: 'with a brick wall of defence'): no attack": {
    s: "Ann Ward hits Tom Hale with a brick wall of defence.",
    m: ["Ann Ward", "Tom Hale"],
    rows: []
  },
  "negative (review 23 F3, 'with a bottle of champagne to celebrate'): no attack": {
    s: "Ann Ward hit Tom Hale with a bottle of champagne to celebrate the title.",
    m: ["Ann Ward", "Tom Hale"],
    rows: []
  },
  "negative (review 23 F3, 'with a gun-to-tape time'): no attack": {
    s: "Ann Ward hit Tom Hale with a gun-to-tape time of 9.83 seconds.",
    m: ["Ann Ward", "Tom Hale"],
    rows: []
  },
  "review 23 F3 right: 'hit B with a plastic bottle outside the bar' → attacked": {
    s: "Police said Ann Ward hit Tom Hale with a plastic bottle outside the bar.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -attacked-> Tom Hale"]
  },
  "review 23 F3 right: 'beat B with his own belt until' → attacked": {
    s: "Ann Ward beat Tom Hale with his own belt until he bled.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -attacked-> Tom Hale"]
  }
};

describe("stage 07 (round 23): hit with a thing", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
