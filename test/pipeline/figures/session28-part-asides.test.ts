/**
 * Session 28, stage 05 (invented sentences): a part "N of them" told by where to or from, by what means or with
 * what, with no verb of its own, is an aside that shares the whole's category, as one told by when or where was
 * ("five of them during the truce"): "injured 19 people, three of them to intensive care". An infinitive after
 * "to" is a verb of the part's own ("three of them to be charged"), so no aside.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("partitive asides of destination, means and source", () => {
  it("'two of them to a burns unit' shares the injured's category", () => {
    checkFigures("The warehouse fire injured 12 firefighters, two of them to a burns unit.", [{quote: "12", category: "wounded"}, {quote: "two", category: "wounded"}]);
  });
  it("negative (review 28 F9): 'five of them to succumb in hospital' has a verb of its own, no aside by destination", () => {
    checkFigures("The blast wounded 30 people, five of them to succumb in hospital.", [{quote: "30", category: "wounded"}, {quote: "five"}]);
  });
  it("negative (review 28 F21): 'ten of them with gunshot wounds' is no aside of the freed hostages", () => {
    checkFigures("Rebels freed 30 hostages, ten of them with gunshot wounds.", [{quote: "30", category: "hostages_released"}]);
  });
  it("'four of them by helicopter' shares the freed hostages' category", () => {
    checkFigures("Soldiers freed 11 hostages near the border, four of them by helicopter.", [{quote: "11", category: "hostages_released"}, {quote: "four", category: "hostages_released"}]);
  });
  it("'two of them from the upper deck' shares the dead's category", () => {
    checkFigures("The ferry fire killed 15 passengers, two of them from the upper deck.", [{quote: "15", category: "killed"}, {quote: "two", category: "killed"}]);
  });
  it("negative: a part with a verb of its own after the place keeps its own category ('five of them to the north had fled')", () => {
    checkFigures("The blast wounded 30 workers, and police said five of them to the north had fled.", [{quote: "30", category: "wounded"}, {quote: "five", category: "displaced"}]);
  });
  it("negative: a signing is no event of people, and its part is none either", () => {
    checkFigures("The club signed 30 players, four of them from Brazil.", []);
  });
});

describe("session 28: people at an outing, and a month is no place of the group", () => {
  it("'some 40 concertgoers were abducted' counts people", () => {
    checkFigures("Gunmen abducted some 40 concertgoers near the lake.", [{quote: "some 40", category: "abducted"}]);
  });
  it("'25 partygoers' are people", () => {
    checkFigures("Police said 25 partygoers were injured when the floor gave way.", [{quote: "25", category: "wounded"}]);
  });
  it("negative: a singular before a noun modifies it ('two skier lifts')", () => {
    checkFigures("The resort closed two skier lifts after the storm.", []);
  });
});

describe("session 28: the group's place after 'in' is no month or weekday", () => {
  it("'12 technicians in March' counts technicians, not 'technicians in march'", () => {
    checkFigures("Bandits kidnapped 12 technicians in March.", [{quote: "12", group: "technicians"}]);
  });
  it("'12 technicians in Tamale' keeps its place", () => {
    checkFigures("Bandits kidnapped 12 technicians in Tamale.", [{quote: "12", group: "technicians in tamale"}]);
  });
});

describe("session 28: a part of freed people told by what they are", () => {
  it("'Six of the freed men are Ghanaian' (a kidnapping story) → hostages released", () => {
    checkFigures("Bandits kidnapped 14 workers in June. Police freed them on Monday. Six of the freed men are from Tamale.", [
      {quote: "14", category: "abducted"}, {quote: "Six", category: "hostages_released"}
    ]);
  });
  it("'Nine of the released men were sergeants' (a prisoner swap) → prisoners released", () => {
    checkFigures("The two armies swapped 60 prisoners of war on Friday. Nine of the released men were sergeants.", [
      {quote: "60", category: "prisoners_released"}, {quote: "Nine", category: "prisoners_released"}
    ]);
  });
  it("negative: an event of the part's own keeps its category ('were taken to hospital', 'needed treatment')", () => {
    checkFigures("Bandits kidnapped 14 workers in June. Police freed them on Monday. Six of the freed men needed treatment for malaria.", [
      {quote: "14", category: "abducted"}, {quote: "Six", category: "other"}
    ]);
  });
  it("negative: rescued people were no captives ('Four of the rescued climbers are French')", () => {
    checkFigures("An avalanche trapped 11 climbers on Monday. Four of the rescued climbers are French.", [
      {quote: "11", category: "other"}, {quote: "Four", category: "other"}
    ]);
  });
});

describe("session 28: 'put the number of <people> at N'", () => {
  it("'the coroner's office placed its count of people killed at nearly 60' → killed", () => {
    checkFigures("The coroner's office placed its count of people killed in the blast at nearly 60.", [{quote: "nearly 60", qualifier: "nearly", category: "killed", group: "people"}]);
  });
  it("negative (review 28 F7): a base population with no cue is no count of an event ('the number of voters at 12 million')", () => {
    checkFigures("The electoral commission put the number of registered voters at 12 million.", []);
  });
  it("'estimated the number of people displaced at 12,000' → displaced", () => {
    checkFigures("The relief agency estimated the number of people displaced at 12,000.", [{quote: "12,000", category: "displaced", group: "people"}]);
  });
  it("'put the number of dead at 41' → killed, not an age 'at 41'", () => {
    checkFigures("The coroner put the number of dead at 41.", [{quote: "41", category: "killed"}]);
  });
  it("negatives: things counted, and an age 'dead at 41'", () => {
    checkFigures("The coastguard put the number of trawlers at 40.", []);
    checkFigures("The poet was found dead at 41.", []);
  });
});

describe("session 28: hostages whose freedom is told around the count", () => {
  it.each<[string, string]>([
    ["'let three hostages go'", "The militia let three hostages go at the border post."],
    ["'won freedom for two hostages'", "How a retired judge won freedom for two hostages"],
    ["'another four hostages walked out of the Grand Hotel'", "Police surrounded the building; another four hostages walked out of the Grand Hotel at dusk."],
    ["'two captives who came out of the forest'", "Two captives who came out of the forest on Sunday owe their freedom to a priest."],
    ["'Nine hostages are safe'", "Nine hostages are safe after the standoff ended."]
  ])("%s → hostages released", (_label, sentence) => {
    checkFigures(sentence, [{category: "hostages_released"}]);
  });
  it("negatives (review 28 F6): families walking out of a meeting, hostages coming out in support of a deal", () => {
    checkFigures("The families of 40 hostages walked out of the meeting with the minister.", [{quote: "40", category: "hostages_held"}]);
    checkFigures("In a video, two hostages came out in support of the truce.", [{quote: "two", category: "hostages_held"}]);
  });
  it("negatives: 'let two hostages speak', workers walking out, hostages still held", () => {
    checkFigures("The gang let two hostages speak to reporters.", [{category: "hostages_held"}]);
    checkFigures("About 300 workers walked out of the plant on Monday.", [{category: "other"}]);
    checkFigures("The gang still holds 12 hostages in the hills.", [{category: "hostages_held"}]);
  });
});

describe("session 28: captivity days ended by a coming out or back from a named place", () => {
  const lead = "Rebels freed two nurses on Sunday. ";
  it("'walked out of Kidal on Sunday after 212 days' → captivity days", () => {
    checkFigures(lead + "When Ada Kone and Rose Mbeki walked out of Kidal on Sunday after 212 days, the church rang its bells.", [
      {quote: "two", category: "hostages_released"}, {quote: "212", category: "captivity_days"}
    ]);
  });
  it("a headline 'Back from Kidal after 212 days: …' → captivity days", () => {
    checkFigures(lead + "Back from Kidal after 212 days: two nurses home with their families", [
      {quote: "two", category: "hostages_released"}, {quote: "212", category: "captivity_days"}, {quote: "two"}
    ]);
  });
  it("negatives: an official back from a trip, a minister out of parliament", () => {
    checkFigures(lead + "The bishop was back from Rome after 12 days.", [{quote: "two"}]);
    checkFigures(lead + "The minister came out of Parliament after 12 days of debate.", [{quote: "two"}]);
  });
});

describe("session 28: captives 'are safe' now, and people dragged away", () => {
  it("'Nine people taken hostage in a shop are safe' → hostages released", () => {
    checkFigures("Nine people taken hostage in a shop in Tamale are safe after a four-hour standoff.", [{quote: "Nine", category: "hostages_released"}]);
  });
  it("'some 30 villagers dragged away by gunmen' → abducted", () => {
    checkFigures("Some 30 villagers dragged away by gunmen on Sunday have not been seen since.", [{quote: "Some 30", category: "abducted"}]);
  });
  it("negative: people no one held who are safe", () => {
    checkFigures("Twelve miners trapped by the flood are safe.", [{quote: "Twelve", category: "other"}]);
  });
});

describe("session 28: two plain nouns before a person noun modify it", () => {
  it("'seven aid truck drivers', '40 gold mine workers' count people", () => {
    checkFigures("Gunmen seized seven aid truck drivers near the border.", [{quote: "seven", category: "abducted", group: "aid truck drivers"}]);
    checkFigures("The flood trapped 40 gold mine workers underground.", [{quote: "40", group: "gold mine workers"}]);
  });
  it("'three escorts' are people", () => {
    checkFigures("Three escorts are still held by the gang.", [{quote: "Three", category: "hostages_held"}]);
  });
  it("negative: two nouns before a thing count things ('seven aid truck engines')", () => {
    checkFigures("The firm bought seven aid truck engines.", []);
  });
});
