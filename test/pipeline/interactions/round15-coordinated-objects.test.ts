/**
 * Stage 07 on invented sentences (round 15): one row per coordinated object when the list
 * repeats its preposition or a national name carries its governing noun:
 * - "grateful to A and to B", "expressed gratitude to the <Org> and to X and Y" → one thanks each;
 * - "met with A and with B" → one meeting each; "thanked A and particularly B" → both;
 * - "thanked the <Adj> authorities/government and X", "the <Group> leadership, X and Y" → the
 *   country or group the governing noun follows, and X (and Y).
 * Negatives: a "to"/"with" after "and" that is not the list's own preposition lists no one.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "negative: an unnamed speaker grateful to A and to B thanks no one by name": {
    s: "The stranded climbers said they were grateful to Ines Olave and to Piotr Halas for the airlift.",
    m: ["Ines Olave", "Piotr Halas"],
    rows: []
  },
  "X was grateful to A and to B → X thanked each": {
    s: "Marta Kowal was grateful to Ines Olave and to Piotr Halas for the airlift.",
    m: ["Marta Kowal", "Ines Olave", "Piotr Halas"],
    rows: ["Marta Kowal -thanked-> Ines Olave", "Marta Kowal -thanked-> Piotr Halas"]
  },
  "expressed gratitude to the <Org> and to X and Y → three thanks": {
    s: "In a letter the Tarma Miners Union expressed its gratitude to Austria and to the Alpine Rescue Service and Slovenia.",
    m: ["Tarma Miners Union:organization", "Alpine Rescue Service:organization", "Austria:country", "Slovenia:country"],
    rows: ["Tarma Miners Union -thanked-> Alpine Rescue Service", "Tarma Miners Union -thanked-> Austria", "Tarma Miners Union -thanked-> Slovenia"]
  },
  "met with A and with B → met each": {
    s: "In Graz the envoy Marta Kowal met with Ines Olave and with Piotr Halas.",
    m: ["Graz:place", "Marta Kowal", "Ines Olave", "Piotr Halas"],
    rows: ["Marta Kowal -met-> Ines Olave", "Marta Kowal -met-> Piotr Halas"]
  },
  "thanked the <Adj> authorities and X → the adjective's country and X": {
    s: "Over the weekend Baltic Reefer also thanked the Austrian authorities and Slovenia.",
    m: ["Baltic Reefer:organization", "Austrian:country", "Slovenia:country"],
    rows: ["Baltic Reefer -thanked-> Austrian", "Baltic Reefer -thanked-> Slovenia"]
  },
  "thanked the <Adj> government, X and Y → three thanks": {
    s: "Marta Kowal thanked the Slovenian government, Austria and Croatia after the floods.",
    m: ["Marta Kowal", "Slovenian:country", "Austria:country", "Croatia:country"],
    rows: ["Marta Kowal -thanked-> Slovenian", "Marta Kowal -thanked-> Austria", "Marta Kowal -thanked-> Croatia"]
  },
  "thanked the <Group> leadership, X and Y → the group, X and Y": {
    s: "Piotr Halas thanked the Mountain Brigade leadership, Austria and Croatia for the safe corridor.",
    m: ["Piotr Halas", "Mountain Brigade:group", "Austria:country", "Croatia:country"],
    rows: ["Piotr Halas -thanked-> Mountain Brigade", "Piotr Halas -thanked-> Austria", "Piotr Halas -thanked-> Croatia"]
  },
  "negative: a person's leadership is no governing noun": {
    s: "Piotr Halas praised the leadership of Ines Olave and thanked Austria.",
    m: ["Piotr Halas", "Ines Olave", "Austria:country"],
    rows: ["Piotr Halas -thanked-> Austria"]
  },
  "thanked A and especially B → thanked each": {
    s: "Marta Kowal thanked the Alpine Rescue Service and particularly Slovenia for the airlift.",
    m: ["Marta Kowal", "Alpine Rescue Service:organization", "Slovenia:country"],
    rows: ["Marta Kowal -thanked-> Alpine Rescue Service", "Marta Kowal -thanked-> Slovenia"]
  },
  "negative: another adverb opens a clause, no object": {
    s: "Marta Kowal thanked Slovenia and reportedly Ines Olave stayed away.",
    m: ["Marta Kowal", "Slovenia:country", "Ines Olave"],
    rows: ["Marta Kowal -thanked-> Slovenia"]
  },
  "negative: 'and with' after a direct object opens another phrase": {
    s: "Marta Kowal thanked Ines Olave and with Piotr Halas flew back to Graz.",
    m: ["Marta Kowal", "Ines Olave", "Piotr Halas", "Graz:place"],
    rows: ["Marta Kowal -thanked-> Ines Olave"]
  },
  "negative: 'and to' after a 'with' list is no conjunct": {
    s: "Marta Kowal met with Ines Olave and to Piotr Halas sent a letter.",
    m: ["Marta Kowal", "Ines Olave", "Piotr Halas"],
    rows: ["Marta Kowal -met-> Ines Olave"]
  }
};

describe("round 15: coordinated objects", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
