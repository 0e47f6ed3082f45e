/**
 * Stage 07 on invented sentences (mend of review 28, verb-class rules): the review's over-reaching sentences, names
 * changed, as negatives of the round-28 rules they tripped, with a positive of each narrowed rule kept.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  // F1, F1b: "got / persuaded B and C to agree" mediates only an agreement between them.
  "F1b negative: two holdouts persuaded to agree to a third party's package": {
    s: "The Northern Union persuaded Valdoria and Kestria to agree to the sanctions package.",
    m: ["Northern Union:organization", "Valdoria:country", "Kestria:country"],
    rows: []
  },
  "F1 negative: two guests persuaded to agree to an interview": {
    s: "Host Mara Quell persuaded Ann Dover and Paul Grent to agree to an interview.",
    m: ["Mara Quell", "Ann Dover", "Paul Grent"],
    rows: []
  },
  "F1b negative: two players persuaded to agree to new contracts": {
    s: "Coach Pep Guarin persuaded Kev Brune and Erl Haland to agree to new contracts.",
    m: ["Pep Guarin", "Kev Brune", "Erl Haland"],
    rows: []
  },
  "F1 positive kept: got B and C to agree to a ceasefire": {
    s: "The papal nuncio, Luca Ferri, got Valdoria and Kestria to agree to a ceasefire.",
    m: ["Luca Ferri", "Valdoria:country", "Kestria:country"],
    rows: ["Luca Ferri -mediated-> Valdoria", "Luca Ferri -mediated-> Kestria"]
  },
  // F3, F3b: time spent with a captor, a surgeon, or with no span and no day named.
  "F3 negative: hours with a captor": {
    s: "The hostage Mark Tully spent several hours with his captor, Abu Selim, before being freed.",
    m: ["Mark Tully", "Abu Selim"],
    rows: []
  },
  "F3 negative: an hour with a surgeon in surgery": {
    s: "The patient, Rita Moss, spent an hour with Dr. James Colby in surgery.",
    m: ["Rita Moss", "James Colby"],
    rows: []
  },
  "F3b negative: time with a grandfather as a child": {
    s: "As a child, Ann Dover spent time with her grandfather, Tom Dover, in Ohio.",
    m: ["Ann Dover", "Tom Dover", "Ohio:place"],
    rows: []
  },
  "F3b negative: some time with a player at a club": {
    s: "Jose Marin spent some time with Cristo Ramal at the club.",
    m: ["Jose Marin", "Cristo Ramal"],
    rows: []
  },
  // F5, F20: journeys of flight, emigration, release; incursions; a bout; a show's tour.
  "F5 negative: went straight to X after his release": {
    s: "Jon Smeed went straight to Paris after his release from prison in Iran.",
    m: ["Jon Smeed", "Paris:place", "Iran:country"],
    rows: []
  },
  "F5 negative: drove to X to escape arrest": {
    s: "Murderer Carl Banner drove to Mexico to escape arrest, prosecutors said.",
    m: ["Carl Banner", "Mexico:country"],
    rows: []
  },
  "F5 negative: a refugee drove to X": {
    s: "Refugee Ali Hassim drove to Germany with his children in 2015.",
    m: ["Ali Hassim", "Germany:country"],
    rows: []
  },
  "F5 negative: toured X with a show": {
    s: "Comedian John Clees toured Australia with his one-man show.",
    m: ["John Clees", "Australia:country"],
    rows: []
  },
  "F5 negative: flew into X ahead of a bout": {
    s: "Boxer Mike Tyro flew into Las Vegas ahead of the bout.",
    m: ["Mike Tyro", "Las Vegas:place"],
    rows: []
  },
  "F20 negative: a group's drones flew into a country": {
    s: "Red Dawn drones flew into Kestria on Sunday, the army said.",
    m: ["Red Dawn:group", "Kestria:country"],
    rows: []
  },
  "F20 negative: a group flew into a country's airspace": {
    s: "The Sierra Front flew into Kestria's airspace with drones.",
    m: ["Sierra Front:group", "Kestria:country"],
    rows: []
  },
  // F6, F10: warships, warplanes and inspectors sent.
  "F6 negative: a ship sent in a show of force": {
    s: "Valdoria sent a ship to Kestria in a show of force.",
    m: ["Valdoria:country", "Kestria:country"],
    rows: []
  },
  "F6 negative: planes sent to bomb rebels": {
    s: "Valdoria sent planes to Kestria to bomb rebels opposed to President Omar Sadi.",
    m: ["Valdoria:country", "Kestria:country", "Omar Sadi"],
    rows: []
  },
  "F10 negative: experts sent to inspect": {
    s: "The Northern Union sent experts to Kestria to inspect nuclear sites.",
    m: ["Northern Union:organization", "Kestria:country"],
    rows: []
  },
  "F6 positive kept: helicopters sent after an earthquake": {
    s: "Valdoria sent two helicopters to Kestria after the earthquake.",
    m: ["Valdoria:country", "Kestria:country"],
    rows: ["Valdoria -assisted-> Kestria"]
  },
  // F8: snatched victory, a microphone, a striker.
  "F8 negative: snatched victory from B": {
    s: "Governor Ann Dover snatched victory from Senator Tom Kaine in the election.",
    m: ["Ann Dover", "Tom Kaine"],
    rows: []
  },
  "F8 negative: snatched the microphone from B": {
    s: "Senator Tom Kaine snatched the microphone from Governor Ann Dover.",
    m: ["Tom Kaine", "Ann Dover"],
    rows: []
  },
  "F8 negative: a club snatched a striker": {
    s: "Vista United snatched striker Kylo Mbape from Porto Azul.",
    m: ["Vista United:organization", "Kylo Mbape", "Porto Azul:organization"],
    rows: []
  },
  // F9: fire between politicians told in words is criticism.
  "F9: fired at B over the budget, calling her reckless → criticized": {
    s: "Senator Tom Kaine fired at Governor Ann Dover over the budget, calling her reckless.",
    m: ["Tom Kaine", "Ann Dover"],
    rows: ["Tom Kaine -criticized-> Ann Dover"]
  },
  "F9: opened fire on B in a speech → criticized": {
    s: "President Joe Bidwell opened fire on Donald Trumble in a speech.",
    m: ["Joe Bidwell", "Donald Trumble"],
    rows: ["Joe Bidwell -criticized-> Donald Trumble"]
  },
  "F9: is firing at B in ads → criticized": {
    s: "Senator Tom Kaine is firing at Governor Ann Dover in ads.",
    m: ["Tom Kaine", "Ann Dover"],
    rows: ["Tom Kaine -criticized-> Ann Dover"]
  },
  "F9 positive kept: a gunman opened fire on a person, told in a police statement": {
    s: "Gunman Jared Loft opened fire on Congresswoman Gabi Giffin at a meeting, police said in a statement.",
    m: ["Jared Loft", "Gabi Giffin"],
    rows: ["Jared Loft -attacked-> Gabi Giffin"]
  }
};

describe("mend 28 verbs: the review's over-reaching sentences", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
