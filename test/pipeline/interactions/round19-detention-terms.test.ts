/**
 * Stage 07 on invented sentences (round 19): a detention told with its term is a hold
 * (interactions/detention.ts untimedDetention, model interaction-detention.ts), and an agent
 * written out in lowercase acts through its bracketed acronym (detention.ts bracketedAgent):
 * - "B, who was detained by A for N days" → A held B;
 * - "B was arrested by A in May and held for N months" → A held B;
 * - "A detained B for more than two years" → A held B;
 * - "B was arrested by Latvian military counter-intelligence (KVD) … and held for a year" → KVD held B.
 * Negatives: a detention with no term ("detained by A in May"), an arrest "for fraud" (courts),
 * a detention of minutes (sport), a name before the bracket (the name acts), an adviser with a
 * bracketed acronym (business, no interaction verb).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B, who was detained by A for N days → A held B": {
    s: "Students cheered Piet Vossel, who was detained by the Karst Guard for 94 days during the strike.",
    m: ["Piet Vossel", "Karst Guard:organization"],
    rows: ["Karst Guard -held-> Piet Vossel"]
  },
  "B was arrested by A in May and held for N months → A held B": {
    s: "Anselm Prieur was arrested by the Osprey Brigade in May and held for seven months.",
    m: ["Anselm Prieur", "Osprey Brigade:group"],
    rows: ["Osprey Brigade -held-> Anselm Prieur"]
  },
  "A detained B for more than two years → A held B": {
    s: "The Coastal Council detained Dita Sorvan for more than two years.",
    m: ["Coastal Council:organization", "Dita Sorvan"],
    rows: ["Coastal Council -held-> Dita Sorvan"]
  },
  "a lowercase agent with its acronym in brackets → the acronym held B": {
    s: "Hugo Brandl, a lorry driver, was arrested by Latvian border police (KVD) and held for a year.",
    m: ["Hugo Brandl", "Latvian:country", "KVD:organization"],
    rows: ["KVD -held-> Hugo Brandl"]
  },
  "negative: a detention with no term is no hold": {
    s: "Piet Vossel was detained by the Karst Guard in May.",
    m: ["Piet Vossel", "Karst Guard:organization"],
    rows: []
  },
  "negative (courts): an arrest for fraud is no hold": {
    s: "Greta Volk was arrested by the Financial Crimes Unit for fraud and tax evasion.",
    m: ["Greta Volk", "Financial Crimes Unit:organization"],
    rows: []
  },
  "negative (sport): a detention of minutes is no captivity": {
    s: "Odd Mobek was detained by Harbourside Rovers stewards for ten minutes after the match.",
    m: ["Odd Mobek", "Harbourside Rovers:organization"],
    rows: []
  },
  "negative: a name before the bracket is the agent, not the bracket": {
    s: "Hugo Brandl was arrested by police officer Ilse Brand (IB) and held for a year.",
    m: ["Hugo Brandl", "Ilse Brand", "IB:organization"],
    rows: ["Ilse Brand -held-> Hugo Brandl"]
  },
  "negative (business): a bracketed acronym after a lowercase agent with no detention": {
    s: "Kelmar Bank was advised by the state investment agency (SIA) in May.",
    m: ["Kelmar Bank:organization", "SIA:organization"],
    rows: []
  }
};

describe("round 19: detentions with a term, bracketed agents", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
