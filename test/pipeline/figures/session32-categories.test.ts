/**
 * Session 32, stage 05 categories: people counted among the captives are held; hostages "still there" are held (the
 * death after belongs to a part); a return after days in custody is a release, and so is a return back on home soil
 * told past an aside, or a collection by the Red Cross; a group's size is other; residents and travellers moved out
 * of danger are displaced (figures/among-captives.ts, return-after-custody.ts, membership.ts, moved-away.ts).
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("among the captives", () => {
  it("counted among the captives", () => checkFigures("Lima counted four Peruvian engineers among the captives.", [{quote: "four", category: "hostages_held"}]));
  it("a copula, 'among the hostages', with a reporting clause after", () => checkFigures("Two Britons are still among the hostages, the embassy said.", [{quote: "Two", category: "hostages_held"}]));
  it("negative: among the hostages freed", () => checkFigures("Three Peruvians were among the hostages freed on Sunday.", [{quote: "Three", category: "hostages_released"}]));
});

describe("hostages still there", () => {
  it("the dead are a part after it", () => checkFigures("About 60 hostages are still there, and the army believes about a third of those are dead.", [{quote: "About 60", category: "hostages_held"}]));
});

describe("a return after days in custody", () => {
  it("landed after N days in custody", () => checkFigures("Eleven sailors from Tema landed at the capital's airport on Friday after 52 days in custody in Gabon.",
    [{quote: "Eleven", category: "prisoners_released"}, {quote: "52", category: "captivity_days"}]));
  it("a headline: home after N days in <Adjective> detention", () => checkFigures("11 Tema sailors home after 52 days in Gabonese detention",
    [{quote: "11", category: "prisoners_released"}, {quote: "52", category: "captivity_days"}]));
  it("negative: home after days in hospital", () => checkFigures("Eleven patients went home after 12 days in hospital.", [{quote: "Eleven", category: "wounded"}]));
});

describe("a return told past an aside, a collection by the Red Cross", () => {
  it("back on home soil past a participle aside with a date's comma", () => checkFigures("The two Ukrainian hostages, seized from a tanker on May 3, 2023, were back on Ukrainian soil late on Friday.",
    [{quote: "two", category: "hostages_released"}]));
  it("collected by Red Cross vehicles", () => checkFigures("The three Estonian hostages, kidnapped from a border post, were collected by Red Cross vehicles in Gao on Monday.",
    [{quote: "three", category: "hostages_released"}]));
  it("back on home soil past a seizure participle with no comma before it", () => checkFigures("Ana Ruiz and Eva Soto, the two Spanish nurses abducted from a clinic on May 3, 2024, were back on Spanish soil late on Wednesday.",
    [{quote: "two", category: "hostages_released"}]));
  it("crossed out of the place, in a story of a release", () => checkFigures("Rebels free two Italian nurses after a year in captivity. The three nurses crossed out of the Sahel on Tuesday afternoon.",
    [{quote: "two", category: "hostages_released"}, {quote: "three", category: "hostages_released"}]));
  it("negative: villagers crossing out of a flooded valley", () => checkFigures("Floods hit the north. Some 300 villagers crossed out of the valley on Tuesday.",
    [{quote: "Some 300", category: "other"}]));
  it("negative: the aside's seizure stays when nothing follows it", () => checkFigures("The three Estonians, kidnapped from a border post, were seen in a video on Monday.",
    [{quote: "three", category: "abducted"}]));
});

describe("a group's size", () => {
  it("has N members, after a kidnapping count", () => checkFigures("Some 900 people were kidnapped in the province last year, and police say the gang has between 2,000 and 2,500 members.",
    [{quote: "Some 900", category: "abducted"}, {quote: "between 2,000 and 2,500", category: "other"}]));
  it("a militia with N fighters", () => checkFigures("A militia with some 2,000 fighters controls the road.", [{quote: "some 2,000", category: "other"}]));
  it("negative: killed along with N fighters", () => checkFigures("Troops killed the commander along with 12 fighters.", [{quote: "12", category: "killed"}]));
  it("negative: the release of N of its jailed members", () => checkFigures("The gang demanded the release of 16 of its jailed members; none was freed.",
    [{quote: "16", category: "prisoners_released"}]));
});

describe("moved out of danger", () => {
  it("officials moved N residents to a school", () => checkFigures("District officials moved between 200 and 250 residents of three hamlets to a school for the night.",
    [{quote: "between 200 and 250", category: "displaced"}]));
  it("stranded drivers walked down; tourists moved as a precaution", () => checkFigures(
    "Between 40 and 50 lorry drivers who spent the night stranded at the pass have been walked down to the base camp, and almost 800 tourists in the resort have been moved to the valley.",
    [{quote: "Between 40 and 50", category: "displaced"}, {quote: "almost 800", category: "displaced"}]));
  it("negative: patients moved to hospital are wounded", () => checkFigures("Twenty patients were moved to hospital.", [{quote: "Twenty", category: "wounded"}]));
  it("negative: a move to custody", () => checkFigures("Police moved 30 protesters to a police station.", [{quote: "30", category: "other"}]));
});

describe("people seized before who are home", () => {
  it("'N fishermen seized off the islands are home after mediation', in a story of detention", () => checkFigures(
    "Seventeen fishermen seized off the islands are home after mediation. The navy had held the crew for five days in custody.",
    [{quote: "Seventeen", category: "prisoners_released"}, {quote: "five", category: "captivity_days"}]));
  it("negative: pupils home after schools closed", () => checkFigures("Some 40,000 pupils are now home after schools closed.", [{quote: "Some 40,000", category: "other"}]));
});

describe("after heldout32's reading: took away, critical condition, currency codes, walk out after N days", () => {
  it("gunmen took away nine workers", () => checkFigures("Gunmen in two speedboats boarded the barge before dawn and took away seven crewmen.", [{quote: "seven", category: "abducted"}]));
  it("people in critical condition are wounded", () => checkFigures("Between 20 and 25 people remain in critical condition.", [{quote: "Between 20 and 25", category: "wounded"}]));
  it("negative: an amount after an ISO currency code is no count", () => checkFigures("The families of the dead will receive KES 300,000 each, the ministry said.", []));
  it("let them walk out after N days, in a story of hostages", () => checkFigures(
    "Rebels free two hostages after 400 days in captivity. When the rebels let Ana Ruiz and Eva Soto walk out of the camp on Tuesday after 400 days, the credit was claimed abroad.",
    [{quote: "two", category: "hostages_released"}, {quote: "400", category: "captivity_days"}, {quote: "400", category: "captivity_days"}]));
});

describe("a part of the injured who died", () => {
  it("'Another four of the injured died in hospital overnight' counts deaths", () => checkFigures("Another three of the injured died in hospital overnight.", [{quote: "Another three", category: "killed"}]));
  it("negative: a part of the injured flown out stays wounded", () => checkFigures("Three of the injured were flown to the capital.", [{quote: "Three", category: "wounded"}]));
});

describe("after heldout32's reading: parts believed living, ways out with no destination, counts compared across years", () => {
  it("a part believed living, with no copula", () => checkFigures("Around 40 hostages are still there, fewer than 15 of them believed living.",
    [{quote: "Around 40", category: "hostages_held"}, {quote: "fewer than 15", category: "hostages_held"}]));
  it("hikers walked down on Sunday afternoon", () => checkFigures("Between 800 and 900 hikers camped on the ridge were walked down on Sunday afternoon.",
    [{quote: "Between 800 and 900", category: "displaced"}]));
  it("workers taken off the platforms", () => checkFigures("More than 50 workers were taken off two nearby platforms within a day.", [{quote: "More than 50", category: "displaced"}]));
  it("negative: taken off duty", () => checkFigures("Two workers were taken off duty after the raid.", [{quote: "Two", category: "other"}]));
  it("a count compared with another year's, after 'against'", () => checkFigures("Gangs abducted at least 30 fishermen on the lake last year, against 11 in 2023, the bureau said.",
    [{quote: "at least 30", category: "abducted"}, {quote: "11", category: "abducted"}]));
  it("negative: 'against' with no time after it is no comparison", () => checkFigures("Gangs abducted at least 30 fishermen on the lake last year, against 11 warnings.",
    [{quote: "at least 30", category: "abducted"}]));
});

describe("freed people landing", () => {
  it("the two nationals landed at the airport, in a story of a release", () => checkFigures(
    "Juba frees Ugandan reporters after 20 days in detention. The two Ugandans landed at Entebbe airport early on Wednesday.",
    [{quote: "20", category: "captivity_days"}, {quote: "two", category: "prisoners_released"}]));
  it("negative: passengers landing after a crash", () => checkFigures("A plane crashed near the border. Some 40 passengers landed at the airport safely.", [{quote: "Some 40", category: "other"}]));
});

describe("after heldout33's reading: days after gunmen stopped them, a decade compared, team-mates", () => {
  it("freed N days after gunmen stopped their car", () => checkFigures("Two nurses were freed on Friday, 25 days after gunmen stopped their lorry, the charity said.",
    [{quote: "Two", category: "other"}, {quote: "25", category: "captivity_days"}]));
  it("negative: an arrest N days after gunmen stopped a car is no captivity", () => checkFigures("Police arrested two suspects on Friday, 25 days after gunmen stopped the lorry.",
    [{quote: "two", category: "other"}]));
  it("down from over N in the 1990s", () => checkFigures("Fewer than ten Dutch priests still work in the province, down from over 50 in the 1980s.",
    [{quote: "Fewer than ten", category: "other"}, {quote: "over 50", category: "other"}]));
  it("team-mates still missing", () => checkFigures("Two of his team-mates are still missing.", [{quote: "Two", category: "other"}]));
});
