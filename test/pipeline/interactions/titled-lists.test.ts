/**
 * Stage 07 on invented sentences: lists of parties in one clause whose members carry a title
 * ("thanked A, Peruvian President B and the Emir of C, D"), with negatives.
 */
import {describe, expect, it} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {datesFrom, emptyCtx, makeArticle, mentionsFrom} from "../events/helpers.ts";

interface Case {
  s: string;
  /** Mentions as "Text" (person) or "Text:kind". */
  m: string[];
  /** Expected rows as "source -type-> target", in any order. */
  rows: string[];
}

function rowsOf(c: Case): string[] {
  const {article, sentences} = makeArticle([c.s]);
  const mentions = mentionsFrom(sentences[0], c.m);
  const raw = findInteractions(article, sentences, datesFrom(sentences[0], []), mentions, emptyCtx);
  return raw.map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`).sort();
}

function run(cases: Record<string, Case>): void {
  for (const [label, c] of Object.entries(cases)) it(label, () => expect(rowsOf(c)).toEqual([...c.rows].sort()));
}

describe("a title before a listed person", () => {
  run({
    "A said in a statement, thanking B, Norwegian President C and the King of D, E → thanked B, C and E": {
      s: "\"They are safe,\" Prime Minister Tomas Vik said in a statement, thanking Ines Lindqvist, Norwegian President Ola Berg and the King of Denmark, Frederik Holm, for their help.",
      m: ["Tomas Vik", "Ines Lindqvist", "Ola Berg", "Denmark:country", "Frederik Holm"],
      rows: ["Tomas Vik -thanked-> Ines Lindqvist", "Tomas Vik -thanked-> Ola Berg", "Tomas Vik -thanked-> Frederik Holm"]
    },
    "A thanked President B, President C and D → thanked each": {
      s: "Maria Lopes, the miner's mother, thanked President Ana Souza, President Carlos Mendez and Norway outside the hospital.",
      m: ["Maria Lopes", "Ana Souza", "Carlos Mendez", "Norway:country"],
      rows: ["Maria Lopes -thanked-> Ana Souza", "Maria Lopes -thanked-> Carlos Mendez", "Maria Lopes -thanked-> Norway"]
    },
    "A met B and Deputy Mining Minister C → met both": {
      s: "The union leader Rui Sousa met Ana Pires and Deputy Minister Joao Neves on Monday.",
      m: ["Rui Sousa", "Ana Pires", "Joao Neves"],
      rows: ["Rui Sousa -met-> Ana Pires", "Rui Sousa -met-> Joao Neves"]
    },
    "negative: 'A met B, Deputy Minister C said' — C is the speaker, not a second guest": {
      s: "Rui Sousa met Ana Pires, Deputy Minister Joao Neves said.",
      m: ["Rui Sousa", "Ana Pires", "Joao Neves"],
      rows: ["Rui Sousa -met-> Ana Pires"]
    },
    "negative: a capitalised word that is no title does not join the list": {
      s: "Rui Sousa thanked Ana Pires and Harbour Workers Joao Neves had sent.",
      m: ["Rui Sousa", "Ana Pires", "Joao Neves"],
      rows: ["Rui Sousa -thanked-> Ana Pires"]
    }
  });
});
