/**
 * Review of the round-9 stage 07 rules: invented sentences where a new rule must NOT fire (each
 * failed before its mend), next to one case per rule it must still find.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "'was later flown to X' is carried, no visit (an adverb before the participle)": {
    s: "Diego Lopez was later flown to Lima.",
    m: ["Diego Lopez", "Lima:place"],
    rows: []
  },
  "'who was immediately flown to X' is carried, no visit": {
    s: "The Jade Column freed Diego Lopez, who was immediately flown to Lima.",
    m: ["Jade Column:group", "Diego Lopez", "Lima:place"],
    rows: ["Jade Column -released-> Diego Lopez"]
  },
  "still: 'A had twice flown to X' is a trip of A's own": {
    s: "Ana Souza had twice flown to Lima to plead for her son.",
    m: ["Ana Souza", "Lima:place"],
    rows: ["Ana Souza -visited-> Lima"]
  },
  "'B, the only hostage not freed by X' is no release": {
    s: "Ana Souza, the only hostage not freed by the Jade Column, remains in the jungle.",
    m: ["Ana Souza", "Jade Column:group"],
    rows: []
  },
  "'B, the nurse never freed by X' is no release": {
    s: "Ana Souza, the nurse never freed by the Jade Column, died in 2021.",
    m: ["Ana Souza", "Jade Column:group"],
    rows: []
  },
  "a count freed by X that 'told reporters:' names no captives after the colon": {
    s: "Two soldiers freed by the Jade Column told reporters: Ana Souza and Diego Lopez saved us.",
    m: ["Jade Column:group", "Ana Souza", "Diego Lopez"],
    rows: []
  },
  "a count freed by X that 'thanked the mediators:' names the mediators": {
    s: "Three hostages freed by the Jade Column on Sunday thanked the mediators: Ana Souza, Diego Lopez and Marta Ruiz.",
    m: ["Jade Column:group", "Ana Souza", "Diego Lopez", "Marta Ruiz"],
    rows: []
  },
  "still: 'three hostages freed by X on Sunday: B, C and D'": {
    s: "Three hostages freed by the Jade Column on Sunday: Ana Souza, Diego Lopez and Marta Ruiz.",
    m: ["Jade Column:group", "Ana Souza", "Diego Lopez", "Marta Ruiz"],
    rows: ["Jade Column -released-> Ana Souza", "Jade Column -released-> Diego Lopez", "Jade Column -released-> Marta Ruiz"]
  },
  "'freed B and the following week C flew home': a time, not a relation, before C": {
    s: "The Jade Column freed Ana Souza and the following week Diego Lopez flew home.",
    m: ["Jade Column:group", "Ana Souza", "Diego Lopez"],
    rows: ["Jade Column -released-> Ana Souza"]
  },
  "still: 'freed B and her husband C'": {
    s: "The Jade Column freed Ana Souza and her husband Diego Lopez.",
    m: ["Jade Column:group", "Ana Souza", "Diego Lopez"],
    rows: ["Jade Column -released-> Ana Souza", "Jade Column -released-> Diego Lopez"]
  },
  "'A visited X after her son B refused to meet C': B, not A, would meet C": {
    s: "Ana Souza visited Lima after her son Diego Lopez refused to meet Marta Ruiz.",
    m: ["Ana Souza", "Lima:place", "Diego Lopez", "Marta Ruiz"],
    rows: ["Ana Souza -visited-> Lima", "Diego Lopez -met-> Marta Ruiz"]
  },
  "'A visited the clinic where doctors had hoped to thank B': the doctors' thanks": {
    s: "Ana Souza visited the clinic where doctors had hoped to thank Diego Lopez.",
    m: ["Ana Souza", "Diego Lopez"],
    rows: []
  },
  "still: 'A flew to X the day before the talks to meet the mayor, B'": {
    s: "Ana Souza flew to Lima the day before the talks to meet the mayor, Diego Lopez.",
    m: ["Ana Souza", "Lima:place", "Diego Lopez"],
    rows: ["Ana Souza -visited-> Lima", "Ana Souza -met-> Diego Lopez"]
  },
  "'B, who heads the EU mission to X' holds a post, no trip": {
    s: "Diego Lopez, who heads the EU mission to Ukraine, met Ana Souza.",
    m: ["Diego Lopez", "EU:organization", "Ukraine:country", "Ana Souza"],
    rows: ["Diego Lopez -met-> Ana Souza"]
  },
  "'A met B and requested the files from C': C, not B, is asked": {
    s: "Marta Ruiz met Ana Souza in Lima and requested the files from Diego Lopez.",
    m: ["Marta Ruiz", "Ana Souza", "Lima:place", "Diego Lopez"],
    rows: ["Marta Ruiz -met-> Ana Souza"]
  },
  "still: 'A met B and requested the return of the boats' asks B": {
    s: "Marta Ruiz met Ana Souza in Lima and requested the return of the boats.",
    m: ["Marta Ruiz", "Ana Souza", "Lima:place"],
    rows: ["Marta Ruiz -met-> Ana Souza", "Marta Ruiz -asked-> Ana Souza"]
  },
  "'A and the pilot B wrote a letter, which was received by C': C met neither": {
    s: "Ana Souza and the pilot Diego Lopez wrote a letter, which was received by Marta Ruiz.",
    m: ["Ana Souza", "Diego Lopez", "Marta Ruiz"],
    rows: []
  },
  "still: 'A was among the hostages that were freed by X' (people at the head of 'that')": {
    s: "Ana Souza was among the hostages that were freed by the Jade Column.",
    m: ["Ana Souza", "Jade Column:group"],
    rows: ["Jade Column -released-> Ana Souza"]
  },
  "still: 'A and her son B were received by C'": {
    s: "Ana Souza and her son Diego Lopez were received by Pope Pablo Leon.",
    m: ["Ana Souza", "Diego Lopez", "Pablo Leon"],
    rows: ["Pablo Leon -met-> Ana Souza", "Pablo Leon -met-> Diego Lopez"]
  },
  "still: 'the Front said A had asked the group to spare B'": {
    s: "The Jade Column said Ana Souza had asked the group to spare Diego Lopez.",
    m: ["Jade Column:group", "Ana Souza", "Diego Lopez"],
    rows: ["Ana Souza -asked-> Jade Column"]
  }
};

/** A case whose two persons are the writer "Marta Ruiz" and the one thanked, "Diego Lopez". */
function quoted(s: string, rows: string[]): Case {
  return {s, m: ["Marta Ruiz", "Diego Lopez"], rows};
}

const quoteCases: Record<string, Case> = {
  "'A posted her son's message: \"I thank B\"' is the son's thanks": quoted("Marta Ruiz posted her son's message: \"I thank Diego Lopez for everything.\"", []),
  "'A posted a message from her son: \"I thank B\"' is the son's thanks": quoted("Marta Ruiz posted a message from her son: \"I thank Diego Lopez.\"", []),
  "a quotation inside A's quotation is another speaker's": quoted("Marta Ruiz said: \"Ana told me, 'I thank Diego Lopez.'\"", []),
  "still: 'A wrote to her son: \"I thank B\"' is A's": quoted("Marta Ruiz wrote to her son: \"I thank Diego Lopez.\"", ["Marta Ruiz -thanked-> Diego Lopez"])
};

describe("findInteractions: round-9 rules do not fire on look-alikes", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});

describe("findInteractions: a first-person quotation is its writer's only", () => {
  it.each(Object.entries(quoteCases))("%s", (_label, c) => check(c));
});
