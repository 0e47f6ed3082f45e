/**
 * Stage 07 on invented sentences (round 31, verbs and nouns): reciprocal acts of a coordinated subject. "A and B
 * bargained / haggled (for hours, over X)" → A negotiated B; "A and B sat across from each other / sat opposite each
 * other / sat down together" → A met B (model interaction-verbs.ts; not at a game, a debate or a dinner, not "refused to
 * sit down together").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "two sides bargained until dawn → negotiated": {
    s: "Tom Reyes and Ana Lopes bargained until dawn on the pension fund.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: ["Tom Reyes -negotiated-> Ana Lopes"]
  },
  "two sides haggled for hours → negotiated": {
    s: "Tom Reyes and Ana Lopes haggled for hours over the price of the land.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: ["Tom Reyes -negotiated-> Ana Lopes"]
  },
  "after 'when', two sides bargained over layoffs → negotiated": {
    s: "The accord came on 3 May, when Tom Reyes and Ana Lopes bargained over the pension cuts.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: ["Tom Reyes -negotiated-> Ana Lopes"]
  },
  "a quarry owner and a union chief finally sat opposite each other, a minister presiding → met (and mediated)": {
    s: "At a guesthouse in Kumasi, quarry owner Kofi Mensah and union chief Ama Owusu finally sat opposite each other, with Trade Minister Yaw Boateng presiding.",
    m: ["Kumasi:place", "Kofi Mensah", "Ama Owusu", "Yaw Boateng"],
    rows: ["Kofi Mensah -met-> Ama Owusu", "Yaw Boateng -mediated-> Kofi Mensah", "Yaw Boateng -mediated-> Ama Owusu"]
  },
  "two sides sat down together → met": {
    s: "Kofi Mensah and Ama Owusu sat down together on Tuesday.",
    m: ["Kofi Mensah", "Ama Owusu"],
    rows: ["Kofi Mensah -met-> Ama Owusu"]
  },
  "two bargaining with a third → each negotiated with it, not with each other": {
    s: "Tom Reyes and Ana Lopes bargained with Acme Steel over the layoffs.",
    m: ["Tom Reyes", "Ana Lopes", "Acme Steel:organization"],
    rows: ["Tom Reyes -negotiated-> Acme Steel", "Ana Lopes -negotiated-> Acme Steel"]
  },
  "negative: sat across from each other in a chess final (a game)": {
    s: "Kofi Mensah and Ama Owusu sat across from one another in the chess final.",
    m: ["Kofi Mensah", "Ama Owusu"],
    rows: []
  },
  "negative: refused to sit down together (not done)": {
    s: "Kofi Mensah and Ama Owusu refused to sit down together.",
    m: ["Kofi Mensah", "Ama Owusu"],
    rows: []
  },
  "negative: sat opposite each other at a debate": {
    s: "Kofi Mensah and Ama Owusu sat opposite each other at the debate.",
    m: ["Kofi Mensah", "Ama Owusu"],
    rows: []
  },
  "negative: 'got more than they bargained for' (idiom)": {
    s: "Kofi Mensah and Ama Owusu got more than they bargained for.",
    m: ["Kofi Mensah", "Ama Owusu"],
    rows: []
  }
};

describe("round 31 verbs: reciprocal bargaining and sitting of a coordinated subject", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
