/**
 * Stage 07 on invented sentences (round 24): a request named with its asker and its addressee is a
 * request (nominal.ts addressedRequest; model interaction-cues.ts ADDRESSED_REQUEST_NOUNS,
 * DENIED_REQUEST_WORDS; argument-words.ts GOVERNING_NOUNS):
 * - "a request from A to B", "the personal request of A to the leadership of B", "A's request to
 *   <titled> B" → A asked B.
 * Negatives: an infinitive after "to" ("a request from A to free B"), a denied request ("no request from
 * A to B"), a place as addressee ("a request from A to Geneva"), "an appeal from A to B" (not this rule's noun).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'a request from A to B' → A asked B": {
    s: "The rescue followed a request from the Water Board to the Coastal Guard.",
    m: ["Water Board:organization", "Coastal Guard:organization"],
    rows: ["Water Board -asked-> Coastal Guard"]
  },
  "positive: 'the personal request of A to the leadership of B' → A asked B": {
    s: "Fishing boats went back to sea following a request of Ana Vidal to the leadership of the Delta Movement.",
    m: ["Ana Vidal", "Delta Movement:group"],
    rows: ["Ana Vidal -asked-> Delta Movement"]
  },
  "positive: 'A's request to <titled> B' → A asked B": {
    s: "Ruritania's request to Bordurian President Kofi Boateng was made in May.",
    m: ["Ruritania:country", "Kofi Boateng"],
    rows: ["Ruritania -asked-> Kofi Boateng"]
  },
  "negative (an infinitive: 'a request from A to free B'): no request to B": {
    s: "The release followed a request from Ana Vidal to free Piet Claes.",
    m: ["Ana Vidal", "Piet Claes"],
    rows: []
  },
  "negative (denied: 'there had been no request from A to B'): nothing": {
    s: "Kofi Boateng said there had been no request from Ana Vidal to the Delta Movement.",
    m: ["Kofi Boateng", "Ana Vidal", "Delta Movement:group"],
    rows: []
  },
  "negative (a place: 'a request from A to Geneva for a venue'): nothing": {
    s: "The federation sent a request from Ana Vidal to Geneva for a venue.",
    m: ["Ana Vidal", "Geneva:place"],
    rows: []
  },
  "negative (another noun: 'an appeal from A to B'): not read here": {
    s: "The strike ended after an appeal from Ana Vidal to the Dockers Union.",
    m: ["Ana Vidal", "Dockers Union:organization"],
    rows: []
  },
  "negative (review 24 F7: a governing denial, 'denied that there had been a request from A to B'): no row": {
    s: "Ruritania denied that there had been a request from Tom Hale to Borduria.",
    m: ["Ruritania:country", "Tom Hale", "Borduria:country"],
    rows: []
  },
  "negative (review 24 F7: 'the request from A to B was fabricated'): no row": {
    s: "The request from Tom Hale to Ann Ward was fabricated, the court heard.",
    m: ["Tom Hale", "Ann Ward"],
    rows: []
  },
  "positive (review 24 F7 right: 'rejected a request from A to B' tells the request made)": {
    s: "Tom Hale rejected a request from Ann Ward to Joe Bell.",
    m: ["Tom Hale", "Ann Ward", "Joe Bell"],
    rows: ["Ann Ward -asked-> Joe Bell"]
  }
};

describe("stage 07 round 24: addressed requests", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
