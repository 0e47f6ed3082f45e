/**
 * Stage 07 on invented sentences (round 24): a captive's state told with its holder is a hold
 * (detention.ts holdState; model interaction-detention.ts CAPTIVITY_NOUNS, HANDS_NOUN,
 * CAPTIVE_OF_NOUNS, HOLD_STATE_VERBS, HOLD_STATE_ADVERBS):
 * - "B remains in A captivity", "B is still in the hands of A", "B has been in the custody of A",
 *   "B remains a prisoner of A" → A held B.
 * Negatives: negation ("is no longer in"), a possessed subject ("B's fate is in the hands of A"),
 * no person subject ("the title is in the hands of A"), a person as holder ("in the custody of B,
 * her mother"), a phrase that is no complement of a state verb ("after 200 days in A captivity",
 * "freed from A captivity").
 * Review 24 F1 negatives: a holder that modifies another noun ("Chelsea's medical staff", "Ruritanian
 * doctors"), "in the hands of" an organisation without an abduction word (jury, court, club, IMF), an
 * organisation's custody without an arrest word or a detaining name (child services, UNICEF, a court).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'B, <age>, remains in A captivity' → A held B": {
    s: "Two years after the raid on the mine, the geologist Tomas Berg remains in Lakeside Brigade captivity.",
    m: ["Tomas Berg", "Lakeside Brigade:group"],
    rows: ["Lakeside Brigade -held-> Tomas Berg"]
  },
  "positive: 'B, who …, is still in the hands of A' → A held B": {
    s: "The surveyor Tomas Berg is still in the hands of the Delta Movement, which stopped his convoy near Orvik in June.",
    m: ["Tomas Berg", "Orvik:place", "Delta Movement:group"],
    rows: ["Delta Movement -held-> Tomas Berg"]
  },
  "positive: 'B remains a prisoner of A, <speaker> said' → A held B": {
    s: "The trawler skipper Ivo Maric is still a prisoner of Serbia after the border incident.",
    m: ["Ivo Maric", "Serbia:country"],
    rows: ["Serbia -held-> Ivo Maric"]
  },
  "positive: 'B has been in the custody of A since May' → A held B": {
    s: "The pilot Ana Vidal has been in the custody of the Coastal Front since May.",
    m: ["Ana Vidal", "Coastal Front:group"],
    rows: ["Coastal Front -held-> Ana Vidal"]
  },
  "negative (negation: 'is no longer in A captivity'): no hold": {
    s: "Tomas Berg is no longer in Lakeside Brigade captivity.",
    m: ["Tomas Berg", "Lakeside Brigade:group"],
    rows: []
  },
  "negative (sport, possessed subject: 'B's fate is in the hands of A'): no hold": {
    s: "Marco Rossi's fate is in the hands of the Italian Football Federation.",
    m: ["Marco Rossi", "Italian Football Federation:organization"],
    rows: []
  },
  "negative (sport, no person subject: 'the title is in the hands of A'): no hold": {
    s: "With two games left, the title is in the hands of Ajax.",
    m: ["Ajax:organization"],
    rows: []
  },
  "negative (family law, a person holder: 'in the custody of B, her mother'): no hold": {
    s: "The girl, Lena Roth, is in the custody of Greta Roth, her mother.",
    m: ["Lena Roth", "Greta Roth"],
    rows: []
  },
  "negative (a time span, no state verb: 'was back in X after N days in A captivity'): no hold": {
    s: "Tomas Berg was back in Orvik after 200 days in Lakeside Brigade captivity.",
    m: ["Tomas Berg", "Orvik:place", "Lakeside Brigade:group"],
    rows: []
  },
  "negative (idiom: 'B is a prisoner of his own past'): no hold": {
    s: "Tomas Berg is a prisoner of his own past, the Lakeside Brigade's founder wrote.",
    m: ["Tomas Berg", "Lakeside Brigade:group"],
    rows: []
  },
  "negative (review 24 F1 (jury: 'in the hands of the jury')): no hold": {
    s: "Tom Hale is in the hands of the jury now.",
    m: ["Tom Hale", "the jury:organization"],
    rows: []
  },
  "negative (review 24 F1 (court: 'in the hands of the Supreme Court, which …')): no hold": {
    s: "Tom Hale is now in the hands of the Supreme Court, which will decide his appeal.",
    m: ["Tom Hale", "the Supreme Court:organization"],
    rows: []
  },
  "negative (review 24 F1 (possessor holder: 'Chelsea's medical staff')): no hold": {
    s: "Tom Hale is in the hands of Chelsea's medical staff after the injury.",
    m: ["Tom Hale", "Chelsea:organization"],
    rows: []
  },
  "negative (review 24 F1 (club: 'in the hands of Real Madrid, who signed him')): no hold": {
    s: "Tom Hale is now in the hands of Real Madrid, who signed him on Friday.",
    m: ["Tom Hale", "Real Madrid:organization"],
    rows: []
  },
  "negative (review 24 F1 (adjective holder: 'Ruritanian doctors')): no hold": {
    s: "Tom Hale, a former captive of the Red Brigade, is in the hands of Ruritanian doctors.",
    m: ["Tom Hale", "the Red Brigade:group", "Ruritanian:country"],
    rows: []
  },
  "negative (review 24 F1 (charity after release: 'in the hands of the Red Cross')): no hold": {
    s: "Tom Hale stayed in the hands of the Red Cross after he was freed by the Red Brigade.",
    m: ["Tom Hale", "the Red Cross:organization", "the Red Brigade:group"],
    rows: ["the Red Brigade -released-> Tom Hale"]
  },
  "negative (review 24 F1 (possessor holder: 'a prisoner of Ruritania's tax code')): no hold": {
    s: "Tom Hale remains a prisoner of Ruritania's tax code, his lawyer said.",
    m: ["Tom Hale", "Ruritania:country"],
    rows: []
  },
  "negative (review 24 F1 (child custody: 'the Department of Social Services')): no hold": {
    s: "Tom Hale was in the custody of the Department of Social Services as a child.",
    m: ["Tom Hale", "the Department of Social Services:organization"],
    rows: []
  },
  "negative (review 24 F1 (aid agency: 'in the custody of UNICEF')): no hold": {
    s: "Tom Hale is in the custody of UNICEF after the earthquake.",
    m: ["Tom Hale", "UNICEF:organization"],
    rows: []
  },
  "negative (review 24 F1 (court custody: 'in the custody of the court')): no hold": {
    s: "Tom Hale is in the custody of the court until sentencing.",
    m: ["Tom Hale", "the court:organization"],
    rows: []
  },
  "negative (review 24 F1 (ward: 'Child Protective Services')): no hold": {
    s: "Tom Hale, 12, remains in the custody of Child Protective Services.",
    m: ["Tom Hale", "Child Protective Services:organization"],
    rows: []
  },
  "negative (review 24 F1 (possessor holder: 'a hostage of Chelsea's owners')): no hold": {
    s: "Tom Hale is a hostage of Chelsea's owners in contract talks.",
    m: ["Tom Hale", "Chelsea:organization"],
    rows: []
  },
  "negative (review 24 F1 (lender: 'in the hands of the IMF')): no hold": {
    s: "Tom Hale is now in the hands of the IMF after the bailout.",
    m: ["Tom Hale", "the IMF:organization"],
    rows: []
  },
  "positive (review 24 F1 right: 'a prisoner of A during the war')": {
    s: "Tom Hale was a prisoner of the Nazis during the war.",
    m: ["Tom Hale", "the Nazis:group"],
    rows: ["the Nazis -held-> Tom Hale"]
  },
  "positive (review 24 F1 right: a police body's custody)": {
    s: "Tom Hale has been in the custody of the Metropolitan Police since Friday.",
    m: ["Tom Hale", "the Metropolitan Police:organization"],
    rows: ["the Metropolitan Police -held-> Tom Hale"]
  },
  "positive (review 24 F1 right: an agency's custody with a trial)": {
    s: "Tom Hale remains in the custody of US Marshals ahead of his trial.",
    m: ["Tom Hale", "US Marshals:organization"],
    rows: ["US Marshals -held-> Tom Hale"]
  },
  "positive (review 24 F1 right: 'in A custody after his arrest')": {
    s: "Tom Hale is in Russian custody after his arrest in Moscow.",
    m: ["Tom Hale", "Russian:country"],
    rows: ["Russian -held-> Tom Hale"]
  }
};

describe("stage 07 round 24: hold states", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
