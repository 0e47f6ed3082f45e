/**
 * Stage 07, round 31 (subjects and objects): a count or plural object whose member is described, then named in
 * commas after "including": "released three passengers, including a retired teacher, B, on Tuesday" → released B; "met the
 * strikers, including their leader, B" → met B (find-interactions.ts namedMembers, describedMember). Before, the
 * comma after the description ended the search.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A released three passengers, including a retired teacher, B, on Tuesday": {
    s: "The Red Hand released three passengers, including a retired teacher, Lena Vos, on Tuesday.",
    m: ["Red Hand:group", "Lena Vos"],
    rows: ["Red Hand -released-> Lena Vos"]
  },
  "A released two more passengers, including a flight attendant, B, late on Tuesday, demanding …": {
    s: "The hijacker, Tomas Berg, released two more passengers, including a flight attendant, Lena Vos, late on Tuesday, demanding fuel.",
    m: ["Tomas Berg", "Lena Vos"],
    rows: ["Tomas Berg -released-> Lena Vos"]
  },
  "A freed four hostages, including a cook, B.": {
    s: "The Red Hand freed four hostages, including a ferry cook, Mark Hale.",
    m: ["Red Hand:group", "Mark Hale"],
    rows: ["Red Hand -released-> Mark Hale"]
  },
  "A met the strikers, including their leader, B": {
    s: "Tomas Berg met the striking dockers, including their leader, Lena Vos, on Monday.",
    m: ["Tomas Berg", "Lena Vos"],
    rows: ["Tomas Berg -met-> Lena Vos"]
  },
  "negative: a speech tag, including a cook, B said (B speaks)": {
    s: "Tomas Berg freed four hostages, including a cook, Lena Vos said.",
    m: ["Tomas Berg", "Lena Vos"],
    rows: []
  },
  "negative: a place inside the description (a cook from the port of X, B)": {
    s: "Tomas Berg freed four hostages, including a cook from the port of Tana, Lena Vos.",
    m: ["Tomas Berg", "Tana:place", "Lena Vos"],
    rows: []
  },
  "negative: a game, beat four rivals, including a cook, B (no verb of the stage)": {
    s: "Tomas Berg beat four rivals, including a cook, Lena Vos, in the final.",
    m: ["Tomas Berg", "Lena Vos"],
    rows: []
  },
  "negation: did not free the others, including a cook, B (the row is hypothetical)": {
    s: "Tomas Berg did not free the others, including a cook, Lena Vos, on Monday.",
    m: ["Tomas Berg", "Lena Vos"],
    rows: ["Tomas Berg -released-> Lena Vos"],
    modality: "hypothetical"
  }
};

describe("round 31: 'released three passengers, including a retired teacher, B' → released B", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
