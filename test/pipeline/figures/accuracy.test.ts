/**
 * Stage 05, round 3 accuracy rules: labelled "sentence → expected rows" cases on our own invented sentences
 * (kidnappings elsewhere, piracy, mine collapses, floods, strikes). `rows` lists every figure expected, in order;
 * fields left out are not checked.
 */
import {describe, expect, it} from "vitest";
import {checkFigures as check, figuresOf, row, type FigureRow as Row} from "./helpers.ts";

describe("coordination: each counted noun keeps its own category", () => {
  it.each<[string, string, Row[]]>([
    ["held hostages do not make the prisoners after them hostages", "The rebels still hold 25 living hostages and nearly 2,000 prisoners.",
      [{quote: "25", category: "hostages_held", group: "living hostages"}, {quote: "nearly 2,000", category: "other", group: "prisoners"}]],
    ["a release verb after both nouns frees both, each in its own kind", "Four hostages and 200 prisoners were released on Sunday.",
      [{quote: "Four", category: "hostages_released"}, {quote: "200", category: "prisoners_released"}]],
    ["a release verb before both nouns frees both", "The truce will free 25 living hostages and nearly 2,000 prisoners.",
      [{quote: "25", category: "hostages_released"}, {quote: "nearly 2,000", category: "prisoners_released"}]],
    ["killed guards and killed captives: the captives are hostages dead", "Rebels killed 5 guards and 3 captives during the raid.",
      [{quote: "5", category: "killed", group: "guards"}, {quote: "3", category: "hostages_dead", group: "captives"}]],
    ["three nouns, one exchange verb at the end", "Twelve hostages, 4 soldiers and 30 prisoners were exchanged.",
      [{quote: "Twelve", category: "hostages_released"}, {quote: "4", category: "prisoners_released"}, {quote: "30", category: "prisoners_released"}]],
    ["freed in exchange for detainees (swap sides)", "Eight captives were freed in exchange for 40 detainees held by the army.",
      [{quote: "Eight", category: "hostages_released"}, {quote: "40", category: "prisoners_released", group: "detainees"}]],
    ["detainees freed in exchange for hostages (swap sides, reversed)", "40 detainees were freed in exchange for 8 hostages.",
      [{quote: "40", category: "prisoners_released"}, {quote: "8", category: "hostages_released"}]],
    ["pirates: released hostages and fishermen", "Pirates released 11 hostages and 3 fishermen.",
      [{quote: "11", category: "hostages_released"}, {quote: "3", category: "hostages_released", group: "fishermen"}]],
    ["mine collapse: one verb, two nouns", "The mine collapse killed 4 miners and 2 rescuers.",
      [{quote: "4", category: "killed", group: "miners"}, {quote: "2", category: "killed", group: "rescuers"}]],
    ["storm: two verbs, two nouns", "The storm killed 12 people and injured 40 residents.",
      [{quote: "12", category: "killed"}, {quote: "40", category: "wounded", group: "residents"}]],
    ["rescue: one verb after two nouns", "Twenty fishermen and 3 coast guards were rescued.",
      [{quote: "Twenty", category: "other"}, {quote: "3", category: "other", group: "coast guards"}]],
    ["'kidnappers' is the doer, not an abduction cue", "The kidnappers hold 9 hostages and 14 villagers.",
      [{quote: "9", category: "hostages_held"}, {quote: "14", category: "hostages_held", group: "villagers"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("dead hostages: believed, presumed, confirmed dead, bodies", () => {
  it.each<[string, string, Row[]]>([
    ["a bare count said to be believed dead after hostages were counted", "Of the 50 hostages still held, 20 are believed dead.",
      [{quote: "50", category: "hostages_held"}, {quote: "20", category: "hostages_dead"}]],
    ["'thought to be dead' after a comma", "The group holds 17 captives, 5 are thought to be dead.",
      [{quote: "17", category: "hostages_held"}, {quote: "5", category: "hostages_dead"}]],
    ["'confirmed dead' of hostages taken", "Of the 40 hostages taken, 6 were confirmed dead on Monday.",
      [{quote: "40", category: "abducted"}, {quote: "6", category: "hostages_dead"}]],
    ["hostages presumed dead (noun)", "Twelve hostages are presumed dead.", [{quote: "Twelve", category: "hostages_dead"}]],
    ["captives believed dead (noun)", "Six captives are believed dead, officials said.", [{quote: "Six", category: "hostages_dead"}]],
    ["confirmed N hostages dead", "The army confirmed 3 hostages dead on Monday.", [{quote: "3", category: "hostages_dead"}]],
    ["bodies of N captives", "The bodies of 2 captives were found in a tunnel.", [{quote: "2", category: "hostages_dead"}]],
    ["remains of N hostages", "The remains of 4 hostages were returned.", [{quote: "4", category: "hostages_dead"}]],
    ["miners presumed dead stay a death toll (no hostages)", "Of the 12 miners trapped, 3 are presumed dead.",
      [{quote: "12", category: "other"}, {quote: "3", category: "killed"}]],
    ["a death in the raid after hostages were taken stays killed", "Militants seized 30 hostages in the raid, in which 12 were killed.",
      [{quote: "30", category: "abducted"}, {quote: "12", category: "killed"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("a later bare count with its own verb owns the cues after it", () => {
  it.each<[string, string, Row[]]>([
    ["bus: the injured are a part, not all passengers", "The bus carried 40 passengers, 12 were injured.",
      [{quote: "40", category: "other"}, {quote: "12", category: "wounded"}]],
    ["ferry: a cue as the bare count's verb", "The ferry carried 90 passengers, 14 drowned.",
      [{quote: "90", category: "other"}, {quote: "14", category: "killed"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("other, more, another: the category comes from the noun (or the earlier count's noun)", () => {
  it.each<[string, string, Row[]]>([
    ["freed along with N other hostages", "She was freed along with 5 other hostages held since October.",
      [{quote: "5", category: "hostages_released", group: "other hostages"}]],
    ["died in captivity along with N other hostages", "He died in captivity along with 3 other hostages.", [{quote: "3", category: "hostages_dead"}]],
    ["N more hostages had died", "The rebels said 2 more hostages had died.", [{quote: "2", category: "hostages_dead"}]],
    ["another N captives remain", "Another 4 captives remain in the forest.", [{quote: "Another 4", qualifier: "another", category: "hostages_held"}]],
    ["'and 5 more on Saturday': more of the earlier count's people", "The rebels freed 12 hostages on Friday and 5 more on Saturday.",
      [{quote: "12", category: "hostages_released"}, {quote: "5", category: "hostages_released", group: "hostages"}]],
    ["'and another 5': same", "The rebels freed 12 hostages on Friday and another 5 on Saturday.",
      [{quote: "12", category: "hostages_released"}, {quote: "another 5", qualifier: "another", category: "hostages_released", group: "hostages"}]],
    ["a chain of 'N more'", "The rebels freed 12 hostages on Friday, 5 more on Saturday and 3 more on Sunday.",
      [{quote: "12"}, {quote: "5", category: "hostages_released"}, {quote: "3", category: "hostages_released"}]],
    ["floods: 12 more dead the next day", "Floods killed 40 people on Monday and 12 more on Tuesday.",
      [{quote: "40", category: "killed"}, {quote: "12", category: "killed", group: "people"}]],
    ["an own verb after 'more' wins", "The gang freed 12 hostages; 5 more were killed.",
      [{quote: "12", category: "hostages_released"}, {quote: "5", category: "hostages_dead"}]],
    ["rescued hostages are freed", "The army rescued 6 other hostages.", [{quote: "6", category: "hostages_released"}]],
    ["rescued people are not", "Troops rescued 40 people from the flooded village.", [{quote: "40", category: "other"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("'from N to M' is one range", () => {
  it.each<[string, string, Row[]]>([
    ["a toll that rose", "The death toll rose from 30 to 45.", [{quote: "30 to 45", value: null, low: 30, high: 45, qualifier: "range", category: "killed"}]],
    ["a toll revised down: still one range, low < high", "The toll was revised from 45 to 30.", [{quote: "45 to 30", low: 30, high: 45, category: "killed"}]],
    ["words and digits mixed", "The death toll rose from thirty to 45.", [{quote: "thirty to 45", low: 30, high: 45}]],
    ["displaced count with commas", "The number of displaced rose from 1,200 to 3,500 on Sunday.", [{low: 1200, high: 3500, category: "displaced"}]],
    ["strikers with a noun", "Turnout grew from 800 to 2,000 workers.", [{quote: "800 to 2,000", low: 800, high: 2000, group: "workers"}]],
    ["years stay years", "Prices rose from 2019 to 2016.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("days in captivity: only when the clause is about being held", () => {
  it.each<[string, string, Row[]]>([
    ["spent N days in captivity", "The nurse spent 120 days in captivity.", [{quote: "120", category: "captivity_days", group: "days"}]],
    ["spent N days in tunnels", "The engineer spent 120 days in rebel tunnels before his release.", [{quote: "120", category: "captivity_days"}]],
    ["spent N days held in a place", "He spent 98 days held in the jungle by the guerrillas.", [{quote: "98", category: "captivity_days"}]],
    ["a freed hostage spent N days in a place", "The freed hostage spent 120 days in Gaza.", [{quote: "120", category: "captivity_days"}]],
    ["solitary confinement", "She had spent 45 days in solitary confinement.", [{quote: "45", category: "captivity_days"}]],
    ["the N days he spent in captivity", "The 52 days he spent in captivity changed him.", [{quote: "52", category: "captivity_days"}]],
    ["the N days they were held", "During the 400 days they were held, the hostages were moved often.", [{quote: "400", category: "captivity_days"}]],
    ["held in a place for N days", "He was held in Gaza for 120 days.", [{quote: "120", category: "captivity_days"}]],
    ["a business trip is no captivity", "The team spent 40 days in Nairobi for talks.", []],
    ["the N days she spent in a city are no captivity", "The 40 days she spent in Nairobi were busy.", []],
    ["a hospital stay is no captivity", "He spent 12 days in hospital after the crash.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("group label keeps the place after the noun's verb", () => {
  it.each<[string, string, string]>([
    ["killed in a place (perfect passive)", "More than 30,000 Palestinians have been killed in Gaza.", "palestinians in gaza"],
    ["killed in a place, then a date", "Some 1,200 people were killed in Israel on October 7.", "people in israel"],
    ["wounded in 'the' place of two words", "Nine soldiers were wounded in the West Bank.", "soldiers in the west bank"],
    ["still held in a place", "Around 130 hostages are still held in Gaza, officials said.", "hostages in gaza"],
    ["displaced from a place", "Hundreds of people were displaced from Rafah.", "people from rafah"],
    ["a place right after the noun (as before)", "The quake killed 300 people in Nepal.", "people in nepal"],
    ["a month is no place", "About 40 people were killed in October.", "people"],
    ["an adjective before a noun is no place", "Dozens of civilians were killed in Israeli strikes.", "civilians"],
    ["a weekday's event is no place", "Over 50 miners were trapped in Monday's collapse.", "miners"],
    ["a place followed by a noun is left out", "Twelve people died in Kharkiv region.", "people"]
  ])("%s", (_label, text, group) => {
    const [f] = figuresOf(text).map(row);
    expect(f?.group).toBe(group);
  });
});

describe("known misses found in round 3 (kept visible)", () => {
  it("a generic noun held by captors without 'hostage' words ('Pirates still hold 5 more crew members') is hostages held (fixed)", () => {
    check("Pirates still hold 5 more crew members.", [{quote: "5", category: "hostages_held"}]);
  });
  it.fails("an abduction participle inside the group beats the later verb ('11 kidnapped tourists were believed dead')", () => {
    check("Police said 11 kidnapped tourists were believed dead.", [{quote: "11", category: "hostages_dead"}]);
  });
  it("a time adverb after a bare range no longer drops it ('rose from 1,200 to 3,500 overnight')", () => {
    check("The number of displaced rose from 1,200 to 3,500 overnight.", [{low: 1200, high: 3500, category: "displaced"}]);
  });
  it.fails("a hyphenated day count ('his 300-day captivity') is excluded as a modifier", () => {
    check("His 300-day captivity ended on Sunday.", [{quote: "300", category: "captivity_days"}]);
  });
});

describe("held captives: a holding verb or held state decides, demonyms are people", () => {
  it.each<[string, string, Row[]]>([
    ["holding verb before a plural demonym", "The junta still holds at least 12 Canadians.", [{quote: "at least 12", category: "hostages_held", group: "canadians"}]],
    ["range before a demonym", "The militia holds 20 to 30 Europeans, diplomats say.", [{quote: "20 to 30", low: 20, high: 30, category: "hostages_held"}]],
    ["nationals were held in a capital", "Nine Dutch nationals were held in the capital.", [{quote: "Nine", category: "hostages_held"}]],
    ["believed to be held, across 'and <noun>'", "At least 40 sailors and fishermen are still believed to be held by the pirates.",
      [{quote: "At least 40", category: "hostages_held"}]],
    ["still in enemy hands", "About 60 Georgians are still in rebel hands.", [{quote: "About 60", category: "hostages_held"}]],
    ["soldiers held by a militia", "The militia is believed to hold 25 soldiers.", [{quote: "25", category: "hostages_held"}]],
    ["detaining foreigners", "The regime detained 7 Norwegians last year.", [{quote: "7", category: "hostages_held"}]],
    ["regional plural 'Westerners' is a person noun", "The pirates hold 30 to 40 Westerners.", [{quote: "30 to 40", category: "hostages_held", group: "westerners"}]],
    ["'-landers' demonyms are person nouns", "The junta is holding 6 New Zealanders.", [{quote: "6", category: "hostages_held"}]],
    // A capacity is no count of people present (capacity-and-family.test.ts): neither captivity nor a figure.
    ["capacity is not captivity", "The new hall can hold 500 people.", []],
    ["capacity: built to hold", "The shelter was built to hold 300 people.", []],
    ["detaining protesters is an arrest, not a hostage count", "Police detained 30 protesters near the dam.", [{quote: "30", category: "other"}]],
    ["'had been held' before a release stays a release", "A court ordered the release of nine workers who had been held in detention since May.",
      [{quote: "nine", category: "prisoners_released"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("the clause verb decides over the noun default; the remaining ones are still held", () => {
  it.each<[string, string, Row[]]>([
    ["headline present tense 'frees'", "Militia frees two Nepali hostages", [{quote: "two", category: "hostages_released"}]],
    ["'the release of the remaining N hostages' asks for a release", "Envoys pressed for the release of the remaining 14 hostages.",
      [{quote: "14", category: "hostages_held"}]],
    ["N hostages still held, inside a freeing phrase", "Mediators seek the freeing of 9 hostages still held in the hills.", [{quote: "9", category: "hostages_held"}]],
    ["the N captives who remain", "The deal frees the 6 captives who remain in the camp.", [{quote: "6", category: "hostages_held"}]],
    ["the remaining ones with a release verb of their own are released", "The remaining 14 hostages were freed on Sunday.",
      [{quote: "14", category: "hostages_released"}]],
    ["the last ones with a death verb of their own are dead", "The last 3 captives were killed in the raid.", [{quote: "3", category: "hostages_dead"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("a person noun before a noun of things is a modifier: no count of people", () => {
  it.each<[string, string, Row[]]>([
    ["prisoner exchanges are events", "There have been more than a dozen prisoner exchanges since the truce.", []],
    ["hostage deals are events", "Mediators have brokered three hostage deals this year.", []],
    ["refugee camps are places; the refugees are counted", "The agency runs 20 refugee camps housing 90,000 refugees.",
      [{quote: "90,000", category: "displaced", group: "refugees"}]],
    ["'in camps' after a bare count still counts people", "The floods left 300 in camps.", [{quote: "300", category: "displaced"}]],
    ["the people themselves are still counted", "The swap freed 12 prisoners and 4 hostages.",
      [{quote: "12", category: "prisoners_released"}, {quote: "4", category: "hostages_released"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("'the youngest … is N': an age, not a count", () => {
  it.each<[string, string, Row[]]>([
    ["youngest and oldest of a freed group", "The youngest of the rescued climbers is 19, the oldest is 58.", []],
    ["eldest was N", "The eldest of the evacuated villagers was 91.", []],
    ["a toll after a superlative is still a count", "The oldest bridge collapsed and the toll is 40.", [{quote: "40", category: "killed"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("days underground or in tunnels are days in captivity", () => {
  it.each<[string, string, Row[]]>([
    ["N days underground", "The freed engineer spoke of 120 days underground.", [{quote: "120", category: "captivity_days"}]],
    ["N days in the tunnels", "The nurse described 150 days in the tunnels.", [{quote: "150", category: "captivity_days"}]],
    ["trapped miners underground are not captives", "The trapped miners spent 9 days underground.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("'N were taken (into/across/to <Place>/hostage)' with no noun: abducted", () => {
  it.each<[string, string, Row[]]>([
    ["taken into a place", "Another 25 were taken into the forest.", [{quote: "Another 25", category: "abducted"}]],
    ["taken across a border, with a noun", "Some 40 villagers were taken across the border.", [{quote: "Some 40", category: "abducted"}]],
    ["taken to a named place", "Bandits stormed the school and 17 were taken to Zamfara.", [{quote: "17", category: "abducted"}]],
    ["taken to hospital is not an abduction", "Twelve were taken to hospital.", []],
    ["taken into custody is an arrest", "Eight were taken into custody.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("returns from captivity in a swap are prisoner releases, and a dash breakdown shares the whole's category", () => {
  it.each<[string, string, Row[]]>([
    ["present tense 'returns N soldiers from captivity'", "Armenia returns 40 soldiers from captivity.", [{quote: "40", category: "prisoners_released"}]],
    ["citizens from captivity in an exchange, broken down after a dash", "The ministry returned 70 of its citizens from captivity — 50 soldiers and 20 civilians — in an exchange.",
      [{quote: "70", category: "prisoners_released"}, {quote: "50", category: "prisoners_released"}, {quote: "20", category: "prisoners_released"}]],
    ["a death toll broken down after a dash", "The flood killed 30 people — 12 children and 18 adults.",
      [{quote: "30", category: "killed"}, {quote: "12", category: "killed"}, {quote: "18", category: "killed"}]],
    ["freed from captivity without a swap stays a hostage release", "Rebels freed 12 people from captivity.", [{quote: "12", category: "hostages_released"}]],
    ["a new clause after a dash keeps its own verb", "The storm hit on Monday — 40 people were injured.", [{quote: "40", category: "wounded"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("known misses found in round 3, figures held-out classes (kept visible)", () => {
  it.fails("an object relative after the count holds them ('5 Danes it still holds')", () => {
    check("There are 5 Danes the junta still holds.", [{quote: "5", category: "hostages_held"}]);
  });
  it.fails("families of hostages are not hostages ('12 hostage families')", () => {
    check("Police met 12 hostage families.", [{quote: "12", category: "other"}]);
  });
});

describe("the main verb after a dash aside decides", () => {
  it.each<[string, string, Row[]]>([
    ["displaced after a percent aside (was it.fails)", "Some 2 million people — about 80 percent of the region — have been displaced.",
      [{quote: "Some 2 million", category: "displaced"}]],
    ["killed after a partitive aside", "About 300 residents — most of them farmers — were killed.", [{quote: "About 300", category: "killed"}]],
    ["no cue after the aside stays other", "The talks involved 40 delegates — a record — and ended.", [{quote: "40", category: "other"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("'the deaths of N' in a hostage sentence are dead hostages", () => {
  it.each<[string, string, Row[]]>([
    ["deaths of at least N after hostages were named", "After the gang published the names of its hostages, police confirmed the deaths of at least 4.",
      [{quote: "at least 4", category: "hostages_dead"}]],
    ["deaths of N others after freed hostages", "Pirates freed two hostages, but officials confirmed the deaths of 3 others.",
      [{quote: "two", category: "hostages_released"}, {quote: "3", category: "hostages_dead"}]],
    ["a flood toll stays killed", "Officials confirmed the deaths of at least 12 after the flood.", [{quote: "at least 12", category: "killed"}]],
    ["killed in the raid (no 'deaths of') stays killed", "Gunmen seized 30 hostages in the raid, in which 12 were killed.",
      [{quote: "30", category: "abducted"}, {quote: "12", category: "killed"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("ages and family descriptors without a noun are no counts", () => {
  it.each<[string, string, Row[]]>([
    ["'who was N when' is an age", "Maria Lopez, who was six when her brother was kidnapped, met him in Lima on Monday.", []],
    ["'<name> was N when … abducted' is an age", "Pedro Ruiz was 22 when he was abducted near the border in 2019.", []],
    ["'She was N when … seized' is an age", "She was 15 when he was seized by the gang.", []],
    ["'the oldest N' after a count is an age", "Among the rescued miners are 12 workers, the oldest 58, and a foreman.",
      [{quote: "12", category: "other", group: "workers"}]],
    ["'the youngest N … the oldest N' are ages", "The youngest 19 and the oldest 64, the miners were freed on Friday.", []],
    ["'a mother of three' is a family descriptor", "The rebels released Ortega, a mother of three, on Tuesday.", []],
    ["'a father of four' is a family descriptor", "The strike leader, a father of four, was arrested on Monday.", []],
    ["'a father of two children' is a family descriptor too", "Police freed Ruiz, a father of two children, on Monday.", []]
  ])("%s", (_label, text, rows) => check(text, rows));

  it.each<[string, string, Row[]]>([
    ["a toll 'was N when' is still a count", "The death toll was 40 when rescuers called off the search.", [{quote: "40", category: "killed"}]],
    ["the youngest N recruits have a noun: a count", "Rebels freed the youngest 12 recruits on Monday.", [{quote: "12", group: "recruits"}]],
    ["'the mother of two hostages' still counts the hostages", "The mother of two hostages spoke on Monday.", [{quote: "two", category: "hostages_held"}]]
  ])("negative: %s", (_label, text, rows) => check(text, rows));
});

describe("bodies and remains handed back are the dead", () => {
  it.each<[string, string, Row[]]>([
    ["remains of N soldiers received", "The army received the remains of 300 soldiers on Friday.", [{quote: "300", category: "killed", group: "soldiers"}]],
    ["bodies of N fallen soldiers", "Kyiv received the bodies of 500 fallen soldiers in the handover.", [{quote: "500", category: "killed", group: "fallen soldiers"}]],
    ["remains of N kidnapped people are dead hostages", "The rebels handed over the remains of 3 kidnapped engineers on Sunday.",
      [{quote: "3", category: "hostages_dead"}]],
    ["negative: 'remains' as a verb is no body word", "The fate of 30 villagers remains unclear.", [{quote: "30", category: "other"}]],
    ["negative: a far 'remains of' leaves a flood toll alone", "The remains of the old bridge were removed after floods injured 40 people.",
      [{quote: "40", category: "wounded"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("an irregular plural's possessive counts the people", () => {
  it.each<[string, string, Row[]]>([
    ["'the two women's return' from captivity is a release", "Crowds cheered as television showed the two women's return from captivity.",
      [{quote: "two", category: "hostages_released", group: "women"}]],
    ["'the three children's school' counts the children", "Floods destroyed the three children's school.", [{quote: "three", category: "other", group: "children"}]],
    ["negative: a regular plural's possessive counts what they own", "The 12 hostages' families met the minister.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("days counted from a seizure are captivity days", () => {
  it.each<[string, string, Row[]]>([
    ["'N days after she was abducted'", "Ana Silva was freed 210 days after she was abducted from her farm.", [{quote: "210", category: "captivity_days"}]],
    ["'N days after he was dragged from'", "He was reunited with his family 300 days after he was dragged from his car by gunmen.",
      [{quote: "300", category: "captivity_days"}]],
    ["'N days after they were seized'", "The trawler reached port 95 days after they were seized by pirates.", [{quote: "95", category: "captivity_days"}]],
    ["negative: days after a release", "He gave his first interview 40 days after he was released.", []],
    ["negative: days after an election", "The mayor resigned 90 days after he was elected.", []],
    ["negative: days after being taken to hospital", "She was discharged 12 days after she was taken to hospital.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("a hedged number quoted alone keeps its hedge and its noun", () => {
  it.each<[string, string, Row[]]>([
    ["'\"up to 40\" people could be evacuated'", "The governor said \"up to 40\" people could be evacuated from the valley.",
      [{quote: "up to 40", value: 40, qualifier: "up to", category: "displaced", group: "people"}]],
    ["'“about 300” workers would join the strike'", "The minister said “about 300” workers would join the strike.",
      [{quote: "about 300", qualifier: "about", group: "workers"}]],
    ["negative: a quoted number with no noun after it stays no figure", "The sign read \"up to 40\" in red letters.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("a counted subject with its own active verb takes no cue before it", () => {
  it.each<[string, string, Row[]]>([
    ["fighters who escorted hostages after a release are other", "Officials said the release followed weeks of talks, and that between 10 and 15 fighters had escorted the hostages to the border.",
      [{quote: "between 10 and 15", category: "other", group: "fighters"}]],
    ["volunteers who cleaned the site after a rescue", "After the miners were rescued, 40 volunteers had cleaned the site.", [{quote: "40", category: "other"}]],
    ["soldiers searching after a flood toll are not coordinated with it", "Floods killed 14 people, and 200 soldiers searched the valley.",
      [{quote: "14", category: "killed"}, {quote: "200", category: "other", group: "soldiers"}]],
    ["soldiers securing a road after a hostage release", "Rebels freed 9 hostages on Friday, and 50 soldiers had secured the road.",
      [{quote: "9", category: "hostages_released"}, {quote: "50", category: "other"}]],
    ["negative: a cue participle after the count is still read", "The army freed 12 soldiers captured the day before.", [{quote: "12", category: "prisoners_released"}]],
    ["negative: coordinated objects of one verb still share it", "Rebels killed 8 guards and 5 villagers.",
      [{quote: "8", category: "killed"}, {quote: "5", category: "killed"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("captives freed through a series of swaps are prisoners", () => {
  it.each<[string, string, Row[]]>([
    ["'the release of N captives in N exchanges'", "The mediators have secured the release of 900 captives in 12 exchanges.",
      [{quote: "900", category: "prisoners_released", group: "captives"}]],
    ["'captives returned through prisoner swaps'", "Ankara said 300 captives had been returned through prisoner swaps this year.",
      [{quote: "300", category: "prisoners_released"}]],
    ["negative: no swap word keeps hostages", "The mediators have secured the release of 900 captives since March.", [{quote: "900", category: "hostages_released"}]],
    ["negative: one side of a trade stays hostages", "The militia released 12 captives in exchange for 40 prisoners, after months of exchanges of messages.",
      [{quote: "12", category: "hostages_released"}, {quote: "40", category: "prisoners_released"}]],
    ["negative: a kidnapping word keeps hostages", "Gunmen freed 6 captives after two swaps with the kidnappers failed.", [{quote: "6", category: "hostages_released"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("a definite count of the same number and noun as an earlier figure is the same group", () => {
  it.each<[string, string, Row[]]>([
    ["'Of the N prisoners' after N prisoners were freed", "Officials began freeing 120 Palestinian prisoners on Monday. Of the 120 prisoners, 30 are serving life terms.",
      [{quote: "120", category: "prisoners_released"}, {quote: "120", category: "prisoners_released", group: "prisoners"}]],
    ["'the N miners' after N miners died", "The collapse killed 14 miners on Tuesday. The 14 miners had worked the night shift.",
      [{quote: "14", category: "killed"}, {quote: "14", category: "killed", group: "miners"}]],
    ["negative: another number stays other", "Officials began freeing 120 Palestinian prisoners on Monday. Of the 80 prisoners, 30 are serving life terms.",
      [{quote: "120", category: "prisoners_released"}, {quote: "80", category: "other"}]],
    ["negative: another noun stays other", "The collapse killed 14 miners on Tuesday. The 14 rescuers had worked the night shift.",
      [{quote: "14", category: "killed"}, {quote: "14", category: "other"}]],
    ["negative: without 'the' it is a new count", "The collapse killed 14 miners on Tuesday. Another mine employs 14 miners on the night shift.",
      [{quote: "14", category: "killed"}, {quote: "14", category: "other"}]],
    ["negative: a cue of its own keeps its category", "The collapse killed 14 miners on Tuesday. The 14 miners had been trapped for hours.",
      [{quote: "14", category: "killed"}, {quote: "14", category: "other"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("handing people over, and a wound after a release label", () => {
  it.each<[string, string, Row[]]>([
    ["'handed N hostages to the Red Cross' is a release", "Militants handed four foreign hostages to the International Committee of the Red Cross.",
      [{quote: "four", category: "hostages_released"}]],
    ["negative: 'handed down sentences to N protesters' is no release", "The judge handed down sentences to 12 protesters.", [{quote: "12", category: "other"}]],
    ["negative: 'handed out food to N people' is no release", "Volunteers handed out food to 300 families and 40 people.", [{quote: "40", category: "other"}]],
    ["'N freed detainees needed treatment for injuries' are wounded", "At least 9 freed detainees needed hospital treatment for injuries they said guards inflicted.",
      [{quote: "At least 9", category: "wounded", group: "freed detainees"}]],
    ["'N released prisoners were wounded'", "Doctors said 12 released prisoners were wounded during the transfer.", [{quote: "12", category: "wounded"}]],
    ["negative: a state in the label stays ('missing men are feared dead')", "Of the 9 climbers, the two missing men are feared dead.",
      [{quote: "9"}, {quote: "two", category: "other"}]],
    ["negative: freed hostages taken to hospital stay freed", "The 30 freed hostages were taken to hospital.", [{quote: "30", category: "hostages_released"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});
