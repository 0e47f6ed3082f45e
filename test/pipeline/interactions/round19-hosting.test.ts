/**
 * Stage 07 on invented sentences (round 19): what hosting says of the guests (interactions/hosting.ts,
 * model interaction-hosting.ts), and a region or country naming a possessed post (arguments.ts
 * regionTitleHolder):
 * - "A hosted B and C (at …)": A met each guest, and the guests met each other;
 * - "<capital or country> hosts / is receiving <group> leaders / delegations": the group visited
 *   the place, no meeting of the two sides;
 * - "met Iceland's Balkans envoy B": B is met, not Iceland.
 * Negatives: "received B and C" (freed captives received together), guests kept apart
 * ("separately"), clubs hosting clubs (sport), a person hosting a group's envoys (a meeting), a
 * capital hosting a team (sport), a city receiving a company's executives (business), a region before a noun that is no title.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A hosted B and C at his residence → each pair met": {
    s: "The palace adviser, Teodor Vasko, hosted Mirela Pastu and Jorrit Vande at his residence on Friday.",
    m: ["Teodor Vasko", "Mirela Pastu", "Jorrit Vande"],
    rows: ["Teodor Vasko -met-> Mirela Pastu", "Teodor Vasko -met-> Jorrit Vande", "Mirela Pastu -met-> Jorrit Vande"]
  },
  "A is hosting B, C and D (a list of three) → every pair met": {
    s: "Albina Strauk is hosting Kestin Moor, Pavo Renkel and Ulf Tarrow in Lugano this week.",
    m: ["Albina Strauk", "Kestin Moor", "Pavo Renkel", "Ulf Tarrow", "Lugano:place"],
    rows: [
      "Albina Strauk -met-> Kestin Moor",
      "Albina Strauk -met-> Pavo Renkel",
      "Albina Strauk -met-> Ulf Tarrow",
      "Kestin Moor -met-> Pavo Renkel",
      "Kestin Moor -met-> Ulf Tarrow",
      "Pavo Renkel -met-> Ulf Tarrow"
    ]
  },
  "<capital> hosts <group> leaders → the group visited the capital": {
    s: "Tirana hosts Karst Front leaders every spring, the newspaper said.",
    m: ["Tirana:place", "Karst Front:group"],
    rows: ["Karst Front -visited-> Tirana"]
  },
  "criticised <country> for receiving <group> delegations → the group visited the country": {
    s: "Latvia has long criticised Moldova for receiving Osprey Brigade delegations.",
    m: ["Latvia:country", "Moldova:country", "Osprey Brigade:group"],
    rows: ["Latvia -criticized-> Moldova", "Osprey Brigade -visited-> Moldova"]
  },
  "<country> is hosting a <group> delegation → the group visited": {
    s: "Malta is hosting a Coastal Council delegation for the talks.",
    m: ["Malta:country", "Coastal Council:organization"],
    rows: ["Coastal Council -visited-> Malta"]
  },
  "met Iceland's Balkans envoy B → B met, not Iceland": {
    s: "Velko Daris met Iceland's Balkans envoy Sigrun Halla in Skopje.",
    m: ["Velko Daris", "Iceland:country", "Balkans:place", "Sigrun Halla", "Skopje:place"],
    rows: ["Velko Daris -met-> Sigrun Halla"]
  },
  "thanked Estonia's Pamir special envoy B → B thanked": {
    s: "Oskar Lindqvam thanked Estonia's Pamir special envoy Liis Tamme.",
    m: ["Oskar Lindqvam", "Estonia:country", "Pamir:place", "Liis Tamme"],
    rows: ["Oskar Lindqvam -thanked-> Liis Tamme"]
  },
  "negative: freed captives received together did not meet one another": {
    s: "Mayor Greta Volk received Anselm Prieur, Dita Sorvan and Hugo Brandl at the town hall.",
    m: ["Greta Volk", "Anselm Prieur", "Dita Sorvan", "Hugo Brandl"],
    rows: ["Greta Volk -met-> Anselm Prieur", "Greta Volk -met-> Dita Sorvan", "Greta Volk -met-> Hugo Brandl"]
  },
  "negative: guests hosted separately did not meet": {
    s: "Teodor Vasko hosted Mirela Pastu and Jorrit Vande separately on Friday.",
    m: ["Teodor Vasko", "Mirela Pastu", "Jorrit Vande"],
    rows: ["Teodor Vasko -met-> Mirela Pastu", "Teodor Vasko -met-> Jorrit Vande"]
  },
  "negative (sport): a club hosting two clubs is no meeting of guests": {
    s: "Harbourside Rovers hosted Millbrook Athletic and Heron Wanderers in successive weeks.",
    m: ["Harbourside Rovers:organization", "Millbrook Athletic:organization", "Heron Wanderers:organization"],
    rows: ["Harbourside Rovers -met-> Millbrook Athletic", "Harbourside Rovers -met-> Heron Wanderers"]
  },
  "negative: a person hosting a group's envoys meets the group (no visit to a place)": {
    s: "Foreign Minister Brita Solm hosted Karst Front leaders in her office.",
    m: ["Brita Solm", "Karst Front:group"],
    rows: ["Brita Solm -met-> Karst Front"]
  },
  "negative (sport): a capital hosting a national team is no visit of envoys": {
    s: "Lisbon hosts Uruguay team players this weekend.",
    m: ["Lisbon:place", "Uruguay:country"],
    rows: ["Lisbon -met-> Uruguay"]
  },
  "negative (business): a city receiving a company's executives is no envoys' visit": {
    s: "Antwerp is receiving Vandijk Logistics executives at the fair this week.",
    m: ["Antwerp:place", "Vandijk Logistics:organization"],
    rows: []
  },
  "negative (business): a region before a noun that is no title": {
    s: "Kelmar Bank met Iceland's Arctic investment fund Nordsjo in Reykjavik.",
    m: ["Kelmar Bank:organization", "Iceland:country", "Arctic:place", "Nordsjo:organization", "Reykjavik:place"],
    rows: ["Kelmar Bank -met-> Iceland"]
  }
};

describe("round 19: hosts, guests and region titles", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
