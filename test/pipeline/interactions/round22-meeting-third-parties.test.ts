/**
 * Stage 07 on invented sentences (round 22): a third party named after a meeting
 * (nominal.ts mediation, mediatorsAt; model interaction-verbs.ts MEETING_THIRD_PARTY_NOUNS):
 * - "A met B with the participation of C" → C mediated A, C mediated B;
 * - "A met B in the presence of <nationality> <title> C" → the same (the subject is a side too,
 *   and the mediator may stand after up to four title words);
 * - "with a member of the X board, B, in the presence of C": an apposition is no list of parties.
 * Negative: "participation" after a release names no go-between ("the gang released B with the
 * participation of C").
 */
import {describe, expect, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {datesFrom, makeArticle, mentionsFrom} from "../events/helpers.ts";
import type {Context, GazetteerEntry} from "../../../src/pipeline/types.ts";

const cases: Record<string, Case> = {
  "A met B with the participation of C → C mediated A and B": {
    s: "Union leader Amara Diallo met mine owner Nestor Bakary with the participation of Labour Minister Ruth Ansah.",
    m: ["Amara Diallo", "Nestor Bakary", "Ruth Ansah"],
    rows: ["Amara Diallo -met-> Nestor Bakary", "Ruth Ansah -mediated-> Amara Diallo", "Ruth Ansah -mediated-> Nestor Bakary"]
  },
  "A met B in the presence of a titled C (three title words) → C mediated A and B": {
    s: "Fisheries chief Tomas Lind met trawler captain Ivar Moe in the presence of Danish Fisheries Minister Grete Holm.",
    m: ["Tomas Lind", "Ivar Moe", "Grete Holm"],
    rows: ["Tomas Lind -met-> Ivar Moe", "Grete Holm -mediated-> Tomas Lind", "Grete Holm -mediated-> Ivar Moe"]
  },
  "an apposition before 'in the presence of' is no list of parties": {
    s: "Tomas Lind met a member of the Harbour Board, Ivar Moe, in the presence of Danish Fisheries Minister Grete Holm.",
    m: ["Tomas Lind", "Harbour Board:organization", "Ivar Moe", "Grete Holm"],
    // Not the Harbour Board. The object set off after "a member of …" is read since round 26
    // (arguments.ts officeHolderAfter), so the meeting and both its parties are.
    rows: ["Grete Holm -mediated-> Ivar Moe", "Grete Holm -mediated-> Tomas Lind", "Tomas Lind -met-> Ivar Moe"]
  },
  "negative (kidnapping): participation in a release names no go-between": {
    s: "The Red Brigade released Nestor Bakary with the participation of Ruth Ansah.",
    m: ["Red Brigade:organization", "Nestor Bakary", "Ruth Ansah"],
    rows: ["Red Brigade -released-> Nestor Bakary"]
  },
  // Review 22, F17: at a meeting the people present are mostly a side's own aides; a bare name with
  // no title and no known affiliation is no third party.
  "negative (review 22 F17): Biden met Netanyahu in the presence of Blinken and Austin": {
    s: "Biden met Netanyahu in the presence of Blinken and Austin.",
    m: ["Biden", "Netanyahu", "Blinken", "Austin"],
    rows: ["Biden -met-> Netanyahu"]
  },
  "negative (review 22 F17): Xi met Modi with the participation of Wang Yi": {
    s: "Xi met Modi with the participation of Wang Yi.",
    m: ["Xi", "Modi", "Wang Yi"],
    rows: ["Xi -met-> Modi"]
  },
  "negative (review 22 F17): a lone unknown word read as a body is no third party": {
    s: "Biden met Netanyahu in the presence of Blinken and Austin.",
    m: ["Biden", "Netanyahu", "Blinken", "Austin:organization"],
    rows: ["Biden -met-> Netanyahu"]
  },
  "a body named in full is a third party": {
    s: "Amara Diallo met Nestor Bakary with the participation of the Harbour Council.",
    m: ["Amara Diallo", "Nestor Bakary", "Harbour Council:organization"],
    rows: ["Amara Diallo -met-> Nestor Bakary", "Harbour Council -mediated-> Amara Diallo", "Harbour Council -mediated-> Nestor Bakary"]
  }
};

/** Affiliations as a gazetteer ("Otto Lenz" -> "Ruritania"). */
function ctxWith(affiliations: Record<string, string>): Context {
  const gazetteer: GazetteerEntry[] = Object.entries(affiliations).map(([name, affiliation]) => ({name, kind: "person", aliases: [], affiliation, roles: [], notSame: []}));
  return {gazetteer, outlets: []};
}

function rowsWith(s: string, m: string[], ctx: Context): string[] {
  const {article, sentences} = makeArticle([s]);
  const mentions = mentionsFrom(sentences[0], m);
  return findInteractions(article, sentences, datesFrom(sentences[0], []), mentions, ctx)
    .map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`)
    .sort();
}

const S = "Karl Brandt met Ivo Horvat with the participation of Foreign Minister Otto Lenz.";
const M = ["Karl Brandt", "Ivo Horvat", "Otto Lenz"];

describe("stage 07 (round 22): third parties of a meeting", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
  it("negative (review 22 F17): a titled mediator of a side's own state (gazetteer affiliation) mediates nothing", () => {
    expect(rowsWith(S, M, ctxWith({"Karl Brandt": "Ruritania", "Otto Lenz": "Ruritania"}))).toEqual(["Karl Brandt -met-> Ivo Horvat"]);
  });
  it("a titled mediator of a third state mediates both sides", () => {
    expect(rowsWith(S, M, ctxWith({"Karl Brandt": "Ruritania", "Ivo Horvat": "Elbonia", "Otto Lenz": "Freedonia"}))).toEqual([
      "Karl Brandt -met-> Ivo Horvat",
      "Otto Lenz -mediated-> Ivo Horvat",
      "Otto Lenz -mediated-> Karl Brandt"
    ]);
  });
});
