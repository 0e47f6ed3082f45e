/**
 * Stage 07, round 31 (subjects and objects): after a short sentence opener, a subject described with a possessive
 * and named in commas acts: "Late on Friday, the hijacker's sister, B, urged C to …" → B called on
 * C; "On Monday, the club's new coach, B, criticised C" (arguments.ts appositionSubjects,
 * namedAfterOpenerDescription). Before, the opener's comma was read as the apposition's start and no one acted.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "Late on Friday, the hijacker's sister, B, urged C to …": {
    s: "Late on Friday, the hijacker's sister, Lena Vos, urged Tomas Berg to give himself up.",
    m: ["Lena Vos", "Tomas Berg"],
    rows: ["Lena Vos -called_on-> Tomas Berg"]
  },
  "On Monday, the club's new coach, B, criticised C": {
    s: "On Monday, the club's new coach, Ada Obi, criticised the Aire Rovers board.",
    m: ["Ada Obi", "Aire Rovers:organization"],
    d: ["Monday"],
    rows: ["Ada Obi -criticized-> Aire Rovers"]
  },
  "In Tana, the strikers' leader, B, met C": {
    s: "In Tana, the strikers' chief negotiator, Mark Hale, met Lena Vos for two hours.",
    m: ["Tana:place", "Mark Hale", "Lena Vos"],
    rows: ["Mark Hale -met-> Lena Vos"]
  },
  "negative: a named subject before the comma (A, the gunman's mother, B, …: no opener)": {
    s: "Tomas Berg, the gunman's brother, Lena Vos, and others had appealed for calm.",
    m: ["Tomas Berg", "Lena Vos"],
    rows: []
  },
  "negative: the apposition names an object before 'and <verb>' (met the gunman's mother, B, and …)": {
    s: "On Monday, police met the gunman's mother, Lena Vos, and criticised Tomas Berg.",
    m: ["Lena Vos", "Tomas Berg"],
    rows: []
  },
  "negative: a future meeting is planned, not done (row kept with its modality)": {
    s: "Later this week, the gunman's mother, Lena Vos, will meet Tomas Berg in Tana.",
    m: ["Lena Vos", "Tomas Berg", "Tana:place"],
    rows: ["Lena Vos -met-> Tomas Berg"],
    modality: "planned"
  }
};

describe("round 31: 'Late on Friday, the hijacker's sister, B, urged C' → B acts", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
