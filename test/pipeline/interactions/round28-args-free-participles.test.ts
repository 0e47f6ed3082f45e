/**
 * Stage 07 on invented sentences (round 28): a participle after a comma with no verb of the stage
 * before it hangs on the main clause, whose named subject is the participle's subject: "A took a
 * harder line, condemning B", "The X union hit out on Friday, accusing B of …"
 * (find-interactions.ts mainClauseSubjects, after participleSubjects found no earlier verb).
 * Negatives: a name after a verb is its object, no subject ("Rebels attacked X overnight, killing
 * B"), a clause inside the predicate ("A said the gunmen fled, taking B"), a preposition after the
 * name ("The storm hit X on Monday, killing B"), and acts other than speech and meetings
 * (FREE_PARTICIPLE_TYPES: "could not decide, going back and forth between B and C" mediates nothing).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A resigned from the committee on Monday, condemning B for …' → A criticized B": {
    s: "Senator Ana Ruiz resigned from the committee on Monday, condemning Governor Paul Mendes for the delays.",
    m: ["Ana Ruiz", "Paul Mendes"],
    rows: ["Ana Ruiz -criticized-> Paul Mendes"]
  },
  "positive: 'X's minister, A, went further, accusing B of …' → A criticized B": {
    s: "Peru's sports minister, Rosa Lagos, went further, accusing the Tarma Rowing Club of hiding the results.",
    m: ["Peru:country", "Rosa Lagos", "Tarma Rowing Club:organization"],
    rows: ["Rosa Lagos -criticized-> Tarma Rowing Club"]
  },
  "positive: 'The X union hit out on Friday, accusing B of lying' → the union criticized B": {
    s: "The Dockers Union struck a defiant note on Friday, accusing Mayor Daniel Ortiz of lying.",
    m: ["Dockers Union:organization", "Daniel Ortiz"],
    rows: ["Dockers Union -criticized-> Daniel Ortiz"]
  },
  "positive: 'A returned to X on Sunday, thanking B for …' → A thanked B": {
    s: "Omar Saleh, the freed engineer, arrived home late on Sunday, thanking the Tarma Relief Society for its help.",
    m: ["Omar Saleh", "Tarma Relief Society:organization"],
    rows: ["Omar Saleh -thanked-> Tarma Relief Society"]
  },
  "negative (a name after a verb is its object): 'Rebels attacked X overnight, killing B' → no row for X": {
    s: "Rebels shelled Tarma overnight, killing Paul Mendes.",
    m: ["Tarma:organization", "Paul Mendes"],
    rows: []
  },
  "negative (a clause inside): 'A said the gunmen fled on foot, taking B with them' → no row": {
    s: "Mayor Ana Ruiz said the gunmen fled on foot, taking Paul Mendes with them.",
    m: ["Ana Ruiz", "Paul Mendes"],
    rows: []
  },
  "negative (no act of speech or meeting): 'A could not decide, going back and forth between B and C as captain' → no row": {
    s: "Coach Ana Ruiz could not decide for weeks, going back and forth between Paul Mendes and Lena Brandt as captain.",
    m: ["Ana Ruiz", "Paul Mendes", "Lena Brandt"],
    rows: []
  },
  "negative (a preposition after the name): 'The storm hit X on Monday, killing B' → no row": {
    s: "The storm struck Tarma on Monday, killing Paul Mendes.",
    m: ["Tarma:organization", "Paul Mendes"],
    rows: []
  }
};

describe("round 28: a free participle takes the main clause's named subject", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
