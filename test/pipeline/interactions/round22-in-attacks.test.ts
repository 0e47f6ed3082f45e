/**
 * Stage 07 on invented sentences (round 22): an attack noun with no agent of its own, in an
 * "in/during the … attack on B" phrase after a verb, is the verb's subject's attack
 * (nominal.ts inAttack, groupSubject):
 * - "X-led militants killed 30 people in the 7 October 2019 attack on B" → X attacked B;
 * - "X killed nine soldiers during an assault on B" → X attacked B.
 * Negatives: "in an attack on X market" (the name only modifies the spot attacked), and a place.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "X-led militants killed … in the dated attack on B → X attacked B": {
    s: "Sand Wolves-led militants killed about 30 people in the 7 October 2019 attack on Latvia and took 25 hostages.",
    m: ["Sand Wolves:group", "Latvia:country"],
    rows: ["Sand Wolves -attacked-> Latvia"]
  },
  "X killed … during an assault on B → X attacked B": {
    s: "The Sand Wolves killed nine soldiers during an assault on the Coastal Guard last year.",
    m: ["Sand Wolves:group", "Coastal Guard:organization"],
    rows: ["Sand Wolves -attacked-> Coastal Guard"]
  },
  "negative (market): a name that modifies the spot attacked is no target": {
    s: "The Sand Wolves killed 12 traders in an attack on Koro market in May.",
    m: ["Sand Wolves:group", "Koro:organization"],
    rows: []
  },
  "negative (place): a town attacked is no party": {
    s: "The Sand Wolves killed 12 traders in an attack on Koroville in May.",
    m: ["Sand Wolves:group", "Koroville:place"],
    rows: []
  },
  // Review 22, F15: a security force that kills the attackers in "the attack on B" is not the attacker.
  "negative (review 22 F15): French police killed two gunmen in the attack on Charlie Hebdo": {
    s: "French police killed two gunmen in the attack on Charlie Hebdo.",
    m: ["French:country", "Charlie Hebdo:organization"],
    rows: []
  },
  "negative (review 22 F15): Pakistani troops killed 33 militants in the attack on Jaffar Express": {
    s: "Pakistani troops killed 33 militants in the attack on Jaffar Express.",
    m: ["Pakistani:country", "Jaffar Express:organization"],
    rows: []
  },
  "negative (review 22 F15): Kenyan forces killed four gunmen in the attack on Westgate": {
    s: "Kenyan forces killed four gunmen in the attack on Westgate.",
    m: ["Kenyan:country", "Westgate:organization"],
    rows: []
  },
  "negative (review 22 F15): a force killing the attackers, with no force noun": {
    s: "The Sand Wolves killed four bandits during the attack on the Coastal Guard.",
    m: ["Sand Wolves:group", "Coastal Guard:organization"],
    rows: []
  },
  "a force that kills civilians in the attack on B is the attacker": {
    s: "Ruritanian troops killed 30 civilians in the attack on Latvia.",
    m: ["Ruritanian:country", "Latvia:country"],
    rows: ["Ruritanian -attacked-> Latvia"]
  }
};

describe("stage 07 (round 22): in the attack on B", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
