import {describe, expect, it} from "vitest";
import {datesOf} from "./dates/helpers.ts";

// 2025-04-18 is a Friday.
const FRI = "2025-04-18";

/** The rows as "text=date" (precision shown by the date's length). */
function rows(text: string, published: string | null = FRI, dayFirst = false): string[] {
  return datesOf(text, published, dayFirst).map((r) => `${r.text}=${r.date}`);
}

describe("03 dates: a one- or two-digit number after a day and a comma is a count, not a year", () => {
  it.each<[string, string, boolean, string[]]>([
    ["month-day, comma, count of people", "Under the truce that began on February 2, 14 fishermen are to be freed.", false, ["February 2=2025-02-02"]],
    ["day-month (day-first copy)", "The ferry capsized on 9 March, 27 passengers are still missing.", true, ["9 March=2025-03-09"]],
    ["abbreviated month", "On Sept. 4, 40 miners walked out of the pit.", false, ["Sept. 4=2024-09-04"]],
    ["after a weekday", "On Tuesday, April 15, 12 climbers were airlifted off the ridge.", false, ["Tuesday, April 15=2025-04-15"]],
    ["no comma", "The storm hit on March 3 12 workers were hurt.", false, ["March 3=2025-03-03"]],
    ["an ordinal day", "On March 5th, 19 nurses went on strike.", false, ["March 5th=2025-03-05"]],
    ["negative: a four-digit year after the comma stays a year", "On March 3, 2024, the court ruled on the strike.", false, ["March 3, 2024=2024-03-03"]],
    ["negative: a four-digit year before a noun stays a year", "The levee was finished on May 5, 1998 and held for decades.", false, ["May 5, 1998=1998-05-05"]],
    ["negative: a numeric date keeps its two-digit year", "The barge sank on 12/5/19 near the lock.", false, ["12/5/19=2019-12-05"]]
  ])("%s", (_label, text, dayFirst, expected) => {
    expect(rows(text, FRI, dayFirst)).toEqual(expected);
  });
});

describe("03 dates: a day count after a background year or month counts from the story's day", () => {
  it.each<[string, string, string | null, string[]]>([
    [
      "a year in a describing appositive ('a cleric jailed in 2016')",
      "Rebels freed two aid workers on Thursday. The talks were chaired by Omar Said, a cleric jailed in 2016. The envoy, who reached the camp the day before, said they were hard.",
      FRI,
      ["Thursday=2025-04-17", "2016=2016", "the day before=2025-04-16"]
    ],
    [
      "a month-year naming an event ('the March 2024 flood')",
      "Miners were brought up on Wednesday. Engineers blamed the March 2024 flood for the weak beams. Their families, who waited at the gate the day before, cheered.",
      FRI,
      ["Wednesday=2025-04-16", "March 2024=2024-03", "the day before=2025-04-15"]
    ],
    [
      "the story's day near publication, not an older main-clause day",
      "Pilots ended their strike on Thursday. Their leader was arrested on 2 May 2023 and freed last June. Talks were led by Lena Varga, a pilot dismissed in 2021. Her deputy, who joined the talks the day before, spoke to reporters.",
      FRI,
      ["Thursday=2025-04-17", "2 May 2023=2023-05-02", "last June=2024-06", "2021=2021", "the day before=2025-04-16"]
    ],
    [
      "no day near publication: the story's latest day",
      "Rebels seized the convoy on 2 January. Its driver was Ali Omar, a mechanic hired in 2022. His cousin had fled the day before.",
      FRI,
      ["2 January=2025-01-02", "2022=2022", "the day before=2025-01-01"]
    ],
    [
      "negative: a year told in a main clause stays the anchor",
      "Pilots struck on Tuesday. The airline was founded in 1987. The next day, its first plane flew.",
      FRI,
      ["Tuesday=2025-04-15", "1987=1987", "The next day=1987"]
    ],
    [
      "negative: a month told in a main clause stays the anchor",
      "Dockers walked out on Tuesday. In February, the port cut wages. The next day, the union called a vote.",
      FRI,
      ["Tuesday=2025-04-15", "February=2025-02", "The next day=2025-02"]
    ],
    [
      "negative: a count in the background date's own sentence keeps it",
      "Rebels freed two aid workers on Thursday. The younger, a nurse seized in March, was moved the next day.",
      FRI,
      ["Thursday=2025-04-17", "March=2025-03", "the next day=2025-03"]
    ]
  ])("%s", (_label, text, published, expected) => {
    expect(rows(text, published)).toEqual(expected);
  });
});

describe("03 dates: 'and' between two names does not end the future clause", () => {
  it.each<[string, string, string[]]>([
    ["'will visit <Name> and <Name> … on <weekday>'", "The consul will visit Nadia and Karim at the Tema port clinic on Tuesday, the ministry said.", ["Tuesday=2025-04-22"]],
    ["'will meet <Name> and <Name> …' in a later clause too", "Officials said the mediator will meet Sahel Gold and Ouaga Mining in the capital on Monday.", ["Monday=2025-04-21"]],
    ["negative: 'and' before a new clause with a past verb", "The consul will visit Nadia, and Karim arrived at the clinic on Tuesday.", ["Tuesday=2025-04-15"]],
    ["negative: 'and' between two clauses", "The consul will visit the clinic and the nurses met him on Tuesday.", ["Tuesday=2025-04-15"]]
  ])("%s", (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe("03 dates: a year between an adjective and an event noun dates that event", () => {
  it.each<[string, string, string[]]>([
    ["'the disputed <year> <adjective> <noun>'", "Strikers marched against the rigged 2019 parliamentary vote.", ["2019=2019"]],
    ["'a failed <year> coup'", "The colonel was jailed for a failed 2016 coup in the capital.", ["2016=2016"]],
    ["'the deadly <year> floods'", "Villagers still rebuild after the deadly 2010 floods.", ["2010=2010"]],
    ["negative: a count after an adjective", "The remaining 2000 prisoners were moved to Kano.", []],
    ["negative: no event noun after the year", "The estimated 2000 residents left the island.", []]
  ])("%s", (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe("03 dates: a hedged count set off after a date is the gap before it", () => {
  it.each<[string, string, string[]]>([
    ["', almost three years after'", "The ferry line reopened on Wednesday, almost three years after the storm wrecked its pier.", ["Wednesday=2025-04-16"]],
    ["', nearly 40 days after'", "The dam gave way on Monday, nearly 40 days after the first cracks were seen.", ["Monday=2025-04-14"]],
    ["negative: a hedged count opening the sentence still counts from the date before", "The levee broke on 2 March 2023. Nearly two years after it broke, the farms were replanted.", ["2 March 2023=2023-03-02", "two years after=2025"]]
  ])("%s", (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe("03 dates: after 'and' between names, a regular past verb ends the future clause", () => {
  it.each<[string, string, string[]]>([
    ["a past verb after '<Name> and <Name>'", "Medics will reach Kassala and Sudanese troops evacuated 40 villagers on Monday.", ["Monday=2025-04-14"]],
    ["a preposition before the first name: 'and' starts a new clause", "The fair will open in Lisbon and Costa greets the visitors on Tuesday.", ["Tuesday=2025-04-15"]],
    ["negative: a participle after 'be' stays in the future clause", "The mayor will thank Amal and Yusuf, who will be honoured at the town hall on Monday.", ["Monday=2025-04-21"]],
    ["negative: names as the object, no past verb", "The bishop will bless Amal and Yusuf at the chapel on Monday.", ["Monday=2025-04-21"]]
  ])("%s", (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe("03 dates: a count hedge before a four-digit number is no event year", () => {
  it.each<[string, string, string[]]>([
    ["'a further <n> attacks'", "Militias mounted a further 1998 attacks across the province.", []],
    ["'a record <n> strikes'", "Dockers held a record 2010 strikes along the coast.", []],
    ["'a mere <n> protest marchers'", "The strike drew a mere 2004 protest marchers.", []],
    ["negative: an adjective, then the year and an event noun", "Observers condemned the disputed 2018 election in the north.", ["2018=2018"]]
  ])("%s", (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe("03 dates: after a background year holding the story's latest day, a day count goes on from that day", () => {
  it.each<[string, string, string[]]>([
    [
      "an older full date told after the news day",
      "The tribunal freed him on Wednesday. On June 8, 2020, soldiers stormed the depot. Karim Nasser, a driver detained in 2020, was among those held. The next day, his brother went to the police.",
      ["Wednesday=2025-04-16", "June 8, 2020=2020-06-08", "2020=2020", "The next day=2020-06-09"]
    ],
    [
      "the news day told last",
      "On June 8, 2020, soldiers stormed the depot. The tribunal freed him on Wednesday. Karim Nasser, a driver detained in 2020, was among those held. The next day, his brother went to the police.",
      ["June 8, 2020=2020-06-08", "Wednesday=2025-04-16", "2020=2020", "The next day=2025-04-17"]
    ],
    [
      "negative: an aside in another year leaves the older day in the story's past",
      "The tribunal freed him on Wednesday. On June 8, 2020, soldiers stormed the depot. Karim Nasser, a driver detained in 2018, was among the guards. His brother, who reached the court the day before, spoke to reporters.",
      ["Wednesday=2025-04-16", "June 8, 2020=2020-06-08", "2018=2018", "the day before=2025-04-15"]
    ]
  ])("%s", (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
