/**
 * Stage 07, round 29 (subjects and objects): the inverted "Among those <participle> by A was/were B" (round 12)
 * also when a short time phrase closes the participle's clause ("Among the hostages released by A on Monday
 * was B") and when the patient is described before its name in commas ("was a nurse, B", "was the branch
 * manager, B, 51") (find-interactions.ts amongThose, describedAfterCopula).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "Among the hostages released by A on Monday was B": {
    s: "Among the hostages released by the Sahel Brigade on Monday was Lena Vos.",
    m: ["Sahel Brigade:group", "Lena Vos"],
    rows: ["Sahel Brigade -released-> Lena Vos"]
  },
  "Among those kidnapped by A last week were B and C": {
    s: "Among those kidnapped by the Sahel Brigade last week were Lena Vos and Mark Hale.",
    m: ["Sahel Brigade:group", "Lena Vos", "Mark Hale"],
    rows: ["Sahel Brigade -abducted-> Lena Vos", "Sahel Brigade -abducted-> Mark Hale"]
  },
  "Among those kidnapped by A was a nurse, B": {
    s: "Among those kidnapped by the Sahel Brigade was a nurse, Lena Vos.",
    m: ["Sahel Brigade:group", "Lena Vos"],
    rows: ["Sahel Brigade -abducted-> Lena Vos"]
  },
  "Among those freed by A was the site manager, B, 51": {
    s: "Among those freed by the Sahel Brigade was the site manager, Lena Vos, 51.",
    m: ["Sahel Brigade:group", "Lena Vos"],
    rows: ["Sahel Brigade -released-> Lena Vos"]
  },
  "negative: was a report, B said (B opens a clause)": {
    s: "Among those freed by the Sahel Brigade was a report, Lena Vos said.",
    m: ["Sahel Brigade:group", "Lena Vos"],
    rows: []
  },
  "negative: on a phrase that is no time (on bail)": {
    s: "Among those released by the court on bail was Lena Vos.",
    m: ["Lena Vos"],
    rows: []
  },
  "negative: sport, among those beaten by A in the final was B (no verb of the stage)": {
    s: "Among those beaten by Lena Vos in the final was Mark Hale.",
    m: ["Lena Vos", "Mark Hale"],
    rows: []
  },
  "negative: among those who met A on Monday was B (active, no passive agent)": {
    s: "Among those who criticised the Sahel Brigade on Monday was Lena Vos's brother.",
    m: ["Sahel Brigade:group", "Lena Vos"],
    rows: []
  }
};

describe("round 29: 'Among those freed by A (on Monday) was (a nurse,) B'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
