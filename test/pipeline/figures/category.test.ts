/**
 * Round 21 class for stage 05's categories (figures/category.ts copulaStillHeld): hostages whose own copula says
 * they are still in a named place ("are still in Darfur") are held, whatever release is asked for or death is said
 * in the next clause; a part told by "of whom/them" takes it in a hostage sentence. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {checkFigures, figuresOf} from "./helpers.ts";

/** Figure rows (quote and category) of a text. */
function figuresOfLead(text: string): {quote: string; category: string}[] {
  return figuresOf(text).map((f) => ({quote: f.quote, category: f.category}));
}

describe("still in a named place: held", () => {
  it("the count's own copula beats a death in the next clause", () => {
    checkFigures("According to the army, 87 hostages are still in Darfur, and about half of them are believed to be dead.", [
      {quote: "87", category: "hostages_held"}
    ]);
  });
  it("a part after 'of whom', after a release only asked for", () => {
    checkFigures("The minister urged the rebels to free all hostages with Kenyan passports, at least four of whom are still in Darfur.", [
      {quote: "at least four", category: "hostages_held"}
    ]);
  });
  it("'remain still in' with 'the' before the place", () => {
    checkFigures("Officials say 15 hostages remain still in the Sahel.", [{quote: "15", category: "hostages_held"}]);
  });
});

describe("negatives", () => {
  it("freed in a named place", () => {
    checkFigures("Officials say 87 hostages were freed in Darfur.", [{quote: "87", category: "hostages_released"}]);
  });
  it("still in hospital is no place (no own copula: the release decides)", () => {
    checkFigures("Officials say the 87 hostages freed on Monday are still in hospital.", [{quote: "87", category: "hostages_released"}]);
  });
  it("a part of people freed before, still in a city", () => {
    checkFigures("The rebels freed all the hostages on Monday, four of whom are still in Nairobi.", [{quote: "four", category: "hostages_released"}]);
  });
  it("no hostage in the sentence: 'of whom' after stranded tourists", () => {
    checkFigures("The storm stranded 40 tourists, at least four of whom are still in Madrid.", [{quote: "40", category: "other"}]);
  });
  it("no hostage in the sentence: a club to release players, 'of whom' still in a city", () => {
    checkFigures("The club is to release 40 players, at least four of whom are still in Madrid.", []);
  });
  it("a state in lower case is no place: 'still in shock' before their release", () => {
    checkFigures("Doctors say 87 hostages are still in shock after their release on Monday.", [{quote: "87", category: "hostages_released"}]);
  });
  it("a second clause with another subject", () => {
    checkFigures("The rebels say 87 hostages were freed, and their leaders are still in Darfur.", [{quote: "87", category: "hostages_released"}]);
  });
});

describe("a pronoun's relative clause right after the count holds them (heldByPronounAfter)", () => {
  it("'they still hold' at the sentence's end, after a plea (no release asked by a verb)", () => {
    checkFigures("Elders in Tarvo pleaded with the smugglers for the 23 pilgrims they still hold.", [
      {quote: "23", category: "hostages_held"}
    ]);
  });
  it("'it is holding'", () => {
    checkFigures("The bishop urged the gang to release the 14 villagers it is holding.", [{quote: "14", category: "hostages_held"}]);
  });
  it("negative: what they hold is a status ('told the 40 villagers they still hold Kenyan passports')", () => {
    checkFigures("Officials told the 40 villagers they still hold Kenyan passports.", [{quote: "40", category: "other"}]);
  });
  it("negative: a release done before the count", () => {
    checkFigures("The rebels released the 14 villagers they are holding.", [{quote: "14", category: "hostages_released"}]);
  });
  it("negative: a second clause with another object", () => {
    checkFigures("The army freed 40 villagers on Monday, but they still hold the airport.", [{quote: "40", category: "other"}]);
  });
  it("negative: a past verb in the relative clause", () => {
    checkFigures("Officials met the 14 villagers they freed.", [{quote: "14", category: "other"}]);
  });
});

/**
 * Review 21 F8: freed hostages who are still somewhere are no captives, and a part of the wounded is no hostage part.
 * The place copula decides only for a count with no release participle and no release told after it.
 */
const F8_LEAD = "The rebels freed 40 hostages on Monday, the government said.\n";
describe("review 21 F8 negatives: freed people still in a place, a part of the wounded", () => {
  it.each([
    ["a 'freed' participle in the count's phrase", "Eight freed hostages are still in Khartoum.", "Eight"],
    ["'freed', then a plan", "The three freed hostages are still in Bamako and will fly home on Friday.", "three"],
    ["'rescued', still in a hospital named after a region", "The 12 rescued hostages are still in the Sahel region's main hospital.", "12"],
    ["a release told after a comma", "The two hostages are still in Egypt, recovering after their release.", "two"],
    ["a release told in a 'when' clause", "Four hostages were still in the Sahel when French troops freed them.", "Four"]
  ])("%s (stays released)", (_label, sentence, quote) => {
    checkFigures(`${F8_LEAD}${sentence}`, [{quote: "40", category: "hostages_released"}, {quote, category: "hostages_released"}]);
  });
  it("a part of the wounded, still in a hospital", () => {
    checkFigures("Gunmen abducted 30 villagers and wounded 12, three of whom are still in Gusau General Hospital.", [
      {quote: "30", category: "abducted"}, {quote: "12", category: "wounded"}, {quote: "three", category: "wounded"}
    ]);
  });
});

describe("review 21 F8 positives kept", () => {
  it("a release asked for after the copula stays held", () => {
    checkFigures("Officials say 25 hostages are still in Tindouf, and the envoy vowed to free them.", [{quote: "25", category: "hostages_held"}]);
  });
});

/**
 * Review 21 F14: "they hold" with a complement (responsible, in reserve, talks, dear) or a lawful holder's custody is
 * no captivity. The relative clause must end right after the verb, and no police, army or court open the sentence.
 */
const F14_LEAD = "The rebels freed 40 hostages on Monday, the government said.\n";
describe("review 21 F14 negatives: hold with a complement, or a lawful holder", () => {
  it.each([
    ["hold responsible", "Families blame the 12 officials they hold responsible for the deaths.", "12"],
    ["police holding suspects", "Police said the 12 suspects they are holding would be charged.", "12"],
    ["an army's reserve", "The army said the 20 soldiers it holds in reserve would deploy.", "20"],
    ["hold talks with", "The envoys met the three ministers they hold talks with every month.", "three"],
    ["hold dear", "The families want the 12 fishermen they hold dear to come home.", "12"],
    ["a court holding men on remand", "Court officials said the seven men they hold would appear on Monday.", "seven"],
    ["police custody, the clause ending after the verb", "Police will question the 12 men they still hold.", "12"]
  ])("%s (not held)", (_label, sentence, quote) => {
    const rows = figuresOfLead(`${F14_LEAD}${sentence}`);
    expect(rows.find((r) => r.quote === quote)?.category).not.toBe("hostages_held");
  });
});

describe("review 21 F14 positives: the clause ends after the verb", () => {
  it("'they still hold' before 'and'", () => {
    checkFigures("The envoy asked the gang to let go of the 6 nurses they still hold and the bus driver.", [{quote: "6", category: "hostages_held"}]);
  });
  it("'it is holding in <Place>'", () => {
    checkFigures("Mediators urged the militia to free the 15 teachers it is holding in Korvan.", [{quote: "15", category: "hostages_held"}]);
  });
});
