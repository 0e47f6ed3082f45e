/**
 * Round 34: a description with a place hyphened to a participle ("The tanker's Lagos-based owner, B,", "The
 * Nairobi-based owner, B,") names the body or person in apposition after it as the subject: the place is a compound
 * modifier of the description, never the actor (arguments.ts ownedTitleBefore). Invented sentences.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "the <thing>'s <Place>-based operator, B, criticized C → B": {
    s: "The ferry's Mombasa-based operator, Coastal Rail Logistics, criticized the Kenya Ports Authority on Friday.",
    m: ["Mombasa:place", "Coastal Rail Logistics:organization", "Kenya Ports Authority:organization"],
    rows: ["Coastal Rail Logistics -criticized-> Kenya Ports Authority"]
  },
  "the <Place>-based owner, B, criticized C → B": {
    s: "The Nairobi-based owner, Blue Reef Lines, criticized the Ghana Navy.",
    m: ["Nairobi:place", "Blue Reef Lines:organization", "Ghana Navy:organization"],
    rows: ["Blue Reef Lines -criticized-> Ghana Navy"]
  },
  "the club's <Place>-registered parent, B, thanked C → B": {
    s: "The club's Accra-registered parent company, Gold Coast Holdings, thanked the Ghana Football Association.",
    m: ["Accra:place", "Gold Coast Holdings:organization", "Ghana Football Association:organization"],
    rows: ["Gold Coast Holdings -thanked-> Ghana Football Association"]
  },
  "negative: a place in a prepositional aside stays out, and no row without a description": {
    s: "In Nairobi, the owner, Blue Reef Lines, criticized the Ghana Navy.",
    m: ["Nairobi:place", "Blue Reef Lines:organization", "Ghana Navy:organization"],
    rows: []
  },
  "negative: a place-based person keeps the person's row": {
    s: "A Nairobi-based lawyer, Ana Obi, criticized the Ghana Navy.",
    m: ["Nairobi:place", "Ana Obi", "Ghana Navy:organization"],
    rows: ["Ana Obi -criticized-> Ghana Navy"]
  }
};

describe("round 34: a '<Place>-based' description before a named apposition", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
