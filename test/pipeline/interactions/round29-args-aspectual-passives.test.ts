/**
 * Stage 07, round 29 (subjects and objects): an aspectual verb carries a passive's patient as a verb of belief
 * does ("B is believed to be held by A", round 25): "B continues to be held by A", "B remains (still) held by
 * A" → A held B; the patient stands before "continues" / "remains" (find-interactions.ts aspectualPassive,
 * model ASPECTUAL_TO_BE_VERBS, ASPECTUAL_STATE_VERBS). Before, the participle found no patient.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B continues to be held by A": {
    s: "The engineer, Tomas Berg, continues to be held by the Sahel Brigade, his employer said.",
    m: ["Tomas Berg", "Sahel Brigade:group"],
    rows: ["Sahel Brigade -held-> Tomas Berg"]
  },
  "B, a relative clause in commas, continues to be held by A": {
    s: "Anton Berg, whose convoy was ambushed outside Gao in March, continues to be held by the Sahel Brigade.",
    m: ["Anton Berg", "Gao:place", "Sahel Brigade:group"],
    rows: ["Sahel Brigade -held-> Anton Berg"]
  },
  "B remains held by A": {
    s: "Tomas Berg remains held by the Sahel Brigade in the desert north of Gao.",
    m: ["Tomas Berg", "Sahel Brigade:group", "Gao:place"],
    rows: ["Sahel Brigade -held-> Tomas Berg"]
  },
  "B and C remained held by A": {
    s: "Two nurses, Ana Ruiz and Lea Vos, remained held by the Sahel Brigade for another month.",
    m: ["Ana Ruiz", "Lea Vos", "Sahel Brigade:group"],
    rows: ["Sahel Brigade -held-> Ana Ruiz", "Sahel Brigade -held-> Lea Vos"]
  },
  "B continues to be criticised by A (any passive)": {
    s: "Mayor Tomas Berg continues to be criticised by Ana Ruiz over the water shortages.",
    m: ["Tomas Berg", "Ana Ruiz"],
    rows: ["Ana Ruiz -criticized-> Tomas Berg"]
  },
  "negative: held in high regard (an idiom of esteem)": {
    s: "Tomas Berg remains held in high regard by the Sahel Brigade's elders.",
    m: ["Tomas Berg", "Sahel Brigade:group"],
    rows: []
  },
  "negative: sport, a record continues to be held by B (no person held)": {
    s: "The national record continues to be held by Tomas Berg, who set it in 2019.",
    m: ["Tomas Berg"],
    rows: []
  },
  "negative: remained unbeaten by B (no verb of the stage)": {
    s: "Tomas Berg remained unbeaten by Ana Ruiz in three finals.",
    m: ["Tomas Berg", "Ana Ruiz"],
    rows: []
  },
  "negative: hopes to be received by B (a wish, no aspect)": {
    s: "Tomas Berg hopes to be received by Ana Ruiz before the summit.",
    m: ["Tomas Berg", "Ana Ruiz"],
    rows: []
  },
  "negative: continues to believe … held by (the patient is no mention)": {
    s: "Tomas Berg continues to believe the hostages are held by the Sahel Brigade.",
    m: ["Tomas Berg", "Sahel Brigade:group"],
    rows: []
  }
};

describe("round 29: 'continues to be / remains' + passive participle keeps its patient", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
