/**
 * Stage 05, accuracy round 7: labelled "sentence → expected rows" cases on invented sentences (detentions
 * abroad, piracy, kidnappings, floods, strikes), one describe per class, each with negatives. `rows` lists every
 * figure expected, in order; fields left out are not checked.
 */
import {describe, expect, it} from "vitest";
import {figuresOf, row} from "./helpers.ts";

type Row = Partial<ReturnType<typeof row>>;

function check(text: string, rows: Row[]) {
  const got = figuresOf(text).map(row);
  expect(got).toHaveLength(rows.length);
  rows.forEach((r, i) => expect(got[i]).toMatchObject(r));
}

describe("still held: 'remain in custody/detention/prison', named prisons, parts of a held count", () => {
  it.each<[string, string, Row[]]>([
    ["'remain in detention' is held whatever release the sentence names",
      "The union welcomed his release but said at least five other reporters remain in detention in areas held by the militia.",
      [{quote: "at least five", category: "hostages_held"}]],
    ["'remain in jail' of any people", "Twelve fishermen remain in jail in Yangon.", [{quote: "Twelve", category: "hostages_held"}]],
    ["'remain in <adjective> prisons' after a comma aside", "At least 30 Canadians, by the embassy's count, remain in Venezuelan prisons.",
      [{quote: "At least 30", category: "hostages_held"}]],
    ["a named prison after an aside that speaks of arrest", "Three other Chilean citizens, a couple from Valparaiso detained in 2023, remain in Insein.",
      [{quote: "Three", category: "hostages_held"}]],
    ["hostages that remain somewhere after a release", "With Friday's release, officials say 7 hostages remain in Mali, at least two of whom are believed to be dead.",
      [{quote: "7", category: "hostages_held"}, {quote: "at least two", category: "hostages_dead"}]],
    ["'and <two words>' before 'are still believed to be held'; a part arrested in the past is held too",
      "At least 40 Australians and dual nationals are still believed to be held, including three engineers arrested in 2022.",
      [{quote: "At least 40", category: "hostages_held"}, {quote: "three", category: "hostages_held"}]],
    ["'among them' after a count in custody", "Rights groups say at least 14 Georgians remain in Russian custody, among them five former police officers who were arrested in 2021.",
      [{quote: "at least 14", category: "hostages_held"}, {quote: "five", category: "hostages_held"}]],
    ["a part arrested in the past of a freed count is freed too", "The court freed 20 prisoners, including five activists arrested in 2022.",
      [{quote: "20", category: "prisoners_released"}, {quote: "five", category: "prisoners_released"}]],
    // negatives
    ["'remain on strike' is no captivity", "The strikers marched, and 300 workers remain on strike.", [{quote: "300", category: "other"}]],
    ["'remain in hospital' is wounded, not held", "About 40 people remain in hospital after the crash.", [{quote: "About 40", category: "wounded"}]],
    ["hostages 'remain in hospital' after their release are not held", "The 6 hostages freed on Monday remain in hospital.", [{quote: "6", category: "hostages_released"}]],
    ["foreigners in a named place with no arrest word are not held", "Two Swiss tourists, a couple from Basel, remain in Bali.", [{quote: "Two", category: "other"}]],
    ["a part arrested, of a whole that was only arrested, stays other", "Police arrested 30 protesters, including four students arrested at the gate.",
      [{quote: "30", category: "other"}, {quote: "four", category: "other"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});
