/**
 * Stage 07 on invented sentences (round 27): criticism told with a noun or an adjective: blame put on
 * someone, a demand that someone resign or be sacked, "held B responsible", "was critical of / scathing
 * about B", "took B to task". Negatives: a court's judgment, other nouns after "demanded the … of", a
 * literal "took B to <place>", blame on no actor, "held B" as a captive stays a hold.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A put the blame on B → A criticized B": {
    s: "Union leader Marta Kohl put the blame on Dalvik Shipping, the operator of the ferry.",
    m: ["Marta Kohl", "Dalvik Shipping:organization"],
    rows: ["Marta Kohl -criticized-> Dalvik Shipping"]
  },
  "A laid the blame squarely on B → A criticized B": {
    s: "Supporters' spokesman Ivo Rask laid the blame squarely on club chairman Otto Berg.",
    m: ["Ivo Rask", "Otto Berg"],
    rows: ["Ivo Rask -criticized-> Otto Berg"]
  },
  "A has demanded the resignation of B → A criticized B": {
    s: "Senator Clara Voss has demanded the resignation of Health Minister Jan Pohl over the vaccine delays.",
    m: ["Clara Voss", "Jan Pohl"],
    rows: ["Clara Voss -criticized-> Jan Pohl"]
  },
  "A called for the dismissal of B → A criticized B": {
    s: "Farmers' leader Emil Hart called for the dismissal of Agriculture Minister Lea Sand.",
    m: ["Emil Hart", "Lea Sand"],
    rows: ["Emil Hart -criticized-> Lea Sand"]
  },
  "A held B responsible for … → A criticized B (no hold)": {
    s: "Mayor Rosa Ilic held Norvik Energy responsible for the blackout.",
    m: ["Rosa Ilic", "Norvik Energy:organization"],
    rows: ["Rosa Ilic -criticized-> Norvik Energy"]
  },
  "A was sharply critical of B → A criticized B": {
    s: "The watchdog's director, Hugo Lenz, was sharply critical of the Port Authority.",
    m: ["Hugo Lenz", "Port Authority:organization"],
    rows: ["Hugo Lenz -criticized-> Port Authority"]
  },
  "A took B to task over … → A criticized B": {
    s: "Auditor Nina Falk took Mayor Piet Groen to task over the missing funds.",
    m: ["Nina Falk", "Piet Groen"],
    rows: ["Nina Falk -criticized-> Piet Groen"]
  },
  "negative: a court that held B responsible judges, no critic": {
    s: "The High Court held Norvik Energy responsible for the blackout in a ruling on Monday.",
    m: ["High Court:organization", "Norvik Energy:organization"],
    rows: []
  },
  "negative: 'called for the release of B' is no criticism of B": {
    s: "Emil Hart called for the release of Lea Sand.",
    m: ["Emil Hart", "Lea Sand"],
    rows: []
  },
  "negative: 'took B to <place>' is a trip": {
    s: "Nina Falk took Piet Groen to the stadium on Sunday.",
    m: ["Nina Falk", "Piet Groen"],
    rows: []
  },
  "negative: blame put on the weather names no actor": {
    s: "Emil Hart put the blame on the heavy rain in Dalvik.",
    m: ["Emil Hart", "Dalvik:place"],
    rows: []
  },
  "negative: 'critical of' with no verb of being before it": {
    s: "A report critical of Lea Sand was leaked to Emil Hart.",
    m: ["Lea Sand", "Emil Hart"],
    rows: []
  }
};

describe("findInteractions: criticism told as blame, a demand to resign or an adjective (round 27)", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});
