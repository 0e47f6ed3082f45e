/**
 * Stage 07 on invented sentences (mend of review 28a): near misses of round 28's subject-and-object rules, each
 * a negative (or a kept right row) for the narrowing of one finding.
 * - F1: a free participle's main-clause subject is no possessive owner ("B's lawyer spoke briefly, accusing C").
 * - F2: "…, condemning B to <fate>" (a sports idiom) is no criticism.
 * - F3: "his/her counterpart" is only a partner named after the subject with "with / met / received", and "her"
 *   is no man's.
 * - F4: "he/she" after ":"/";" is the clause's subject only (not "A's father", "a friend of A", an object).
 * - F6: a time opener before "he/she" must end right before the pronoun ("and on Friday the party he founded …").
 * - F9: a name after "the <noun> and" is no second object when an aside, an "of" phrase or a phrase with a
 *   verb leads on to its own verb ("criticised the ruling and B, who chairs …, said …").
 * - F14: the "noun heads its phrase" check of interactions/criticism.ts applies only to a governing body
 *   (model argument-words.ts GOVERNING_POSSESSIONS); "B's decision not to …", "B's remarks last week" stay criticism.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "F1 negative: B's wife spoke briefly, thanking C (the wife thanks)": {
    s: "Ivo Brenner's wife spoke briefly outside the court, thanking Clara Moss.",
    m: ["Ivo Brenner", "Clara Moss"],
    rows: []
  },
  "F1 negative: B's lawyer filed an appeal, accusing C (the lawyer accuses)": {
    s: "Ivo Brenner's lawyer filed an appeal, accusing Judge Clara Moss of bias.",
    m: ["Ivo Brenner", "Clara Moss"],
    rows: []
  },
  "F1 negative: B's supporters gathered, calling on C to resign": {
    s: "Ivo Brenner's supporters gathered outside parliament, calling on Clara Moss to resign.",
    m: ["Ivo Brenner", "Clara Moss"],
    rows: []
  },
  "F2 negative: scored late, condemning B to defeat": {
    s: "Norway scored late, condemning Denmark to a third straight defeat.",
    m: ["Norway:country", "Denmark:country"],
    rows: []
  },
  "F3 negative: B said A had thanked his counterpart (the speaker)": {
    s: "Vera Holm said Oskar Lunde had thanked his Danish counterpart.",
    m: ["Vera Holm", "Oskar Lunde"],
    rows: []
  },
  "F3 negative: A, who replaced B, thanked his counterpart (the predecessor)": {
    s: "Oskar Lunde, who replaced Vera Holm as minister, thanked his Dutch counterpart.",
    m: ["Oskar Lunde", "Vera Holm"],
    rows: []
  },
  "F3 negative: according to B, A thanked his counterpart (the source)": {
    s: "According to Vera Holm, Oskar Lunde thanked his counterpart for the help.",
    m: ["Vera Holm", "Oskar Lunde"],
    rows: []
  },
  "F3 negative: A praised B before the final and thanked his counterpart": {
    s: "Goalkeeper Oskar Lunde praised Vera Holm before the final and thanked his counterpart.",
    m: ["Oskar Lunde", "Vera Holm"],
    rows: []
  },
  "F3 negative: man A received B and criticised her counterpart": {
    s: "Karl Lunde received Vera Holm in Oslo and criticised her counterpart.",
    m: ["Karl Lunde", "Vera Holm"],
    rows: ["Karl Lunde -met-> Vera Holm"]
  },
  "F4 negative: A's father spoke …; he thanked B (the father)": {
    s: "Karl Lunde's father spoke to reporters; he thanked Vera Holm.",
    m: ["Karl Lunde", "Vera Holm"],
    rows: []
  },
  "F4 negative: The defendant, a friend of A, was calm: he thanked B": {
    s: "The defendant, a friend of Karl Lunde, was calm: he thanked Vera Holm.",
    m: ["Karl Lunde", "Vera Holm"],
    rows: []
  },
  "F4 negative: The verdict shocked A: she accused B (object, other sex)": {
    s: "The verdict shocked Karl Lunde: she accused Vera Holm of bias.",
    m: ["Karl Lunde", "Vera Holm"],
    rows: []
  },
  "F6 negative: and on Friday the party he founded criticised B": {
    s: "Karl Lunde lost the vote, and on Friday the party he founded criticised Vera Holm.",
    m: ["Karl Lunde", "Vera Holm"],
    rows: []
  },
  "F6 negative: and at the airport the officials he appointed thanked B": {
    s: "Karl Lunde arrived in Oslo, and at the airport the officials he appointed thanked Vera Holm.",
    m: ["Karl Lunde", "Oslo:place", "Vera Holm"],
    rows: ["Karl Lunde -visited-> Oslo"]
  },
  "F9 negative: criticised the ruling and B, who chairs the committee, said …": {
    s: "Karl Lunde criticised the ruling and Vera Holm, who chairs the committee, said she would appeal.",
    m: ["Karl Lunde", "Vera Holm"],
    rows: []
  },
  "F9 negative: criticised the decision and B, the party chair, defended it": {
    s: "Karl Lunde criticised the decision and Vera Holm, the party chair, defended it.",
    m: ["Karl Lunde", "Vera Holm"],
    rows: []
  },
  "F9 negative: criticised the decision and B of the Greens said …": {
    s: "Karl Lunde criticised the decision and Vera Holm of the Greens said it was illegal.",
    m: ["Karl Lunde", "Vera Holm"],
    rows: []
  },
  "F9 negative: welcomed the decision and B in a statement hailed the court": {
    s: "Karl Lunde welcomed the decision and Vera Holm in a statement hailed the court.",
    m: ["Karl Lunde", "Vera Holm"],
    rows: []
  },
  "F9 kept: thanked the firefighters and Governor B, who visited the site on Monday": {
    s: "Karl Lunde thanked the firefighters and Governor Vera Holm, who visited the site on Monday.",
    m: ["Karl Lunde", "Vera Holm"],
    rows: ["Karl Lunde -thanked-> Vera Holm"]
  },
  "F14: criticised B's decision not to attend → criticised B": {
    s: "Senator Oskar Lunde criticised Vera Holm's decision not to attend the climate summit.",
    m: ["Oskar Lunde", "Vera Holm"],
    rows: ["Oskar Lunde -criticized-> Vera Holm"]
  },
  "F14: criticised B's remarks last week → criticised B": {
    s: "Oskar Lunde criticised Vera Holm's remarks last week.",
    m: ["Oskar Lunde", "Vera Holm"],
    rows: ["Oskar Lunde -criticized-> Vera Holm"]
  },
  "F14: condemned B's silence amid the crisis → criticised B": {
    s: "Oskar Lunde condemned Vera Holm's silence amid the fuel crisis.",
    m: ["Oskar Lunde", "Vera Holm"],
    rows: ["Oskar Lunde -criticized-> Vera Holm"]
  },
  "F14 negative: accused B's government minister (someone else)": {
    s: "Oskar Lunde accused Vera Holm's government minister of lying.",
    m: ["Oskar Lunde", "Vera Holm"],
    rows: []
  }
};

describe("mend 28 args: near misses of round 28's subject-and-object rules", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
