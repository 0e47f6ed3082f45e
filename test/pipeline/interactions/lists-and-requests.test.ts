/**
 * Stage 07 on invented sentences: handovers of listed persons, thanks to a list, requests,
 * mediation, passives and participles (one labelled case per rule, with negatives).
 */
import {describe, expect, it} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {datesFrom, emptyCtx, makeArticle, mentionsFrom} from "../events/helpers.ts";

interface Case {
  s: string;
  /** Mentions as "Text" (person) or "Text:kind". */
  m: string[];
  d?: string[];
  /** Expected rows as "source -type-> target", in any order. */
  rows: string[];
  modality?: string;
}

function check(c: Case): void {
  const {article, sentences} = makeArticle([c.s]);
  const mentions = mentionsFrom(sentences[0], c.m);
  const raw = findInteractions(article, sentences, datesFrom(sentences[0], c.d ?? []), mentions, emptyCtx);
  const rows = raw.map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`).sort();
  expect(rows).toEqual([...c.rows].sort());
  if (c.modality) expect(raw[0].modality).toBe(c.modality);
}

const handoverCases: Record<string, Case> = {
  "A handed over two fishermen, B and C, … → A released B and C": {
    s: "At dawn, Ghana handed over two fishermen, Kofi Mensah and Yaw Boateng, who had drifted into its waters in May.",
    m: ["Ghana:country", "Kofi Mensah", "Yaw Boateng"], rows: ["Ghana -released-> Kofi Mensah", "Ghana -released-> Yaw Boateng"]
  },
  "A freed three Chilean miners, B, C and D. → A released each": {
    s: "The Andes Front freed three Chilean miners, Luis Prado, Tomas Vik and Ana Souza.",
    m: ["Andes Front:group", "Luis Prado", "Tomas Vik", "Ana Souza"],
    rows: ["Andes Front -released-> Luis Prado", "Andes Front -released-> Tomas Vik", "Andes Front -released-> Ana Souza"]
  },
  "A met 2 envoys, B and C, on Monday → met each": {
    s: "Mayor Rosa Vidal met 2 envoys, Carlos Mendez and Ines Moura, on Monday.",
    m: ["Rosa Vidal", "Carlos Mendez", "Ines Moura"], rows: ["Rosa Vidal -met-> Carlos Mendez", "Rosa Vidal -met-> Ines Moura"]
  },
  "A handed B, 31, who …, and C, 26, a nurse, to the Red Crescent → A released B and C": {
    s: "Delta Brigade gunmen handed Pierre Duval, 41, who works for a Swiss charity, and Ana Reyes, 26, a Chilean nurse, to the Red Crescent near Kidal.",
    m: ["Delta Brigade:group", "Pierre Duval", "Ana Reyes", "Red Crescent:organization", "Kidal:place"],
    rows: ["Delta Brigade -released-> Pierre Duval", "Delta Brigade -released-> Ana Reyes"]
  },
  "A freed B, 52, and C on Friday → both": {
    s: "The Delta Group freed Tomas Vik, 52, and Ana Souza on Friday.", m: ["Delta Group:group", "Tomas Vik", "Ana Souza"],
    rows: ["Delta Group -released-> Tomas Vik", "Delta Group -released-> Ana Souza"]
  },
  "negative: a count whose apposition is a speaker gives nothing": {
    s: "The Delta Group freed two fishermen, Kofi Mensah said.", m: ["Delta Group:group", "Kofi Mensah"], rows: []
  },
  "negative: a count followed by a place in commas gives nothing": {
    s: "The Delta Group freed two fishermen, Kidal and Gao, last week.", m: ["Delta Group:group", "Kidal:place", "Gao:place"], rows: []
  },
  "negative: a count with one name after it is not a list of members": {
    s: "The Delta Group freed two fishermen, Kofi Mensah, a local chief, told reporters.", m: ["Delta Group:group", "Kofi Mensah"], rows: []
  }
};

describe("findInteractions: handovers of listed persons", () => {
  it.each(Object.entries(handoverCases))("%s", (_label, c) => check(c));
});
