/**
 * Stage 07 on invented sentences (round 27): an order to act put to a person ("A ordered / instructed /
 * directed / told / commanded B to …") is a request, asked; to an institution it stays a call (round 12).
 * Negatives: "told B that …", "told B about plans to …", "told B how to …", a trip's "to", a passive, a
 * media outlet, an order on someone ("ordered B to be released").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A told B to <verb> → A asked B": {
    s: "Mayor Lina Ortez told fire chief Tomas Brandt to evacuate the lower town before dawn.",
    m: ["Lina Ortez", "Tomas Brandt"],
    rows: ["Lina Ortez -asked-> Tomas Brandt"]
  },
  "A had directed B <adverbial> to <verb> → A asked B": {
    s: "The prime minister, Oskar Veld, had directed Greta Lind earlier in the week to take charge of the flood response.",
    m: ["Oskar Veld", "Greta Lind"],
    rows: ["Oskar Veld -asked-> Greta Lind"]
  },
  "A instructed B to <verb> → A asked B": {
    s: "Governor Amara Nwosu instructed health commissioner Bayo Adeyemi to open three cholera wards.",
    m: ["Amara Nwosu", "Bayo Adeyemi"],
    rows: ["Amara Nwosu -asked-> Bayo Adeyemi"]
  },
  "A commanded B, <apposition>, to <verb> → A asked B": {
    s: "Colonel Ruth Amsel commanded Peter Holm, the convoy leader, to turn back at the bridge.",
    m: ["Ruth Amsel", "Peter Holm"],
    rows: ["Ruth Amsel -asked-> Peter Holm"]
  },
  "A ordered <org> to <verb> stays a call on the org": {
    s: "Premier Sofia Marin ordered the National Guard to reopen the mountain road.",
    m: ["Sofia Marin", "National Guard:organization"],
    rows: ["Sofia Marin -called_on-> National Guard"]
  },
  "negative: 'told B that … due to …' reports speech": {
    s: "Lina Ortez told Tomas Brandt that the strike was due to end on Friday.",
    m: ["Lina Ortez", "Tomas Brandt"],
    rows: []
  },
  "negative: 'told B about plans to …'": {
    s: "Lina Ortez told Tomas Brandt about plans to rebuild the stadium.",
    m: ["Lina Ortez", "Tomas Brandt"],
    rows: []
  },
  "negative: 'told B how to …' teaches, no order": {
    s: "The coach, Lina Ortez, told Tomas Brandt how to defend the corner kicks.",
    m: ["Lina Ortez", "Tomas Brandt"],
    rows: []
  },
  "negative: a trip's 'to' after the object": {
    s: "Lina Ortez told Tomas Brandt during his visit to Rome that the loan was approved.",
    m: ["Lina Ortez", "Tomas Brandt", "Rome:place"],
    rows: ["Tomas Brandt -visited-> Rome"]
  },
  "negative: 'was told by B to …' (passive)": {
    s: "Lina Ortez was told by Tomas Brandt to wait outside.",
    m: ["Lina Ortez", "Tomas Brandt"],
    rows: []
  },
  "negative: 'told <outlet> to expect …' is speech to the press": {
    s: "Lina Ortez told Reuters to expect more delays at the port.",
    m: ["Lina Ortez", "Reuters:media"],
    rows: []
  },
  "negative: 'ordered B to be released' is an act on B": {
    s: "Judge Lina Ortez ordered Tomas Brandt to be released on bail.",
    m: ["Lina Ortez", "Tomas Brandt"],
    rows: []
  },
  "negative: 'directed B to the exit' names a place, no act": {
    s: "A steward, Lina Ortez, directed Tomas Brandt to the nearest exit.",
    m: ["Lina Ortez", "Tomas Brandt"],
    rows: []
  }
};

describe("findInteractions: an order to a person is a request (round 27)", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});
