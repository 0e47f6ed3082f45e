/**
 * Stage 07 on invented sentences, one block per class of misses (round 9): lists of persons
 * handed over in the passive, requests coordinated with a meeting, pronouns and quotes for the
 * speaker, possessive titles, brokered deals. Each block has negatives.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const passiveListCases: Record<string, Case> = {
  "A, 44, B, 29, and C, 61, were handed over by X fighters to the Red Cross → X released each": {
    s: "Juan Ortiz, 44, Marta Ruiz, 29, and Pablo Leon, 61, were handed over by Sierra Front fighters to Red Cross staff near Arauca.",
    m: ["Juan Ortiz", "Marta Ruiz", "Pablo Leon", "Sierra Front:group", "Red Cross:organization", "Arauca:place"],
    rows: ["Sierra Front -released-> Juan Ortiz", "Sierra Front -released-> Marta Ruiz", "Sierra Front -released-> Pablo Leon"]
  },
  "A, his brother B and the engineer C were freed by X → X released each": {
    s: "Juan Ortiz, his brother Luis Ortiz and the engineer Pablo Leon were freed by the Sierra Front on Sunday.",
    m: ["Juan Ortiz", "Luis Ortiz", "Pablo Leon", "Sierra Front:group"],
    rows: ["Sierra Front -released-> Juan Ortiz", "Sierra Front -released-> Luis Ortiz", "Sierra Front -released-> Pablo Leon"]
  },
  "A and his nephew B were released by X → both": {
    s: "Kofi Mensah and his nephew Yaw Boateng were released by the Delta Brigade.",
    m: ["Kofi Mensah", "Yaw Boateng", "Delta Brigade:group"],
    rows: ["Delta Brigade -released-> Kofi Mensah", "Delta Brigade -released-> Yaw Boateng"]
  },
  "A, B and the pilot C were handed over …, where they were received by D → X released, D met each": {
    s: "Ana Souza, Tomas Vik and the pilot Ines Moura were handed over by the Delta Brigade to church mediators and flown to Lima, where they were received by Bishop Carlos Mendez.",
    m: ["Ana Souza", "Tomas Vik", "Ines Moura", "Delta Brigade:group", "Lima:place", "Carlos Mendez"],
    rows: [
      "Delta Brigade -released-> Ana Souza", "Delta Brigade -released-> Tomas Vik", "Delta Brigade -released-> Ines Moura",
      "Carlos Mendez -met-> Ana Souza", "Carlos Mendez -met-> Tomas Vik", "Carlos Mendez -met-> Ines Moura"
    ]
  },
  "negative: 'A, his lawyer B, said' is an apposition, not a list": {
    s: "Juan Ortiz, his lawyer Luis Ortiz, said the engineer Pablo Leon was freed by the Sierra Front.",
    m: ["Juan Ortiz", "Luis Ortiz", "Pablo Leon", "Sierra Front:group"],
    rows: ["Sierra Front -released-> Pablo Leon"]
  },
  "negative: 'A, his uncle B, was freed' names one patient in apposition": {
    s: "Juan Ortiz, his uncle Luis Ortiz, was freed by the Sierra Front.",
    m: ["Juan Ortiz", "Luis Ortiz", "Sierra Front:group"],
    rows: ["Sierra Front -released-> Juan Ortiz"]
  }
};

describe("findInteractions: passive handovers of a list of persons", () => {
  it.each(Object.entries(passiveListCases))("%s", (_label, c) => check(c));
});
