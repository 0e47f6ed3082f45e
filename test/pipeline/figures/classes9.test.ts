/**
 * Stage 05, accuracy round 9: labelled "sentence → expected rows" cases on invented sentences (kidnappings in
 * the Sahel and Latin America, jailed opponents, pilots and nurses freed, strikes), one describe per class, each
 * with negatives. `rows` lists every figure expected, in order; fields left out are not checked.
 */
import {describe, it} from "vitest";
import {checkFigures as check, type FigureRow as Row} from "./helpers.ts";

describe("captivity days told other ways: 'into captivity', 'lasted', 'behind bars'", () => {
  it.each<[string, string, Row[]]>([
    ["'N days into captivity' in a headline", "Two Peruvian engineers released by bandits 47 days into captivity",
      [{quote: "Two", category: "hostages_released"}, {quote: "47", category: "captivity_days"}]],
    ["'<captivity> lasted N days'", "Her detention lasted 96 days, the lawyer said.", [{quote: "96", category: "captivity_days"}]],
    // (Session 30: "geologists" is a person noun, so "the two geologists" is an anaphoric count with a head noun.)
    ["'a captivity that had lasted N days'", "A captivity that had lasted 640 days ended on Friday when the two geologists walked free.",
      [{quote: "640", category: "captivity_days"}, {quote: "two", category: "hostages_released"}]],
    ["'spent N days behind bars'", "Before his acquittal the teacher had spent 410 days behind bars in Minsk.", [{quote: "410", category: "captivity_days"}]],
    // negatives
    ["'N days into the war' is no captivity", "The offensive is now 30 days into the war, officials said.", []],
    ["a strike that lasted N days is no captivity", "The strike lasted 40 days, the union said.", []],
    ["'spent N days behind the wheel' is no captivity", "He spent 12 days behind the wheel on the rally.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("day counts that are not captivity: a rate over days, a wait for news", () => {
  it.each<[string, string, Row[]]>([
    ["a rate 'per day for N days'", "Each released miner is to be paid 20 dollars per day for 45 days, the ministry said.", []],
    ["no sign of life for N days", "There has been no sign of life for 75 days from the abducted geologist, his employer said.", []],
    ["nobody has heard from him in N days", "The mother of the kidnapped pilot says nobody has heard from him in 90 days.", []],
    // negatives: captivity still told after such words
    ["'no contact' far before 'after N days in captivity'", "The engineer, who had no contact with his family, was freed after 150 days in captivity.",
      [{quote: "150", category: "captivity_days"}]],
    ["'held for N days' after a wait for news", "The family, which had no word from the captors for weeks, said the nurse was held for 80 days.",
      [{quote: "80", category: "captivity_days"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("prisoners still held, said in other ways: 'remain behind bars', 'holds', 'held in', 'down from', 'among them'", () => {
  it.each<[string, string, Row[]]>([
    ["'N political prisoners remain behind bars in <country>'", "Around 800 political prisoners remain behind bars in Nicaragua, a rights group says.",
      [{quote: "Around 800", category: "hostages_held"}]],
    ["'N political prisoners are still held', then 'down from M prisoners'",
      "Roughly 350 political prisoners are still held by the government, a monitoring group says, down from 520 prisoners in 2022.",
      [{quote: "Roughly 350", category: "hostages_held"}, {quote: "520", category: "hostages_held"}]],
    ["'N political prisoners held in <country>' as a subject", "Roughly 450 political prisoners held in Belarus include the blogger, her lawyer says.",
      [{quote: "Roughly 450", category: "hostages_held"}]],
    ["'N <people> are among them' after a held count",
      "About 900 opposition activists remain in custody, lawyers say. At least 30 journalists are among them.",
      [{quote: "About 900", category: "hostages_held"}, {quote: "At least 30", category: "hostages_held"}]],
    ["'among them' after a death toll", "The floods killed 40 people. Six children were among them.",
      [{quote: "40", category: "killed"}, {quote: "Six", category: "killed"}]],
    ["'N of the M people taken hostage … remain in <place>'", "Officials said 12 of the 90 people taken hostage on May 3, 2024 remain in the forest.",
      [{quote: "12", category: "hostages_held"}, {quote: "90", category: "abducted"}]],
    // negatives
    ["prisoners freed while held in a camp are freed", "The army freed 30 prisoners held in the camp.", [{quote: "30", category: "prisoners_released"}]],
    ["prisoners held in a camp who were then released", "Some 45 prisoners held in the camp were released on Monday.", [{quote: "Some 45", category: "prisoners_released"}]],
    ["a hostage count and prisoners coordinated: the prisoners are not hostages",
      "The rebels still hold 25 living hostages and nearly 2,000 prisoners.",
      [{quote: "25", category: "hostages_held"}, {quote: "nearly 2,000", category: "other"}]],
    ["'among' others than 'them' is no part", "The floods killed 40 people. Six children were among the rescuers.",
      [{quote: "40", category: "killed"}, {quote: "Six", category: "other"}]],
    ["a part that remains in hospital is not held", "Five of the 30 people arrested on Monday remain in hospital.",
      [{quote: "Five", category: "other"}, {quote: "30", category: "other"}]],
    ["a part of hostages freed is freed", "Five of the 30 hostages taken in May were freed.",
      [{quote: "Five", category: "hostages_released"}, {quote: "30", category: "hostages_released"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("releases whose verb is far: 'and N other people', a long relative clause, 'N of them' told by when", () => {
  it.each<[string, string, Row[]]>([
    ["'released <name>, <aside>, and N other people'",
      "The ministry said Lima had released jailed officer Jorge Vega, a Peruvian convicted of treason, and three other people, two of whom are Chilean citizens.",
      [{quote: "three", category: "prisoners_released"}]],
    ["'freed the kidnapped <name> and N others'", "The rebels freed the kidnapped nurse Ana Ruiz and two others on Monday.",
      [{quote: "two", category: "hostages_released"}]],
    ["a swap of generic people on both sides stays prisoners",
      "The junta on Friday released the jailed reporter Ana Ruiz and three other people, among them the activist Luis Mora, in exchange for four people held in Peru.",
      [{quote: "three", category: "prisoners_released"}, {quote: "four", category: "prisoners_released"}]],
    ["'N <people> from <town>, who were arrested …, were released'",
      "Thirty fishermen from Galle, who were arrested by the navy off the coast in late March, were released on Friday.",
      [{quote: "Thirty", category: "prisoners_released"}]],
    ["'N <people> from <town>, who were seized …, were freed'",
      "Nineteen miners from Kasai, who were seized by a militia near the border in early May, were freed on Monday and flown to Kinshasa.",
      [{quote: "Nineteen", category: "hostages_released"}]],
    ["'freed N hostages, M of them during the truce'", "The gang freed nine hostages, five of them during the truce.",
      [{quote: "nine", category: "hostages_released"}, {quote: "five", category: "hostages_released"}]],
    // negatives
    ["'and N others' after a killing stays killed", "The rebels freed a nurse, then killed a guard and two others.",
      [{quote: "two", category: "killed"}]],
    ["'and N other people' after no release", "The floods killed a farmer and two other people.", [{quote: "two", category: "killed"}]],
    ["a relative clause then a rescue is no release", "Nineteen miners from Kasai, who were trapped underground for a week, were rescued on Monday.",
      [{quote: "Nineteen", category: "other"}]],
    ["'M of them' with a verb of its own keeps it", "The gang freed nine hostages; five of them in the north were later killed.",
      [{quote: "nine", category: "hostages_released"}, {quote: "five", category: "hostages_dead"}]],
    ["'M of them' told by where after a held count", "The gang still holds nine hostages, five of them in the north.",
      [{quote: "nine", category: "hostages_held"}, {quote: "five", category: "hostages_held"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("who frees decides: people freed by an armed group are hostages, by a state from its prisons prisoners", () => {
  it.each<[string, string, Row[]]>([
    ["rebels free journalists, with prison words in the sentence",
      "Mai-Mai rebels freed two journalists on Monday, ending a captivity that had lasted 300 days in a prison camp.",
      [{quote: "two", category: "hostages_released"}, {quote: "300", category: "captivity_days"}]],
    ["freed by the militia (passive)", "Two aid workers freed by the militia on Friday were flown to Goma, where they had been in custody.",
      [{quote: "Two", category: "hostages_released"}]],
    ["a headline without the armed group's noun: the lead names it",
      "Mai-Mai free two journalists after Qatari mediation\nThe Mai-Mai rebels freed two journalists on Monday following mediation by Qatar.\nThe two had been moved between prisons, and 40 detainees remain in custody.",
      [{quote: "two", category: "hostages_released"}, {quote: "two", category: "hostages_released"}, {quote: "40", category: "hostages_held"}]],
    // negatives
    ["a state freeing people from its prison frees prisoners", "The army freed two journalists from a military prison on Monday.",
      [{quote: "two", category: "prisoners_released"}]],
    ["an armed group freeing prisoners in a swap frees prisoners", "The militia freed 30 prisoners in a swap with the army on Monday.",
      [{quote: "30", category: "prisoners_released"}]],
    ["an armed group freeing soldiers frees prisoners of war", "The rebels released 40 soldiers on Monday.", [{quote: "40", category: "prisoners_released"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("not people: a participle then a noun of things; a return told as 'back in <place>'", () => {
  it.each<[string, string, Row[]]>([
    ["'the N seized tankers' counts tankers",
      "The remaining 9 crew, including the captains of the two seized tankers, are still in custody in Aden.",
      [{quote: "9", category: "hostages_held"}]],
    ["'the N hijacked ships' counts ships", "Pirates seized three tankers; the crews of the three hijacked ships remain held.", []],
    ["'N <hostages> back in <place>' in a headline", "'We are home': Two Thai hostages back in Bangkok after 400 days | News",
      [{quote: "Two", category: "hostages_released"}, {quote: "400", category: "captivity_days"}]],
    ["'N hostages are now back in <country>'", "Two hostages are now back in France, the ministry said.", [{quote: "Two", category: "hostages_released"}]],
    // negatives
    ["a participle then a person noun is people", "The bandits abducted 40 villagers; 12 abducted schoolgirls were later freed.",
      [{quote: "40", category: "abducted"}, {quote: "12", category: "hostages_released"}]],
    ["a participle then a preposition is people", "Gunmen seized three in the raid and killed two.",
      [{quote: "three", category: "abducted"}, {quote: "two", category: "killed"}]],
    ["'back in court' is no return", "The strike left 30 workers back in court.", [{quote: "30", category: "other"}]],
    ["'back in March' is a time", "Two hostages were freed back in March.", [{quote: "Two", category: "hostages_released"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("a release far from its count: 'along with N other <people>', a relative clause after where they are from", () => {
  it.each<[string, string, Row[]]>([
    ["'was freed …, after N days in captivity, along with M other hostages'",
      "Ruiz was freed in early May during a three-day truce, after 40 days in captivity, along with 12 other hostages.",
      [{quote: "40", category: "captivity_days"}, {quote: "12", category: "hostages_released"}]],
    ["'N <people> of the <X> valley who had been held in <Y> were handed back'",
      "In the prisoner exchange, 14 shepherds of the Upper Kodori valley who had been wrongly held in Sukhumi were handed back to Georgia.",
      [{quote: "14", category: "prisoners_released"}]],
    // negatives
    ["'held … along with M other hostages' stays held", "The rebels held Ruiz for a year along with 12 other hostages.",
      [{quote: "12", category: "hostages_held"}]],
    ["a release in an earlier clause does not reach past a semicolon", "Ruiz was freed on Monday; she had been held along with 12 other hostages.",
      [{quote: "12", category: "hostages_held"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("a breakdown between spaced hyphens shares the count before it", () => {
  it.each<[string, string, Row[]]>([
    ["a death toll broken down", "The floods killed 40 people - 35 farmers and five children - in the north.",
      [{quote: "40", category: "killed"}, {quote: "35", category: "killed"}, {quote: "five", category: "killed"}]],
    ["a swap's returned citizens broken down",
      "Armenia has brought back 40 of its citizens from Azerbaijani captivity - 35 soldiers and five civilians - in an exchange brokered by Qatar.",
      [{quote: "40", category: "prisoners_released"}, {quote: "35", category: "prisoners_released"}, {quote: "five", category: "prisoners_released"}]],
    // negatives
    ["a dateline hyphen opens no aside", "GAZA - 30 people were killed on Monday, medics said - the worst toll in weeks.",
      [{quote: "30", category: "killed"}]],
    ["an unclosed hyphen after a count is no breakdown", "The strike idled 40 factories - 300 workers marched on Monday.",
      [{quote: "300", category: "other"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("soldiers carried in a prisoner-swap story are freed, like prisoners", () => {
  it.each<[string, string, Row[]]>([
    ["'the N soldiers were flown from <X> to <Y>' after a swap",
      "Kyiv and Moscow swapped 90 prisoners of war each in an exchange on Thursday.\nThe ministry said the 90 soldiers were flown from Minsk to Kyiv on Friday.",
      [{quote: "90", category: "prisoners_released"}, {quote: "90", category: "prisoners_released"}]],
    // negatives
    ["soldiers flown to the front with no swap are other", "The army said 90 soldiers were flown from Lviv to the front on Friday.",
      [{quote: "90", category: "other"}]],
    ["soldiers flown out wounded in a swap story are wounded",
      "Kyiv and Moscow swapped 90 prisoners of war each in an exchange on Thursday.\nSeparately, 40 soldiers were flown to Kharkiv after being wounded.",
      [{quote: "90", category: "prisoners_released"}, {quote: "40", category: "wounded"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("'N other <people>' held together with the one held", () => {
  it.each<[string, string, Row[]]>([
    ["'were kept together with N other men'", "He and Ruiz were kept together with three other men for almost five months.",
      [{quote: "three", category: "hostages_held"}]],
    ["'had been held captive with N others'", "She had been held captive with two others in a basement.", [{quote: "two", category: "hostages_held"}]],
    // negatives
    ["'held up with N other officials' is traffic", "The minister was held up with two other officials in traffic.", [{quote: "two", category: "other"}]],
    ["a release after them is no captivity now", "He was held with three other men until the army freed them.", [{quote: "three", category: "other"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});
