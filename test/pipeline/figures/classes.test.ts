/**
 * Stage 05, accuracy round 7: labelled "sentence → expected rows" cases on invented sentences (detentions
 * abroad, piracy, kidnappings, floods, strikes), one describe per class, each with negatives. `rows` lists every
 * figure expected, in order; fields left out are not checked.
 */
import {describe, it} from "vitest";
import {checkFigures as check, type FigureRow as Row} from "./helpers.ts";

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

describe("two clauses, two cues: each count takes its own passive verb", () => {
  it.each<[string, string, Row[]]>([
    ["killed, then taken hostage", "The raid began at dawn, during which 12 villagers were killed and 30 villagers were taken hostage.",
      [{quote: "12", category: "killed"}, {quote: "30", category: "abducted"}]],
    ["injured, then evacuated", "About 50 people were injured and more than 400 residents were evacuated after the dam broke.",
      [{quote: "About 50", category: "wounded"}, {quote: "more than 400", category: "displaced"}]],
    ["a body word right before the count still counts", "Rebels handed over 9 living hostages, and the bodies of 3 others were handed over later.",
      [{quote: "9", category: "hostages_released"}, {quote: "3", category: "hostages_dead"}]],
    // negatives
    ["a relative clause after the count is its past, not its own verb", "The gunmen freed 30 people who were kidnapped in May.",
      [{quote: "30", category: "hostages_released"}]],
    ["one verb before, none after: the count takes it", "The storm killed 12 people and injured 40 residents.",
      [{quote: "12", category: "killed"}, {quote: "40", category: "wounded"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("speakers: a count that is the subject of 'said' is not what it reports", () => {
  it.each<[string, string, Row[]]>([
    ["officials said no prisoners would be freed", "Three Colombian officials said no rebel prisoners would be freed in return.",
      [{quote: "Three", category: "other"}]],
    ["nurses told reporters of a release", "Four nurses told reporters that the hostages had been freed.", [{quote: "Four", category: "other"}]],
    // negatives
    ["the speakers' own label still says what happened to them", "Two released prisoners said they had been beaten.",
      [{quote: "Two", category: "prisoners_released"}]],
    ["a count reported by speakers keeps the release", "Officials said 30 prisoners were freed.", [{quote: "30", category: "prisoners_released"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("captivity days told other ways", () => {
  it.each<[string, string, Row[]]>([
    ["a frequency over the days in a custody sentence",
      "Ana Ruiz, freed by the militia on Friday, says she was allowed to phone her mother only twice in 214 days in custody.",
      [{quote: "214", category: "captivity_days"}]],
    ["'N times in N days' with detention named elsewhere in the sentence",
      "The reporter was allowed to call his editor only three times in 190 days, his lawyer said of his detention.",
      [{quote: "190", category: "captivity_days"}]],
    ["held since a date, then the days after a dash", "Mendes, a teacher, had been detained since March 2021 — 1,204 days, according to his union.",
      [{quote: "1,204", category: "captivity_days"}]],
    ["a headline's present 'free' with a person", "Rebels free Ugandan aid worker after 61 days as talks resume",
      [{quote: "61", category: "captivity_days"}]],
    // negatives
    ["relatives campaigning for days", "Her sister campaigned for more than 200 days for her release.", []],
    ["relatives camping for days", "Relatives camped for 40 days outside the ministry demanding the prisoners' release.", []],
    ["days of waiting", "After 30 days of waiting, the families of the detained fishermen were told nothing.", []],
    ["a frequency over days with only a release word", "The freed nurse said she had prayed twice in 5 days.", []],
    ["'free' that frees no person", "The clinic offered free check-ups after 12 days of flooding.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("not figures: 'the other N' without a noun, the first end of a range of years", () => {
  it.each<[string, string, Row[]]>([
    ["'the other N' then an aside and a verb", "The other four, all students, were detained in early 2023 and sentenced to between six and 10 years on treason charges.", []],
    ["'the other N were'", "Police arrested 30 people; the other three were released.", [{quote: "30", category: "other"}]],
    ["a range of years", "The court sentenced the protesters to between five and seven years.", []],
    // negatives
    ["'the other N' with a noun is a count", "The other 12 hostages were freed on Sunday.", [{quote: "12", category: "hostages_released"}]],
    ["a range of people is a count", "Between 20 and 30 fighters attacked the convoy.", [{quote: "Between 20 and 30", low: 20, high: 30}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("freed together with someone: a capture after the count is its past", () => {
  it.each<[string, string, Row[]]>([
    ["soldiers handed over together with a freed civilian",
      "The nun was handed to the Red Cross (ICRC) on Tuesday together with 9 Malian soldiers captured during the fighting.",
      [{quote: "9", category: "prisoners_released"}]],
    ["crew freed along with a pilot", "The pilot was freed along with 3 crew members abducted in March.", [{quote: "3", category: "hostages_released"}]],
    // negatives
    ["captured soldiers paraded, not freed", "The rebels paraded 9 soldiers captured during the fighting.", [{quote: "9", category: "abducted"}]],
    ["'together with' without a release", "The minister arrived together with 12 soldiers captured last year.", [{quote: "12", category: "abducted"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("detained over the years is no held count; modifiers joined by and/or", () => {
  it.each<[string, string, Row[]]>([
    ["two modifiers joined by 'and'; 'detained … since' is a tally of arrests",
      "The charity counts at least 40 foreign and dual nationals detained in Egypt since 2019.",
      [{quote: "at least 40", category: "other", group: "foreign and dual nationals in egypt"}]],
    ["'or' between demonyms", "Troops found 40 Russian or Ukrainian soldiers in the cellar.", [{quote: "40", group: "russian or ukrainian soldiers"}]],
    // negatives
    ["'held … since' stays held", "Rights groups say two Danish nationals held in Iran since 2022 are in poor health.",
      [{quote: "two", category: "hostages_held"}]],
    ["'detained in' without 'since' stays held", "Rights groups say 9 Danish nationals detained in Iran are in poor health.",
      [{quote: "9", category: "hostages_held"}]],
    ["'and' between two counted nouns is no modifier", "The strike involved 300 drivers and 20 nurses.",
      [{quote: "300", group: "drivers"}, {quote: "20", group: "nurses"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("relatives counted as people", () => {
  it.each<[string, string, Row[]]>([
    ["'their two daughters' is a count of people", "Ana stepped off the plane and into the arms of her husband, Luis, and their two daughters.",
      [{quote: "two", category: "other", group: "daughters"}]],
    ["relatives killed", "Her two brothers were killed in the raid.", [{quote: "two", category: "killed"}]],
    // negative
    ["'a father of two sons' is a family descriptor", "Luis, a father of two sons, was freed on Monday.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("a range written as a word then digits", () => {
  it.each<[string, string, Row[]]>([
    ["between a word and digits", "The flood killed between eight and 12 people.",
      [{quote: "between eight and 12", value: null, low: 8, high: 12, qualifier: "between", category: "killed"}]],
    ["a word to digits", "Rebels are holding eight to 15 hostages.", [{quote: "eight to 15", low: 8, high: 15, qualifier: "range"}]],
    // negatives
    ["digits then a word is no range", "The strike drew 12 or two hundred workers.", [{quote: "two hundred", value: 200}]],
    ["a range of years is still no count", "The court sentenced the protesters to between five and 10 years.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});
