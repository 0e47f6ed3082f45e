/**
 * Stage 07 on invented sentences (round 24): a sentence-initial participle of speaking before a pronoun
 * subject keeps the pronoun the previous sentence's person, as a short time opener does (arguments.ts
 * speakingOpener; model argument-words.ts SPEAKING_PARTICIPLE_OPENERS):
 * - "B was freed on Monday. Speaking to reporters outside the hospital, he thanked C" → B thanked C.
 * Negatives: a person named in the opener ("Speaking to C, he thanked D": he may be anyone), another
 * participle ("Leaving the hospital, he thanked C": no speaking opener), a second comma in the opener.
 * Review 24 F5: an anonymous source or a spokesperson ("Speaking on condition of anonymity / on behalf
 * of the family, he …"), an antecedent that was its sentence's object ("Police arrested B"), and a
 * pronoun of the other sex than the antecedent's known given name. ("Ann" of the review's sentences
 * was written "Maria" while the given-name lists read "Anne" as a man's; they now list women's names
 * that do not end in -a: the last case below.)
 */
import {describe, expect, it} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {datesFrom, emptyCtx, makeArticle, mention} from "../events/helpers.ts";

/** Rows of a two-sentence article: the first names the antecedent, the second holds the pronoun. */
function rows(first: string, second: string, names: [string, string][]): string[] {
  const {article, sentences} = makeArticle([first, second]);
  const mentions = names.map(([text, kind], k) => mention(sentences[k === 0 || first.includes(text) ? 0 : 1], text, kind as "person"));
  const raw = findInteractions(article, sentences, datesFrom(sentences[1], []), mentions, emptyCtx);
  return raw.map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`).sort();
}

describe("stage 07 round 24: speaking openers before a pronoun", () => {
  it("positive: 'Speaking to reporters outside the hospital, he thanked C' → B thanked C", () => {
    expect(rows("Piet Claes won the sculling final on Sunday.", "Speaking at the riverside afterwards, he thanked Ana Vidal.", [["Piet Claes", "person"], ["Ana Vidal", "person"]])).toEqual(["Piet Claes -thanked-> Ana Vidal"]);
  });
  it("positive: 'Writing on social media, she thanked <body>' → B thanked the body", () => {
    expect(rows("Lena Roth returned home on Friday.", "Writing on social media, she thanked the Coastal Guard.", [["Lena Roth", "person"], ["Coastal Guard", "organization"]])).toEqual(["Lena Roth -thanked-> Coastal Guard"]);
  });
  it("negative (a person in the opener: 'Speaking to C, he thanked D'): no row", () => {
    expect(rows("Piet Claes was freed on Monday.", "Speaking to Kofi Boateng, he thanked Ana Vidal.", [["Piet Claes", "person"], ["Kofi Boateng", "person"], ["Ana Vidal", "person"]])).toEqual([]);
  });
  it("negative (no speaking participle: 'Leaving the hospital, he thanked C'): no row", () => {
    expect(rows("Piet Claes was freed on Monday.", "Leaving the hospital, he thanked Ana Vidal.", [["Piet Claes", "person"], ["Ana Vidal", "person"]])).toEqual([]);
  });
  it("negative (two clauses before the pronoun: 'Speaking to reporters, who had waited for hours, he …'): no row", () => {
    expect(rows("Piet Claes was freed on Monday.", "Speaking to reporters, who had waited for hours, he thanked Ana Vidal.", [["Piet Claes", "person"], ["Ana Vidal", "person"]])).toEqual([]);
  });
  it("negative (review 24 F5, anonymity formula): no row", () => {
    expect(rows("Tom Hale was freed on Monday.", "Speaking on condition of anonymity, he said the talks with Qatar had stalled, and criticised Ruritania.", [["Tom Hale", "person"], ["Qatar", "country"], ["Ruritania", "country"]])).toEqual([]);
  });
  it("negative (review 24 F5, on behalf of the family): no row", () => {
    expect(rows("Tom Hale was freed on Monday.", "Speaking on behalf of the family, he thanked Qatar.", [["Tom Hale", "person"], ["Qatar", "country"]])).toEqual([]);
  });
  it("negative (review 24 F5, the antecedent was an object: 'Police arrested B'): no row", () => {
    expect(rows("Police arrested Tom Hale on Monday.", "Speaking at a press conference, he thanked Ruritania.", [["Tom Hale", "person"], ["Ruritania", "country"]])).toEqual([]);
  });
  it("negative (review 24 F5, 'he' after a woman named first): no row", () => {
    expect(rows("Maria Ward said Tom Hale had been freed.", "Speaking to reporters later, he thanked Qatar.", [["Maria Ward", "person"], ["Tom Hale", "person"], ["Qatar", "country"]])).toEqual([]);
  });
  it("negative (review 24 F5, 'she' after a man named first): no row", () => {
    expect(rows("Tom Hale lost to Maria Ward in the final.", "Speaking after the match, she thanked Chelsea.", [["Tom Hale", "person"], ["Maria Ward", "person"], ["Chelsea", "organization"]])).toEqual([]);
  });
  it("'he' after a woman whose given name does not end in -a ('Anne', 'Sarah'): no row; 'she': the row", () => {
    expect(rows("Anne Keller was freed on Monday.", "Speaking to reporters outside the hospital, he thanked Qatar.", [["Anne Keller", "person"], ["Qatar", "country"]])).toEqual([]);
    expect(rows("Sarah Okafor was freed on Monday.", "Speaking to reporters outside the hospital, he thanked Qatar.", [["Sarah Okafor", "person"], ["Qatar", "country"]])).toEqual([]);
    expect(rows("Anne Keller was freed on Monday.", "Speaking to reporters outside the hospital, she thanked Qatar.", [["Anne Keller", "person"], ["Qatar", "country"]])).toEqual(["Anne Keller -thanked-> Qatar"]);
  });
});

/**
 * Round 25: a short time or place opener closed by a comma keeps a pronoun sentence-initial, as the
 * same opener without the comma does (arguments.ts resolvePronoun, PRONOUN_LEAD_INS):
 * "B was freed on Monday. On Tuesday, he thanked C" → B thanked C. Negatives: a clause with its own
 * subject ("When the rebels left, he …"), a person in the opener
 * ("In Kofi Boateng's office, he …"), and a comma inside the opener ("Later, in Oslo, he …").
 */
describe("stage 07 round 25: a comma after a short time or place opener", () => {
  it("positive: 'On Tuesday, he thanked C' → B thanked C", () => {
    expect(rows("Piet Claes was freed on Monday.", "On Tuesday, he thanked Ana Vidal.", [["Piet Claes", "person"], ["Ana Vidal", "person"]])).toEqual(["Piet Claes -thanked-> Ana Vidal"]);
  });
  it("positive: 'In <place>, she met C' → B met C", () => {
    expect(rows("Lena Roth landed on Friday.", "In Bergen, she met Jonas Dahl.", [["Lena Roth", "person"], ["Bergen", "place"], ["Jonas Dahl", "person"]])).toEqual(["Lena Roth -met-> Jonas Dahl"]);
  });
  it("negative (a clause with a subject of its own opens: 'When the rebels left, he thanked C'): no row", () => {
    expect(rows("Piet Claes was freed on Monday.", "When the rebels left, he thanked Ana Vidal.", [["Piet Claes", "person"], ["Ana Vidal", "person"]])).toEqual([]);
  });
  it("negative (a person in the opener: 'In Kofi Boateng's office, he thanked C'): no row", () => {
    expect(rows("Piet Claes was freed on Monday.", "In Kofi Boateng's office, he thanked Ana Vidal.", [["Piet Claes", "person"], ["Kofi Boateng", "person"], ["Ana Vidal", "person"]])).toEqual([]);
  });
  it("negative (a comma inside the opener: 'Later, in Oslo, he thanked C'): no row", () => {
    expect(rows("Piet Claes was freed on Monday.", "Later, in Oslo, he thanked Ana Vidal.", [["Piet Claes", "person"], ["Oslo", "place"], ["Ana Vidal", "person"]])).toEqual([]);
  });
});

/**
 * Round 25: a longer fronted adverbial (model ADVERBIAL_OPENERS: "In a statement on his website,",
 * "After returning home,", "Upon her arrival in X,", "Back in X,") keeps "he/she" the previous
 * sentence's person under the speaking opener's guards. Negatives: a person named in the opener
 * ("After the rebels released C, he …"), and an antecedent that was its sentence's object ("Police
 * arrested B. After questioning, he …").
 */
describe("stage 07 round 25: fronted adverbials before a pronoun", () => {
  it("positive: 'In a statement on his website, he thanked C' → B thanked C", () => {
    expect(rows("Piet Claes was freed on Monday.", "In a statement on his website, he thanked Ana Vidal.", [["Piet Claes", "person"], ["Ana Vidal", "person"]])).toEqual(["Piet Claes -thanked-> Ana Vidal"]);
  });
  it("positive: 'After returning home, she met C' → B met C", () => {
    expect(rows("Lena Roth was rescued on Friday.", "After returning home, she met Jonas Dahl.", [["Lena Roth", "person"], ["Jonas Dahl", "person"]])).toEqual(["Lena Roth -met-> Jonas Dahl"]);
  });
  it("positive: 'Upon his arrival in X, he thanked <body>' → B thanked the body", () => {
    expect(rows("Piet Claes was freed on Monday.", "Upon his arrival in Bergen, he thanked the Coastal Guard.", [["Piet Claes", "person"], ["Bergen", "place"], ["Coastal Guard", "organization"]])).toEqual(["Piet Claes -thanked-> Coastal Guard"]);
  });
  it("negative (a person in the opener: 'After the rebels released C, he thanked D'): no row", () => {
    expect(rows("Piet Claes was freed on Monday.", "After the rebels released Kofi Boateng, he thanked Ana Vidal.", [["Piet Claes", "person"], ["Kofi Boateng", "person"], ["Ana Vidal", "person"]])).toEqual([]);
  });
  it("negative (the antecedent was an object: 'Police arrested B. After questioning, he thanked C'): no row", () => {
    expect(rows("Police arrested Piet Claes on Monday.", "After questioning, he thanked Ana Vidal.", [["Piet Claes", "person"], ["Ana Vidal", "person"]])).toEqual([]);
  });
});

/**
 * Review 25 F6: an opener that points to the other party of the previous sentence ("In hospital,",
 * "In response,", "In his reply,", "Upon his release,", "After questioning,", "In his concession
 * speech,"; model SPEAKING_OPENER_STOPS) or holds a possessive of the other sex ("Upon her
 * release, he …") leaves "he/she" open, with or without the comma ("In hospital he …").
 */
describe("stage 07 review 25 F6: openers of the other party's side", () => {
  const negatives: [string, string, [string, string][]][] = [
    ["Ann Vidal said Tom Hale had been freed.", "Upon his release, he thanked Otto Berg.", [["Ann Vidal", "person"], ["Tom Hale", "person"], ["Otto Berg", "person"]]],
    ["Police said Otto Berg shot Tom Hale.", "In hospital, he thanked Ann Vidal.", [["Otto Berg", "person"], ["Tom Hale", "person"], ["Ann Vidal", "person"]]],
    ["Police said Otto Berg shot Tom Hale.", "In hospital he thanked Ann Vidal.", [["Otto Berg", "person"], ["Tom Hale", "person"], ["Ann Vidal", "person"]]],
    ["Otto Berg beat Tom Hale in the election.", "In his concession speech, he thanked Ann Vidal.", [["Otto Berg", "person"], ["Tom Hale", "person"], ["Ann Vidal", "person"]]],
    ["Otto Berg arrested Tom Hale.", "After questioning, he accused Ann Vidal.", [["Otto Berg", "person"], ["Tom Hale", "person"], ["Ann Vidal", "person"]]],
    ["Otto Berg praised Tom Hale.", "In response, he thanked Ann Vidal.", [["Otto Berg", "person"], ["Tom Hale", "person"], ["Ann Vidal", "person"]]],
    ["Otto Berg sacked Tom Hale.", "In his reply, he criticised Ann Vidal.", [["Otto Berg", "person"], ["Tom Hale", "person"], ["Ann Vidal", "person"]]],
    ["Otto Berg met Maria Ward on Monday.", "Upon her release, he thanked Ann Vidal.", [["Otto Berg", "person"], ["Maria Ward", "person"], ["Ann Vidal", "person"]]]
  ];
  for (const [first, second, names] of negatives) {
    it(`negative: '${first} ${second}': no row to C`, () => {
      expect(rows(first, second, names).filter((r) => r.endsWith(`-> ${names[2][0]}`))).toEqual([]);
    });
  }
});
