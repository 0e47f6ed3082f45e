/**
 * Stage 07 on invented sentences (round 12): a companion abducted "along with" the patient and
 * said in a relative clause to have been freed with no agent of its own was freed by the same
 * captors ("…, along with her cousin C, who was released a week later").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const freedCases: Record<string, Case> = {
  "B was seized by G along with C, who was later released → G abducted and released C": {
    s: "Karl Dahl was seized by the Delta Brigade in Velm along with his cousin Ana Dahl, who was later released for lack of money.",
    m: ["Karl Dahl", "Delta Brigade:group", "Velm:place", "Ana Dahl"],
    rows: ["Delta Brigade -abducted-> Karl Dahl", "Delta Brigade -abducted-> Ana Dahl", "Delta Brigade -released-> Ana Dahl"]
  },
  "G kidnapped B together with C, who was freed in May → G released C": {
    s: "The Sierra Front kidnapped Tomas Vik on a farm together with his driver Ines Moura, who was freed in May.",
    m: ["Sierra Front:group", "Tomas Vik", "Ines Moura"],
    rows: ["Sierra Front -abducted-> Tomas Vik", "Sierra Front -abducted-> Ines Moura", "Sierra Front -released-> Ines Moura"]
  },
  "B was abducted by G fighters on <day> along with C, who was freed → G abducted and released C": {
    s: "Tomas Vik was seized by Sierra Front gunmen at dawn along with a neighbour, Karl Vik, who was freed in June.",
    m: ["Tomas Vik", "Sierra Front:group", "Karl Vik"],
    rows: ["Sierra Front -abducted-> Tomas Vik", "Sierra Front -abducted-> Karl Vik", "Sierra Front -released-> Karl Vik"]
  },
  "negative: a companion freed by someone else is not the captors' release": {
    s: "Karl Dahl was seized by the Delta Brigade along with his cousin Ana Dahl, who was freed by soldiers in June.",
    m: ["Karl Dahl", "Delta Brigade:group", "Ana Dahl"],
    rows: ["Delta Brigade -abducted-> Karl Dahl", "Delta Brigade -abducted-> Ana Dahl"]
  },
  "negative: a companion's relative clause of another act gives no release": {
    s: "Karl Dahl was seized by the Delta Brigade along with his cousin Ana Dahl, who was injured in the raid.",
    m: ["Karl Dahl", "Delta Brigade:group", "Ana Dahl"],
    rows: ["Delta Brigade -abducted-> Karl Dahl", "Delta Brigade -abducted-> Ana Dahl"]
  }
};

describe("findInteractions: a companion freed in a relative clause was freed by the captors", () => {
  it.each(Object.entries(freedCases))("%s", (_label, c) => check(c));
});
