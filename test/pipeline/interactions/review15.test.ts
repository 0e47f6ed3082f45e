/**
 * Review 15 (stage 07): the reviewer's sentences, word for word, with the rows expected.
 * Items 3 (hyphenBroker), 4 (sentOther), 5 (phoneAfter), 7c (openingPatient), 8/8b/8b' (lists
 * after a governing noun or a focus adverb), 8c (familySpeaker), 9 (repeated preposition),
 * 10 (a possessive agent before a kin noun).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const P = ["Karl Dahl", "Ana Vik", "Luis Mora"];
const P2 = ["Karl Dahl", "Ana Vik"];
const cases: Record<string, Case> = {
  "3: welcomed the release … in a Qatar-brokered deal → no mediation of the welcomers": {
    s: "Chile and Peru welcomed the release of Karl Dahl in a Qatar-brokered deal with the Delta Front.",
    m: ["Chile:country", "Peru:country", "Karl Dahl", "Qatar:country", "Delta Front:group"],
    rows: []
  },
  "3: criticised the Qatar-brokered deal → none": {
    s: "Karl Dahl and Ana Vik criticised the Qatar-brokered deal in a joint statement.",
    m: ["Karl Dahl", "Ana Vik", "Qatar:country"],
    rows: []
  },
  "3: praised the Qatar-mediated release → none": {
    s: "Ana Vik and Luis Mora praised the Qatar-mediated release.",
    m: ["Ana Vik", "Luis Mora", "Qatar:country"],
    rows: []
  },
  "3: days before a Qatar-brokered truce collapsed → none": {
    s: "The Delta Front released Karl Dahl on Monday, days before a Qatar-brokered truce collapsed.",
    m: ["Delta Front:group", "Karl Dahl", "Qatar:country"],
    rows: ["Delta Front -released-> Karl Dahl"]
  },
  "4: left the hospital to meet B keeps A": {
    s: "Karl Dahl left the hospital to meet Ana Vik on Monday.",
    m: P2,
    rows: ["Karl Dahl -met-> Ana Vik"]
  },
  "4: took time to thank B keeps A": {
    s: "Karl Dahl took time to thank Ana Vik on Monday.",
    m: P2,
    rows: ["Karl Dahl -thanked-> Ana Vik"]
  },
  "4: got a chance to meet B keeps A": {
    s: "Karl Dahl got a chance to meet Ana Vik on Monday.",
    m: P2,
    rows: ["Karl Dahl -met-> Ana Vik"]
  },
  "5: call words of a later clause with its own subject": {
    s: "Karl Dahl spoke to Ana Vik about the threats she received by phone.",
    m: P2,
    rows: []
  },
  "5: a deal she had made by phone": {
    s: "Ana Vik talked to Karl Dahl about a deal she had made by phone with the Delta Front.",
    m: ["Ana Vik", "Karl Dahl", "Delta Front:group"],
    rows: []
  },
  // Round 31: "A spoke with B" is a meeting by phone or not, so Karl Dahl met Ana Vik in Lima; the telephone of the
  // "where" clause still makes no call of it, and Luis Mora met no one.
  "5: where another was reached by telephone": {
    s: "Karl Dahl spoke with Ana Vik in Lima, where Luis Mora was reached by telephone.",
    m: ["Karl Dahl", "Ana Vik", "Lima:place", "Luis Mora"],
    rows: ["Karl Dahl -met-> Ana Vik"]
  },
  "7c: a possessive opener is no person met": {
    s: "Karl Dahl's wife flew into Lima late on Friday, a week after his release, and was welcomed at the airport by Ana Vik.",
    m: ["Karl Dahl", "Lima:place", "Ana Vik"],
    rows: []
  },
  "8: the Peruvian authorities and the Delta Front freed … → no thanks to the Delta Front": {
    s: "Karl Dahl thanked the Peruvian authorities and the Delta Front freed Ana Vik on Monday.",
    m: ["Karl Dahl", "Peruvian:country", "Delta Front:group", "Ana Vik"],
    rows: ["Karl Dahl -thanked-> Peruvian", "Delta Front -released-> Ana Vik"]
  },
  "8b: the Delta Front leadership and the Red Brigade released … → no thanks to the Red Brigade": {
    s: "Karl Dahl thanked the Delta Front leadership and the Red Brigade released Ana Vik.",
    m: ["Karl Dahl", "Delta Front:group", "Red Brigade:group", "Ana Vik"],
    rows: ["Karl Dahl -thanked-> Delta Front", "Red Brigade -released-> Ana Vik"]
  },
  "8b': and notably Peru stayed away → no thanks to Peru": {
    s: "Karl Dahl thanked Chile, and notably Peru stayed away from the ceremony.",
    m: ["Karl Dahl", "Chile:country", "Peru:country"],
    rows: ["Karl Dahl -thanked-> Chile"]
  },
  "8c: the police chief's 'the relatives' are not his family": {
    s: "Karl Dahl, the police chief, said the relatives were grateful to the Red Cross.",
    m: ["Karl Dahl", "Red Cross:organization"],
    rows: []
  },
  "8c: a minister's 'the families' are not hers": {
    s: "Minister Ana Vik said the families were grateful to Qatar for its help.",
    m: ["Ana Vik", "Qatar:country"],
    rows: []
  },
  "9: 'and with her help' lists no one met": {
    s: "Karl Dahl met with Ana Vik and with her help Luis Mora was freed.",
    m: P,
    rows: ["Karl Dahl -met-> Ana Vik"]
  },
  "10: welcomed by B's wife → B met no one": {
    s: "Ana Vik and two other Delta Front officials were welcomed at the port by Karl Dahl's wife.",
    m: ["Ana Vik", "Delta Front:group", "Karl Dahl"],
    rows: []
  },
  "10: the root case at base": {
    s: "Ana Vik was welcomed at the port by Karl Dahl's wife.",
    m: ["Ana Vik", "Karl Dahl"],
    rows: []
  }
};

describe("review 15: stage 07 mends", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
