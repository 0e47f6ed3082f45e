/**
 * Stage 07 on invented sentences (round 18): in a series of "-ed" verbs joined by bare commas
 * ("A landed in X, embraced B, and …") each verb takes the sentence's opening subject, as a verb
 * after ", and" already did (find-interactions.ts parallelOpening):
 * - "A landed in X on Sunday, embraced his wife, B, and …" → A met B;
 * - "The Red Crescent collected the bodies, thanked Kenya, and left" → the Red Crescent thanked Kenya.
 * Negatives: a passive participle after the comma ("…, welcomed by B"), a verb of another form
 * ("A scores, thanked …" is no series), an opening that is no subject ("In X, A …"), a sports
 * report whose series names no one acted on.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A landed in X on Sunday, embraced his wife, B, and … → A met B": {
    s: "Tomas Lindqvist landed in Stockholm on Sunday, embraced his wife, Karin Lindqvist, and thanked the crew.",
    m: ["Tomas Lindqvist", "Stockholm:place", "Karin Lindqvist"],
    rows: ["Tomas Lindqvist -met-> Karin Lindqvist"]
  },
  "The Red Crescent collected the bodies, thanked Kenya, and left → thanked Kenya": {
    s: "The Red Crescent collected the bodies, thanked Kenya, and left before dawn.",
    m: ["Red Crescent:organization", "Kenya:country"],
    rows: ["Red Crescent -thanked-> Kenya"]
  },
  "negative: a passive participle after the comma": {
    s: "Tomas Lindqvist landed in Stockholm, welcomed with flowers by the crew of Nordfisk.",
    m: ["Tomas Lindqvist", "Stockholm:place", "Nordfisk:organization"],
    rows: []
  },
  "negative: a verb of another form is no series": {
    s: "Tomas Lindqvist says he is tired, thanked Kenya's mediators and left.",
    m: ["Tomas Lindqvist", "Kenya:country"],
    rows: []
  },
  "negative: an opening that is no subject": {
    s: "In Stockholm, Tomas Lindqvist's brother waited, hugged Karin Lindqvist, and cried.",
    m: ["Stockholm:place", "Tomas Lindqvist", "Karin Lindqvist"],
    rows: []
  },
  "negative (sport): a match report series names no one acted on": {
    s: "Dario Bellini collected the ball, dribbled past two Benfica defenders, and scored.",
    m: ["Dario Bellini", "Benfica:organization"],
    rows: []
  }
};

describe("round 18: a series of verbs joined by commas", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
