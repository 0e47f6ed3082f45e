/**
 * Stage 07 on invented sentences (round 25): two constructions of a go-between.
 * - "A brought B and C together (for talks)", "A brought together B and C", "B and C were brought together
 *   by A" → A mediated B and C, and B met C; only with a word of talks in the sentence (flag talksCue,
 *   TALKS_CUE_WORDS): a final, a film, a wedding bring people together with no go-between.
 * - "The meeting (itself), between B and C, took place …, with A chairing the session", "B met C, with A
 *   presiding" → A mediated B and C (CHAIRING_PARTICIPLES; the sides are the last meeting or talks pair
 *   before "with"); the definite meeting's "between" aside in commas names its parties (nominal.ts).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A brought B and C together for talks' → A mediated both, B met C": {
    s: "Ghana brought Togo and Benin together for talks in Accra.",
    m: ["Ghana:country", "Togo:country", "Benin:country", "Accra:place"],
    rows: ["Ghana -mediated-> Togo", "Ghana -mediated-> Benin", "Togo -met-> Benin"]
  },
  "positive: 'A brought together B and C for … peace talks' → A mediated both, B met C": {
    s: "Norway brought together the Miners Union and Nordkobber for the first wage talks in years.",
    m: ["Norway:country", "Miners Union:organization", "Nordkobber:organization"],
    rows: ["Norway -mediated-> Miners Union", "Norway -mediated-> Nordkobber", "Miners Union -met-> Nordkobber"]
  },
  "positive: 'B and C were brought together in X by A' (a word of contact) → A mediated both, B met C": {
    s: "The first contact came in May, when Togo and Benin were brought together in Lome by Ghana.",
    m: ["Togo:country", "Benin:country", "Lome:place", "Ghana:country"],
    rows: ["Ghana -mediated-> Togo", "Ghana -mediated-> Benin", "Togo -met-> Benin"]
  },
  "negative (sport: 'the final brought together B and C'): no go-between": {
    s: "Coach Lena Holm said the final brought together Spain and England at Wembley.",
    m: ["Lena Holm", "Spain:country", "England:country", "Wembley:place"],
    rows: []
  },
  "negative (a film: 'A brought B and C together for the film'): no go-between": {
    s: "Director Tom Hale brought Ann Ward and Joe Bell together for the film.",
    m: ["Tom Hale", "Ann Ward", "Joe Bell"],
    rows: []
  },
  "negative (review 25 F13, 'brought B and C together for a peace concert'): no go-between": {
    s: "Ann Vidal brought Tom Hale and Otto Berg together for a peace concert.",
    m: ["Ann Vidal", "Tom Hale", "Otto Berg"],
    rows: []
  },
  "negative (review 25 F13, 'contact sports'): no go-between": {
    s: "Ann Vidal brought together Tom Hale and Otto Berg for a charity match, with contact sports banned.",
    m: ["Ann Vidal", "Tom Hale", "Otto Berg"],
    rows: []
  },
  "positive: 'The talks themselves, between B and C, …, with A chairing them' → A mediated both": {
    s: "The talks themselves, between the Miners Union and Nordkobber, dragged on past midnight, with former minister Anders Lund chairing the talks.",
    m: ["Miners Union:organization", "Nordkobber:organization", "Anders Lund"],
    rows: ["Miners Union -negotiated-> Nordkobber", "Anders Lund -mediated-> Miners Union", "Anders Lund -mediated-> Nordkobber"]
  },
  "positive: 'The summit, between B and C, …' (no intensifier) → B met C": {
    s: "The summit, between Togo and Benin, ended without a joint statement.",
    m: ["Togo:country", "Benin:country"],
    rows: ["Togo -met-> Benin"]
  },
  "positive: 'B met C on Monday, with A presiding' → A mediated both": {
    s: "Union leader Kofi Mensah met Transport Minister Ama Owusu on Monday, with Bishop Yaw Boateng presiding.",
    m: ["Kofi Mensah", "Ama Owusu", "Yaw Boateng"],
    rows: ["Kofi Mensah -met-> Ama Owusu", "Yaw Boateng -mediated-> Kofi Mensah", "Yaw Boateng -mediated-> Ama Owusu"]
  },
  "negative (no meeting: 'B beat C in the final, with A presiding as umpire'): no mediation": {
    s: "Ann Ward beat Joe Bell in the final, with Tom Hale presiding as umpire.",
    m: ["Ann Ward", "Joe Bell", "Tom Hale"],
    rows: []
  },
  "negative (another participle: 'B met C, with A smiling'): no mediation": {
    s: "Tom Hale met Ann Ward, with Joe Bell smiling beside them.",
    m: ["Tom Hale", "Ann Ward", "Joe Bell"],
    rows: ["Tom Hale -met-> Ann Ward"]
  },
  "negative (review 25 F8, a referee: 'France met Italy in the final, with A presiding'): only the match": {
    s: "France met Italy in the final on Sunday, with Tom Hale presiding.",
    m: ["France:country", "Italy:country", "Tom Hale"],
    rows: ["France -met-> Italy"]
  },
  "negative (review 25 F8, a judge: 'B met C in court, with Judge A presiding'): no mediation": {
    s: "Tom Hale met Ann Vidal in court on Monday, with Judge Otto Berg presiding.",
    m: ["Tom Hale", "Ann Vidal", "Otto Berg"],
    rows: ["Tom Hale -met-> Ann Vidal"]
  },
  "negative (review 25 F8, a presenter: 'with A moderating the debate on television'): no mediation": {
    s: "Tom Hale negotiated with Ann Vidal for hours, with Otto Berg moderating the debate on television.",
    m: ["Tom Hale", "Ann Vidal", "Otto Berg"],
    rows: ["Tom Hale -negotiated-> Ann Vidal"]
  },
  "negative (review 25 F8, the participle's own object: 'with A moderating the panel'): no mediation": {
    s: "Tom Hale met Ann Vidal on Monday, with Otto Berg moderating the panel.",
    m: ["Tom Hale", "Ann Vidal", "Otto Berg"],
    rows: ["Tom Hale -met-> Ann Vidal"]
  },
  "negative ('After the meeting, between 20 and 30 people …'): no parties": {
    s: "After the meeting, between 20 and 30 people gathered outside the office of Ann Ward.",
    m: ["Ann Ward"],
    rows: []
  }
};

describe("round 25: brought together, and chairs of meetings", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
