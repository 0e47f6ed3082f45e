/**
 * Stage 07 on invented sentences (round 15): go-betweens told by a thanks or a hyphenated
 * participle.
 * - "A thanked B and C for mediating between D and E" → B and C each mediated D and E (A did not);
 * - "A wrote that …would…, but thanked B" → the speaker thanks B (a contrast joins as "and" does);
 * - "A and B exchanged prisoners in a Z-brokered deal" → Z mediated A and B;
 * - "A released the four drivers as part of a Z-brokered arrangement" → Z mediated A (the other
 *   side is unnamed);
 * - "A and B handed over detainees …, with C mediating" → C mediated A and B;
 * - "freed two fishermen in a Z-brokered swap" → Z is freed by no one.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A has thanked B and C for mediating between D and E → B, C mediated D, E": {
    s: "Since March the Harbour Authority has thanked Austria and Slovenia for mediating between Baltic Reefer and the Dockers Union.",
    m: ["Harbour Authority:organization", "Austria:country", "Slovenia:country", "Baltic Reefer:organization", "Dockers Union:organization"],
    rows: [
      "Harbour Authority -thanked-> Austria",
      "Harbour Authority -thanked-> Slovenia",
      "Austria -mediated-> Baltic Reefer",
      "Austria -mediated-> Dockers Union",
      "Slovenia -mediated-> Baltic Reefer",
      "Slovenia -mediated-> Dockers Union"
    ]
  },
  "A wrote that …would…, but thanked B → the writer thanks B": {
    s: "In a long post Piotr Halas wrote that the dockers would return on Monday, but thanked Slovenia.",
    m: ["Piotr Halas", "Slovenia:country"],
    rows: ["Piotr Halas -thanked-> Slovenia"]
  },
  "negative: A mediated between D and E keeps A as the go-between": {
    s: "Slovenia mediated between the Harbour Authority and the Dockers Union for a week.",
    m: ["Slovenia:country", "Harbour Authority:organization", "Dockers Union:organization"],
    rows: ["Slovenia -mediated-> Harbour Authority", "Slovenia -mediated-> Dockers Union"]
  },
  "negative: thanks for help, then a mediation by someone else": {
    s: "Ines Olave thanked Austria for the pumps after Slovenia mediated between the Harbour Authority and the Dockers Union.",
    m: ["Ines Olave", "Austria:country", "Slovenia:country", "Harbour Authority:organization", "Dockers Union:organization"],
    rows: ["Ines Olave -thanked-> Austria", "Slovenia -mediated-> Harbour Authority", "Slovenia -mediated-> Dockers Union"]
  },
  "A and B exchanged prisoners in a Z-brokered deal → Z mediated A, B": {
    s: "Bolivia and Paraguay exchanged 32 detainees at the border in a Brazilian-brokered deal.",
    m: ["Bolivia:country", "Paraguay:country", "Brazilian:country"],
    rows: ["Brazilian -mediated-> Bolivia", "Brazilian -mediated-> Paraguay"]
  },
  "A released unnamed people as part of a Z-brokered arrangement → Z mediated A": {
    s: "Serbia released the four drivers on Friday as part of a Vatican-brokered arrangement.",
    m: ["Serbia:country", "Vatican:organization"],
    rows: ["Vatican -mediated-> Serbia"]
  },
  "negative: the name of a Z-brokered swap is no one freed": {
    s: "Serbia freed four Albanian lorry drivers in a Vatican-brokered swap.",
    m: ["Serbia:country", "Vatican:organization"],
    rows: ["Vatican -mediated-> Serbia"]
  },
  "A and B exchanged prisoners …, with C mediating → C mediated A, B": {
    s: "On Tuesday Bolivia and Paraguay handed over 12 detainees each at a border bridge, with Brazil mediating.",
    m: ["Bolivia:country", "Paraguay:country", "Brazil:country"],
    rows: ["Brazil -mediated-> Bolivia", "Brazil -mediated-> Paraguay"]
  },
  "A released unnamed prisoners, with C mediating → C mediated A": {
    s: "Serbia released the four drivers, with the Vatican mediating.",
    m: ["Serbia:country", "Vatican:organization"],
    rows: ["Vatican -mediated-> Serbia"]
  },
  "negative: 'with' a name and an '-ing' verb of no mediation": {
    s: "Bolivia and Paraguay signed the accord, with Brazil watching.",
    m: ["Bolivia:country", "Paraguay:country", "Brazil:country"],
    rows: []
  },
  "negative: a Z-brokered truce with no party named mediates nothing": {
    s: "The Vatican-brokered truce held through the weekend.",
    m: ["Vatican:organization"],
    rows: []
  }
};

describe("round 15: mediators thanked or hyphenated", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
