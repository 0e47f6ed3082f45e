/**
 * Stage 07, round 32 (objects): an object list that opens with an unnamed thing, then names people, gives a row for
 * each person: "Gunmen seized the truck, its driver, B, 40, and the nurses C and D" → B, C and D (the truck gives
 * no row) (arguments.ts objectsAfter → peopleAfterThing); and a person named in apposition to a described object
 * goes on to the people listed after it: "seized its driver, B, and the nurse C" → B and C (titleApposition →
 * listedAfterApposed). Before, the thing's comma ended the object search, and the apposed name ended the list.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "seized the truck, its driver, B, 40, and the nurses C and D": {
    s: "The Red Hand seized the truck, its driver, Joao Silva, 40, and the nurses Ana Lopes and Rita Cruz, police said.",
    m: ["Red Hand:group", "Joao Silva", "Ana Lopes", "Rita Cruz"],
    rows: ["Red Hand -abducted-> Ana Lopes", "Red Hand -abducted-> Joao Silva", "Red Hand -abducted-> Rita Cruz"]
  },
  "seized the ferry, B and C": {
    s: "The Red Hand seized the ferry, Joao Silva and Ana Lopes on the river.",
    m: ["Red Hand:group", "Joao Silva", "Ana Lopes"],
    rows: ["Red Hand -abducted-> Ana Lopes", "Red Hand -abducted-> Joao Silva"]
  },
  "freed its driver, B, and the nurse C": {
    s: "The Eastern Front freed its driver, Joao Silva, and the nurse Ana Lopes on Sunday.",
    m: ["Eastern Front:group", "Joao Silva", "Ana Lopes"],
    d: ["Sunday"],
    rows: ["Eastern Front -released-> Ana Lopes", "Eastern Front -released-> Joao Silva"]
  },
  "thanked the club's physio, B, and the coach C": {
    s: "Pia Lund thanked the club's physio, Jonas Eke, and the coach Mark Hale for their work.",
    m: ["Pia Lund", "Jonas Eke", "Mark Hale"],
    rows: ["Pia Lund -thanked-> Jonas Eke", "Pia Lund -thanked-> Mark Hale"]
  },
  "negative: a speech tag after the thing names no object": {
    s: "The Red Hand seized the truck, Joao Silva said.",
    m: ["Red Hand:group", "Joao Silva"],
    rows: []
  },
  "negative: the apposed name heads a verb of its own ('…, its driver, B, told police')": {
    s: "The Red Hand seized the truck, its driver, Joao Silva, told police.",
    m: ["Red Hand:group", "Joao Silva"],
    rows: []
  },
  "negative: a name after 'and' that speaks is no listed object": {
    s: "Ana Lopes met the mediator, Joao Silva, and Rita Cruz said the talks went well.",
    m: ["Ana Lopes", "Joao Silva", "Rita Cruz"],
    rows: ["Ana Lopes -met-> Joao Silva"]
  }
};

describe("round 32: 'seized the truck, its driver, B, and the nurses C and D' → B, C, D", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
