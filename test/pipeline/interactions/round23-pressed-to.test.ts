/**
 * Stage 07 on invented sentences (round 23): "pressed B to <verb>" puts a request to B (the
 * held-out sets' reading), so asked (find-interactions.ts, model interaction-cues.ts
 * PRESSED_REQUEST_VERBS):
 * - "A has pressed B to free the miners" → A asked B.
 * Negatives: "pressed B on the miners' pay" (no act asked) and the ongoing "are pressing B to …"
 * stay called_on. Review 23 F1: only a release/help infinitive after "to" (PRESSED_REQUEST_INFINITIVES)
 * makes the request; "to the limit / a fifth set / her chest / the ground / the brink" and policy
 * pressure ("to end the war", "to cut rates") stay called_on.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "negative (review 23 F1, goal, not an infinitive: 'pressed B to the limit'): stays called_on": {
    s: "Rafael Nadal pressed Roger Federer to the limit in a five-set final.",
    m: ["Rafael Nadal", "Roger Federer"],
    rows: ["Rafael Nadal -called_on-> Roger Federer"]
  },
  "negative (review 23 F1, goal: 'pressed B to a fifth set'): stays called_on": {
    s: "Carlos Alcaraz pressed Jannik Sinner to a fifth set before losing.",
    m: ["Carlos Alcaraz", "Jannik Sinner"],
    rows: ["Carlos Alcaraz -called_on-> Jannik Sinner"]
  },
  "negative (review 23 F1, goal: 'pressed B to her chest'): stays called_on": {
    s: "Maria Lopez pressed her son Tomas Lopez to her chest as the rescuers arrived.",
    m: ["Maria Lopez", "Tomas Lopez"],
    rows: ["Maria Lopez -called_on-> Tomas Lopez"]
  },
  "negative (review 23 F1, goal: 'pressed B to the ground'): stays called_on": {
    s: "Officer Dan Kerr pressed Ahmed Saleh to the ground and handcuffed him.",
    m: ["Dan Kerr", "Ahmed Saleh"],
    rows: ["Dan Kerr -called_on-> Ahmed Saleh"]
  },
  "negative (review 23 F1, goal: 'pressed B to the brink of a deal'): stays called_on": {
    s: "The European Union pressed Serbia to the brink of a deal.",
    m: ["European Union:organization", "Serbia:country"],
    rows: ["European Union -called_on-> Serbia"]
  },
  "negative (review 23 F1, policy pressure: 'pressed B to end the war'): stays called_on": {
    s: "Donald Trump pressed Benjamin Netanyahu to end the war.",
    m: ["Donald Trump", "Benjamin Netanyahu"],
    rows: ["Donald Trump -called_on-> Benjamin Netanyahu"]
  },
  "negative (review 23 F1, policy pressure: 'presses B to cut rates'): stays called_on": {
    s: "Senator Ann Ward presses Jerome Powell to cut rates.",
    m: ["Ann Ward", "Jerome Powell"],
    rows: ["Ann Ward -called_on-> Jerome Powell"]
  },
  "A has pressed B to free the miners → A asked B": {
    s: "Union envoy Kofi Mensah has pressed the Delta Front to free the miners.",
    m: ["Kofi Mensah", "Delta Front:group"],
    rows: ["Kofi Mensah -asked-> Delta Front"]
  },
  "negative (no act): A pressed B on X → called_on": {
    s: "Kofi Mensah pressed the Delta Front on the miners' pay.",
    m: ["Kofi Mensah", "Delta Front:group"],
    rows: ["Kofi Mensah -called_on-> Delta Front"]
  },
  "negative (ongoing): A and C are pressing B to free the miners → called_on": {
    s: "Ghana and Togo are pressing the Delta Front to free the miners.",
    m: ["Ghana:country", "Togo:country", "Delta Front:group"],
    rows: ["Ghana -called_on-> Delta Front", "Togo -called_on-> Delta Front"]
  }
};

describe("stage 07 (round 23): pressed B to V", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
