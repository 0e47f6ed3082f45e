/**
 * Stage 05, accuracy round 8: labelled "sentence → expected rows" cases on invented sentences (kidnappings in
 * the Sahel and the Andes, prisoner swaps elsewhere, strikes, floods), one describe per class, each with
 * negatives. `rows` lists every figure expected, in order; fields left out are not checked.
 */
import {describe, it} from "vitest";
import {checkFigures as check, type FigureRow as Row} from "./helpers.ts";

describe("people counted by company, side or occupation are people", () => {
  it.each<[string, string, Row[]]>([
    ["colleagues freed along with others", "Three engineers were freed in Chad along with five local colleagues after 80 days in captivity.",
      [{quote: "Three", category: "hostages_released"}, {quote: "five", category: "hostages_released"}, {quote: "80", category: "captivity_days"}]],
    ["a range of supporters still held", "The rebels are still holding between 300 and 500 of its supporters.",
      [{quote: "between 300 and 500", low: 300, high: 500, qualifier: "between", category: "hostages_held"}]],
    ["sources who speak are counted, as other", "Two senior security sources said the talks had stalled.", [{quote: "Two", category: "other"}]],
    // negatives
    ["colleagues at a funeral are other", "The company said 40 colleagues attended the funeral.", [{quote: "40", category: "other"}]],
    ["no person noun, no figure", "Three water pumps were repaired.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("'held since' after a count: still held, whoever they are", () => {
  it.each<[string, string, Row[]]>([
    ["politicians held since a year", "The junta refused to include six politicians held since 2018.", [{quote: "six", category: "hostages_held"}]],
    ["held by someone since a month", "The union named four reporters held by the militia since March.", [{quote: "four", category: "hostages_held"}]],
    // negatives
    ["'detained … since' counts arrests, not captives", "The court heard that 40 protesters detained in Cairo since 2019 had been tortured.",
      [{quote: "40", category: "other"}]],
    ["holding talks is no captivity", "Six politicians held talks in Lima.", [{quote: "Six", category: "other"}]],
    ["a release after 'held … since' is theirs", "Four miners held hostage by the gang since June were released on Monday.",
      [{quote: "Four", category: "hostages_released"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("what a release leaves behind is still held", () => {
  it.each<[string, string, Row[]]>([
    ["'leaves N hostages in <place>', with a dead part after 'of whom'",
      "Friday's handover leaves 14 hostages in Mali, at least three of whom are believed to be dead.",
      [{quote: "14", category: "hostages_held"}, {quote: "at least three", category: "hostages_dead"}]],
    ["'would leave N captives'", "The deal would leave 6 captives in the hands of the pirates.", [{quote: "6", category: "hostages_held"}]],
    ["'leaving N hostages' after a release", "The rebels freed 12 hostages, leaving 5 hostages in the jungle.",
      [{quote: "12", category: "hostages_released"}, {quote: "5", category: "hostages_held"}]],
    // negatives
    ["'left N hostages dead' is their own state", "The raid left 4 hostages dead.", [{quote: "4", category: "hostages_dead"}]],
    ["a release said of the left count is theirs", "The pirates left 3 hostages on the beach, where they were freed by the navy.",
      [{quote: "3", category: "hostages_released"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("freed people named as such: a release label, 'went home', 'reunited', 'brought N home'", () => {
  it.each<[string, string, Row[]]>([
    ["'the N freed <demonym>' in a prisoner-swap story",
      "The militia freed 30 prisoners in a swap with the army on Monday. The governor received the 9 freed Jordanians in Amman on Friday.",
      [{quote: "30", category: "prisoners_released"}, {quote: "9", category: "prisoners_released"}]],
    ["'the two freed citizens' in a hostage story",
      "The bandits freed four hostages in Chad. The minister met the two freed citizens at the border and gave them passports.",
      [{quote: "four", category: "hostages_released"}, {quote: "two", category: "hostages_released"}]],
    ["detainees who 'went home' in a swap",
      "Nearly 500 detainees were freed in the swap. In May 2021, 412 detainees went home in a similar operation run by the Red Crescent.",
      [{quote: "Nearly 500", category: "prisoners_released"}, {quote: "412", category: "prisoners_released"}]],
    ["'were reunited with their families' after a kidnapping",
      "Three nurses were reunited with their families in Lyon late Monday, hours after the kidnappers freed them in northern Chad.",
      [{quote: "Three", category: "hostages_released"}]],
    ["'brought <count> home' in a hostage headline", "Hostage diplomacy: how Rome's quiet channel brought three Italians home",
      [{quote: "three", category: "hostages_released"}]],
    // negatives
    ["a part of the freed with its own verb is not their release",
      "The militia freed 30 prisoners in a swap with the army on Monday. Some 40 of the freed men needed care.",
      [{quote: "30", category: "prisoners_released"}, {quote: "Some 40", category: "other"}]],
    ["children reunited after a flood are no release", "The storm hit the town on Monday. Some 200 children were reunited with their parents.",
      [{quote: "Some 200", category: "other"}]],
    ["strikers going home are no release", "After the strike ended, 300 workers went home.", [{quote: "300", category: "other"}]],
    ["soldiers flown home from the front are no release", "The army flew 40 soldiers home from the front.", [{quote: "40", category: "other"}]],
    ["a label with no release in sight stays other", "The storm hit the town on Monday. The mayor thanked the 12 freed volunteers.",
      [{quote: "12", category: "other"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("hostages no longer alive, in the same sentence or the next", () => {
  it.each<[string, string, Row[]]>([
    ["'of them' in the next sentence after a hostage count",
      "Officials say 9 hostages remain in Mali. Up to four of them may no longer be alive.",
      [{quote: "9", category: "hostages_held"}, {quote: "Up to four", qualifier: "up to", category: "hostages_dead"}]],
    ["'believed to have died' in the next sentence", "The pirates still hold 12 hostages. At least three of them are believed to have died.",
      [{quote: "12", category: "hostages_held"}, {quote: "At least three", category: "hostages_dead"}]],
    ["a modal before the count's own state", "Of the 9 hostages still held, four may no longer be alive.",
      [{quote: "9", category: "hostages_held"}, {quote: "four", category: "hostages_dead"}]],
    // negatives
    ["'of them' after a count of other people is a death toll", "The bus carried 40 passengers. At least six of them died in the crash.",
      [{quote: "40", category: "other"}, {quote: "At least six", category: "killed"}]],
    ["hostages said to be alive are held", "Officials say 9 hostages remain in Mali. All of them are believed to be alive.",
      [{quote: "9", category: "hostages_held"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("not counts: 'turned N' is an age, a hedged 'a dozen' is vague", () => {
  it.each<[string, string, Row[]]>([
    ["'turned N in captivity' is an age", "Marco, as his friends call him, turned 44 in captivity.", []],
    ["'will turn N' is an age", "The nurse will turn 30 next week in a cell in Gao.", []],
    ["'more than a dozen' is vague", "The militia is still holding more than a dozen aid workers.",
      [{value: null, vague: true, category: "hostages_held"}]],
    ["'half a dozen' is vague", "About 40 people were injured and half a dozen were killed.",
      [{quote: "About 40", category: "wounded"}, {value: null, vague: true, category: "killed"}]],
    // negatives
    ["'two dozen' is a count", "The rebels freed two dozen hostages.", [{quote: "two dozen", value: 24, vague: false, category: "hostages_released"}]],
    ["a bare 'a dozen' stays 12", "A dozen miners were freed by the gang.", [{quote: "A dozen", value: 12, vague: false}]],
    ["'turned away N workers' is a count", "The mine turned away 300 workers.", [{quote: "300", category: "other"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("captivity days in a headline without a verb: '<names> home after N days'", () => {
  it.each<[string, string, Row[]]>([
    ["'home after N days'", "Two nurses home after 301 days as Paris claims credit",
      [{quote: "Two"}, {quote: "301", category: "captivity_days"}]],
    // negatives
    ["'home after N days in hospital' is no captivity", "The family went home after 12 days in hospital.", []],
    ["days before 'home' with no captivity word", "The team spent 12 days in Peru before flying home.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("people kept by captors, and parts of a held count seized in the past, are held", () => {
  it.each<[string, string, Row[]]>([
    ["'kept' after others were let go; the next predicate's object keeps its own verb",
      "Most were let go within hours, but the bandits kept the three Germans and two local guides and shot dead a third guide who tried to run.",
      [{quote: "three", category: "hostages_held"}, {quote: "two", category: "hostages_held"}]],
    ["a part seized last month of a count still held",
      "In Chad, the gang is still holding more than 20 foreign nationals, among them three Turkish engineers seized last month near Abeche.",
      [{quote: "more than 20", category: "hostages_held"}, {quote: "three", category: "hostages_held"}]],
    ["a part kidnapped in May of a count held", "The rebels still hold 9 aid workers, including two nurses kidnapped in May.",
      [{quote: "9", category: "hostages_held"}, {quote: "two", category: "hostages_held"}]],
    ["a verb after 'and' with its own object is not the count's", "Gunmen seized 30 villagers and killed 5 others.",
      [{quote: "30", category: "abducted"}, {quote: "5", category: "killed"}]],
    ["releasing a video of people is no release", "The kidnappers released a video of the three Spaniards in May.",
      [{quote: "three", category: "other"}]],
    // negatives
    ["keeping staff is no captivity", "The company kept 200 workers on the payroll.", [{quote: "200", category: "other"}]],
    ["a part of an abducted count stays abducted", "The rebels kidnapped 9 aid workers, including two nurses.",
      [{quote: "9", category: "abducted"}, {quote: "two", category: "abducted"}]],
    ["a part abducted of an arrested whole stays abducted", "Police arrested 30 people, among them four students abducted last year by the gang.",
      [{quote: "30", category: "other"}, {quote: "four", category: "abducted"}]],
    ["releasing the people themselves is a release", "The kidnappers released the three Spaniards in May.",
      [{quote: "three", category: "hostages_released"}]],
    ["each count takes its own verb across 'and'", "The storm killed 12 people and injured 40 residents.",
      [{quote: "12", category: "killed"}, {quote: "40", category: "wounded"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("prisoners carried by plane or bus in a swap story are freed", () => {
  it.each<[string, string, Row[]]>([
    ["'carried N detainees' after a swap", "The two sides freed 600 prisoners in a swap on Monday. Each of the six buses carried 20 to 30 detainees.",
      [{quote: "600", category: "prisoners_released"}, {quote: "20 to 30", qualifier: "range", category: "prisoners_released"}]],
    ["'N detainees flown between' in a swap story",
      "The two sides freed 600 prisoners in a swap on Monday. Nearly 500 detainees flown between Kabul and Doha in a Red Crescent-run operation.",
      [{quote: "600", category: "prisoners_released"}, {quote: "Nearly 500", category: "prisoners_released"}]],
    // negatives
    ["inmates bused to another prison with no swap are other", "Guards bused 40 inmates to a new prison after the riot.", [{quote: "40", category: "other"}]],
    ["detainees flown with no swap in the story are other", "Nearly 500 detainees flown between Kabul and Doha in a Red Crescent-run operation.",
      [{quote: "Nearly 500", category: "other"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});
