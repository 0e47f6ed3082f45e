import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {datesOf, type Row} from "./dates/helpers.ts";

const day = (text: string, date: string, basis: Row["basis"]): Row => ({text, date, precision: "day", basis});
const month = (text: string, date: string, basis: Row["basis"]): Row => ({text, date, precision: "month", basis});
const year = (text: string, date: string, basis: Row["basis"]): Row => ({text, date, precision: "year", basis});

// 2024-11-18 is a Monday.
const MON = "2024-11-18";

describe("03 dates: one sentence, publication date given", () => {
  it.each<[string, string, string | null, Row[]]>([
    // weekdays: past bias, publication day counts
    ["weekday before publication", "Floodwaters reached the town on Thursday.", MON, [day("Thursday", "2024-11-14", "relative")]],
    ["weekday equal to publication day is that day", "Rescuers resumed the search on Monday.", MON, [day("Monday", "2024-11-18", "relative")]],
    ["Sunday the day before", "Polls closed on Sunday.", MON, [day("Sunday", "2024-11-17", "relative")]],
    ["last Friday", "Last Friday, the strike committee met.", MON, [day("Last Friday", "2024-11-15", "relative")]],
    ["last Monday on a Monday is a week ago", "The pumps failed last Monday.", MON, [day("last Monday", "2024-11-11", "relative")]],
    ["future cue in the clause", "The union will meet on Thursday to decide.", MON, [day("Thursday", "2024-11-21", "relative")]],
    ["next Tuesday", "Voting resumes next Tuesday.", MON, [day("next Tuesday", "2024-11-19", "relative")]],
    ["said on Monday that … will: past", "The mayor said on Monday that crews will rebuild the bridge.", MON, [day("Monday", "2024-11-18", "relative")]],
    // months
    ["In January, past bias", "In January, the river burst its banks.", "2025-10-15", [month("January", "2025-01", "inferred")]],
    ["bare month after publication month goes to last year", "Snow fell in December.", "2025-10-15", [month("December", "2024-12", "inferred")]],
    ["a March meeting", "Officials agreed at a March meeting to raise the levees.", "2025-10-15", [month("March", "2025-03", "inferred")]],
    ["month of publication itself", "Prices rose in October.", "2025-10-15", [month("October", "2025-10", "inferred")]],
    ["future month", "Elections will be held in March.", "2025-10-15", [month("March", "2026-03", "inferred")]],
    ["last October = October of the previous year", "The dam was built last October.", MON, [month("last October", "2023-10", "relative")]],
    ["this March", "The port reopens this March, officials said.", "2025-01-10", [month("this March", "2025-03", "relative")]],
    ["late November keeps its modifier", "Voters went to the polls in late November.", "2024-02-01", [month("late November", "2023-11", "inferred")]],
    ["mid-March", "Talks stalled in mid-March.", "2024-05-01", [month("mid-March", "2024-03", "inferred")]],
    ["early May", "The drought began in early May.", "2024-08-01", [month("early May", "2024-05", "inferred")]],
    ["month and year", "The bridge collapsed in November 2023.", MON, [month("November 2023", "2023-11", "explicit")]],
    // years
    ["in 2023", "The mine closed in 2023.", MON, [year("2023", "2023", "explicit")]],
    ["early 2021", "Work started in early 2021.", MON, [year("early 2021", "2021", "explicit")]],
    ["the end of 2019", "The treaty expired at the end of 2019.", MON, [year("the end of 2019", "2019", "explicit")]],
    ["since 2014", "The two sides have fought since 2014.", MON, [year("2014", "2014", "explicit")]],
    ["the 2020 election", "Turnout fell after the 2020 election.", MON, [year("2020", "2020", "explicit")]],
    ["the year before a named event", "The 1999 Izmit earthquake killed thousands.", MON, [year("1999", "1999", "explicit")]],
    ["the year before a two-word name", "Officials recalled the 2014 West Africa outbreak.", MON, [year("2014", "2014", "explicit")]],
    // relative to publication
    ["last month", "The court ruled last month that the strike was legal.", "2024-02-01", [month("last month", "2024-01", "relative")]],
    ["last week (no week precision: month of the day a week before)", "Dockers walked out last week.", "2024-12-03", [month("last week", "2024-11", "relative")]],
    ["this week", "Three more villages were evacuated this week.", MON, [month("this week", "2024-11", "relative")]],
    ["earlier this week", "A video released earlier this week showed the damage.", MON, [month("earlier this week", "2024-11", "relative")]],
    ["earlier this year", "Earlier this year, the river froze.", MON, [year("Earlier this year", "2024", "relative")]],
    ["last year", "The harvest failed last year.", MON, [year("last year", "2023", "relative")]],
    ["yesterday", "The ferry sank yesterday.", MON, [day("yesterday", "2024-11-17", "relative")]],
    ["today", "Schools reopen today.", MON, [day("today", "2024-11-18", "relative")]],
    ["three days ago", "The quake struck three days ago.", MON, [day("three days ago", "2024-11-15", "relative")]],
    ["10 days ago across a month end", "The strike began 10 days ago.", "2024-03-05", [day("10 days ago", "2024-02-24", "relative")]],
    // explicit and inferred day dates
    ["October 7, 2023", "The storm made landfall on October 7, 2023, near the port.", MON, [day("October 7, 2023", "2023-10-07", "explicit")]],
    ["7 October 2023", "The storm made landfall on 7 October 2023.", MON, [day("7 October 2023", "2023-10-07", "explicit")]],
    ["Oct. 7 without year", "Crews returned on Oct. 7.", MON, [day("Oct. 7", "2024-10-07", "inferred")]],
    ["January 15 in a February article", "The parties agreed on January 15 to a truce.", "2025-02-03", [day("January 15", "2025-01-15", "inferred")]],
    ["December 24 in a February article goes to the previous year", "The fire started on December 24.", "2025-02-03", [day("December 24", "2024-12-24", "inferred")]],
    ["7 October of last year is one result", "Fighters stormed the village on 7 October of last year, in which 40 died.", "2024-10-24", [day("7 October of last year", "2023-10-07", "relative")]],
    ["Oct. 7 last year", "The attack on Oct. 7 last year killed 12 guards.", MON, [day("Oct. 7 last year", "2023-10-07", "relative")]],
    ["ISO date", "The report is dated 2024-11-15.", MON, [day("2024-11-15", "2024-11-15", "explicit")]],
    ["weekday with a full date", "Volunteers fill sandbags, Friday, June 30, 2023.", MON, [day("Friday, June 30, 2023", "2023-06-30", "explicit")]],
    ["time before a numeric date is dropped from the text", "10:40 GMT 03.02.2025", MON, [day("03.02.2025", "2025-03-02", "explicit")]],
    ["two dates in one sentence", "The strike ran from Monday until Wednesday.", "2024-11-22", [day("Monday", "2024-11-18", "relative"), day("Wednesday", "2024-11-20", "relative")]]
  ])("%s", (_label, text, published, expected) => {
    expect(datesOf(text, published)).toEqual(expected);
  });
});

describe("03 dates: numeric stamps, non-US vs US outlets", () => {
  it("03.02.2025 is 3 February for a day-first outlet and 2 March for a US one", () => {
    const text = "The flood peaked on 03.02.2025.";
    expect(datesOf(text, "2025-02-10", true)).toEqual([day("03.02.2025", "2025-02-03", "explicit")]);
    expect(datesOf(text, "2025-03-10", false)).toEqual([day("03.02.2025", "2025-03-02", "explicit")]);
  });
  it("a date that only fits one order is read the same by both", () => {
    expect(datesOf("Filed 25/12/2024.", MON, true)).toEqual([day("25/12/2024", "2024-12-25", "explicit")]);
    expect(datesOf("Filed 12/25/2024.", MON, false)).toEqual([day("12/25/2024", "2024-12-25", "explicit")]);
  });
  it("a day-first outlet still reads month names normally", () => {
    expect(datesOf("The parties agreed on January 15 to a truce.", "2025-02-03", true)).toEqual([day("January 15", "2025-01-15", "inferred")]);
  });
});

describe("03 dates: false positives are dropped", () => {
  it.each([
    ["all-night", "The rave was an all-night event near the border."],
    ["now", "The former hostage now plans to study medicine."],
    ["age", "She moved abroad at the age of 17."],
    ["73-year-old", "The 73-year-old doctor was freed."],
    ["42-day ceasefire is a duration", "They agreed to a 42-day ceasefire."],
    ["15 months is a duration", "The war has lasted over 15 months."],
    ["time without a date", "The quake struck at 10:40 GMT."],
    ["may the modal", "Officials say the dam may fail."],
    ["May at sentence start", "May God protect the miners, the priest said."],
    ["May as a surname", "Theresa May visited the flood zone."],
    ["march the verb", "Thousands march on the capital."],
    ["the second stage", "The deal moves to the second stage."],
    ["counts", "Rescuers saved 2,000 people and 15 dogs."],
    ["decimal", "Turnout rose 1.5 percent."],
    ["fraction without year", "Three of 3/4 voters agreed."],
    ["The Sun", "The Sun reported the crash."],
    ["past year is a duration", "Over the past year, prices rose."],
    ["a weekend as a noun", "Volunteers planned a weekend retreat for the rescuers."],
    ["the weekend edition", "The weekend edition carried the pictures."],
    ["the 15th century", "The flood damaged a church built in the 15th century."],
    ["the 3rd floor", "Water reached offices on the 3rd floor."],
    ["the 20th anniversary", "Survivors marked the 20th anniversary of the quake."],
    ["a count of prisoners after 'the'", "The deal freed the 2000 Palestinian prisoners."],
    ["a count of miners after 'the'", "Rescuers reached the 1200 miners."]
  ])("%s", (_label, text) => {
    expect(datesOf(text, MON)).toEqual([]);
  });
});

describe("03 dates: the article as context", () => {
  it("a bare day-month inherits the year stated earlier for the same day", () => {
    const text = "The earthquake struck on October 7, 2023. Survivors of the 7 October quake rebuilt their homes.";
    expect(datesOf(text, "2025-03-01")).toEqual([day("October 7, 2023", "2023-10-07", "explicit"), day("7 October", "2023-10-07", "inferred")]);
  });
  it("a full date later in the article lends its year to an earlier bare mention", () => {
    const text = "Survivors of the 6 February quake rebuilt their homes. The quake struck on 6 February 2023.";
    expect(datesOf(text, "2025-03-01")).toEqual([day("6 February", "2023-02-06", "inferred"), day("6 February 2023", "2023-02-06", "explicit")]);
  });
  it("the most recent earlier full date wins", () => {
    const text = "The dam broke on 2 May 2022. It broke again on 2 May 2023. After the 2 May breach, the town moved.";
    expect(datesOf(text, MON).map((r) => r.date)).toEqual(["2022-05-02", "2023-05-02", "2023-05-02"]);
  });
  it("a year given by 'last year' is inherited too", () => {
    const text = "The flood on Oct. 7 last year wrecked the dam. Engineers still study the Oct. 7 breach.";
    expect(datesOf(text, MON)).toEqual([day("Oct. 7 last year", "2023-10-07", "relative"), day("Oct. 7", "2023-10-07", "inferred")]);
  });
  it("the next day counts from the previous date (month precision stays month)", () => {
    const text = "In January, the government declared an emergency. The next day, troops arrived.";
    expect(datesOf(text, "2025-10-15")).toEqual([month("January", "2025-01", "inferred"), month("The next day", "2025-01", "relative")]);
  });
  it.each<[string, string, Row[]]>([
    ["'the night before' is the day before the date told", "The levee gave way on March 3, 2024. Farmers had been warned only the night before.", [day("March 3, 2024", "2024-03-03", "explicit"), day("the night before", "2024-03-02", "relative")]],
    ["'the evening before'", "The striking pilots returned on March 3, 2024. The union had called off the strike the evening before.", [day("March 3, 2024", "2024-03-03", "explicit"), day("the evening before", "2024-03-02", "relative")]],
    ["'the morning after'", "The ferry sank on March 3, 2024. Divers reached the wreck the morning after.", [day("March 3, 2024", "2024-03-03", "explicit"), day("the morning after", "2024-03-04", "relative")]],
    ["negative: 'the night before which …' is no date", "The ferry sank on March 3, 2024. The crew recalled the night before which the storm broke.", [day("March 3, 2024", "2024-03-03", "explicit")]],
    ["negative: 'the night' alone is no date", "The ferry sank on March 3, 2024. The night was cold.", [day("March 3, 2024", "2024-03-03", "explicit")]]
  ])("a part of the day before/after counts as its day: %s", (_label, text, expected) => {
    expect(datesOf(text, MON)).toEqual(expected);
  });
  it.each<[string, string, string[]]>([
    [
      "a date in a relative clause is background: 'later that day' takes the story's day",
      "Miners were brought up on March 3, 2024. Among them was a foreman who had joined the pit on May 20, 2019. His wife met him at the hospital later that day.",
      ["March 3, 2024=2024-03-03", "May 20, 2019=2019-05-20", "later that day=2024-03-03"]
    ],
    [
      "a date after a pluperfect is background: 'the same day'",
      "The ferry docked on March 3, 2024. Officials said the route had been closed several times, most recently on January 9, 2024. The mayor met the passengers the same day.",
      ["March 3, 2024=2024-03-03", "January 9, 2024=2024-01-09", "the same day=2024-03-03"]
    ],
    [
      "negative: a main-clause date stays the anchor",
      "The ferry docked on March 3, 2024. The storm struck on January 9, 2024. The mayor met the passengers the same day.",
      ["March 3, 2024=2024-03-03", "January 9, 2024=2024-01-09", "the same day=2024-01-09"]
    ],
    [
      "negative: 'the same day' in the background date's own sentence keeps it",
      "The ferry docked on March 3, 2024. A sailor who fell ill on January 9, 2024 was flown out the same day.",
      ["March 3, 2024=2024-03-03", "January 9, 2024=2024-01-09", "the same day=2024-01-09"]
    ],
    [
      "negative: 'the next day' still counts from the date before",
      "Miners were brought up on March 3, 2024. Among them was a foreman who had joined the pit on May 20, 2019. He was promoted the next day.",
      ["March 3, 2024=2024-03-03", "May 20, 2019=2019-05-20", "the next day=2019-05-21"]
    ]
  ])("%s", (_label, text, expected) => {
    expect(datesOf(text, MON).map((r) => `${r.text}=${r.date}`)).toEqual(expected);
  });
  it.each<[string, string, string[]]>([
    ["'Twenty-five days after' is 25 days", "The quake struck on March 3, 2024. Twenty-five days after the quake, rescuers stopped searching.", ["March 3, 2024=2024-03-03", "Twenty-five days after=2024-03-28"]],
    ["'thirty two days later' (a space)", "The quake struck on March 3, 2024. Rescuers stopped searching thirty two days later.", ["March 3, 2024=2024-03-03", "thirty two days later=2024-04-04"]],
    ["'twenty-one years ago'", "The mine opened twenty-one years ago.", ["twenty-one years ago=2003"]],
    ["negative: a tens word before a count of people is no compound", "The quake struck on March 3, 2024. Some twenty miners left two days later.", ["March 3, 2024=2024-03-03", "two days later=2024-03-05"]]
  ])("compound number words: %s", (_label, text, expected) => {
    expect(datesOf(text, MON).map((r) => `${r.text}=${r.date}`)).toEqual(expected);
  });
  it("the following day after a full date", () => {
    const text = "The ferry sank on March 3, 2024. The following day, divers found the wreck.";
    expect(datesOf(text, MON)).toEqual([day("March 3, 2024", "2024-03-03", "explicit"), day("The following day", "2024-03-04", "relative")]);
  });
  it("a day later / three days earlier", () => {
    const text = "The levee broke on 12 May 2024. A day later, the town flooded. Three days earlier, warnings had been issued.";
    expect(datesOf(text, MON)).toEqual([
      day("12 May 2024", "2024-05-12", "explicit"),
      day("A day later", "2024-05-13", "relative"),
      day("Three days earlier", "2024-05-10", "relative")
    ]);
  });
  it("two weeks after <date> counts from that date, one result", () => {
    const text = "Fighting began on 7 October 2023. A delegation arrived two weeks after the 7 October attack.";
    expect(datesOf(text, MON)).toEqual([day("7 October 2023", "2023-10-07", "explicit"), day("two weeks after the 7 October", "2023-10-21", "relative")]);
  });
  it("two weeks after an undated event counts from the previous date", () => {
    const text = "The dam failed on 1 June 2024. Two weeks after the collapse, the water receded.";
    expect(datesOf(text, MON)).toEqual([day("1 June 2024", "2024-06-01", "explicit"), day("Two weeks after", "2024-06-15", "relative")]);
  });
  it.each([
    ["Forty days after", "2024-07-11"],
    ["Seventeen days after", "2024-06-18"],
    ["Ninety days after", "2024-08-30"]
  ])("a count in tens or teens as a word: '%s the collapse' counts from the previous date", (lead, want) => {
    const text = `The dam failed on 1 June 2024. ${lead} the collapse, the water receded.`;
    expect(datesOf(text, MON)).toEqual([day("1 June 2024", "2024-06-01", "explicit"), day(lead, want, "relative")]);
  });
  it("a tens word counting people, not days, is no date ('Forty villagers … after the collapse')", () => {
    const text = "The dam failed on 1 June 2024. Forty villagers left after the collapse.";
    expect(datesOf(text, MON)).toEqual([day("1 June 2024", "2024-06-01", "explicit")]);
  });
  it("a URL path date on a dateline line is kept (a publication-date hint)", () => {
    expect(datesOf("The levee held.\nhttps://example.org/2024/11/15/levee-holds", MON)).toEqual([day("2024/11/15", "2024-11-15", "explicit")]);
  });
  it("9/11 without a year and the 1990s are not dates", () => {
    expect(datesOf("Security tightened after the 9/11 attacks and the wars of the 1990s.", MON)).toEqual([]);
  });
  it("'later that month' and 'that day' count from the previous date", () => {
    const text = "The levee broke on 12 May 2024. Later that month, the town flooded. Crews had left that day.";
    expect(datesOf(text, MON)).toEqual([
      day("12 May 2024", "2024-05-12", "explicit"),
      month("Later that month", "2024-05", "relative"),
      month("that day", "2024-05", "relative")
    ]);
  });
  it("'The same day <clause>' after a period counted from publication takes the latest day", () => {
    // 2024-11-18 is a Monday: "on Thursday" is 14 November.
    const text = "Miners walked out at the smelter on Thursday. Some 40 strikes were held last year. The same day the smelter shut, dockers stopped work.";
    expect(datesOf(text, MON)).toEqual([day("Thursday", "2024-11-14", "relative"), year("last year", "2023", "relative"), day("The same day", "2024-11-14", "relative")]);
  });
  it("'the next day' after 'earlier this year' counts from the latest day too", () => {
    const text = "The river crested on 3 March 2024. Floods had hit twice earlier this year. The next day, the dykes held.";
    expect(datesOf(text, MON)).toContainEqual(day("The next day", "2024-03-04", "relative"));
  });
  it("'the same day' after a calendar year alone keeps that year (negative)", () => {
    const text = "Ferries stopped on Friday. The port opened in 1998. The same day, a ship ran aground.";
    expect(datesOf(text, MON)).toContainEqual(year("The same day", "1998", "relative"));
  });
  it("'earlier in the day' and 'later in the day' are the day of the previous date", () => {
    const text = "Dockers returned to work on 9 April 2025. Earlier in the day, union leaders signed the deal. Pickets left later in the day.";
    expect(datesOf(text, MON)).toEqual([
      day("9 April 2025", "2025-04-09", "explicit"),
      day("Earlier in the day", "2025-04-09", "relative"),
      day("later in the day", "2025-04-09", "relative")
    ]);
  });
  it("'in the day' without earlier/later is no date (negative)", () => {
    expect(datesOf("Pickets stood in the day and slept at night.", MON)).toEqual([]);
  });
  it("a count set off by a comma after a date is the gap before it, not a new date", () => {
    const text = "The dam gave way on 2 June 2024, 40 days after engineers first saw cracks. Earlier in the day, villagers had fled.";
    expect(datesOf(text, MON)).toEqual([day("2 June 2024", "2024-06-02", "explicit"), day("Earlier in the day", "2024-06-02", "relative")]);
  });
  it("a count too long to date anything is not read from its last digits", () => {
    // "250 days after" is refused (over 200 days); "50 days after" inside it must not come back.
    expect(datesOf("The strike began on 3 May 2024. Dockers went back 250 days after it began, and 1,150 days ago the port opened.", MON)).toEqual([
      day("3 May 2024", "2024-05-03", "explicit")
    ]);
  });
  it("a short count after a date in another sentence is still read (negative)", () => {
    expect(datesOf("The strike began on 3 May 2024. Dockers went back 50 days after it began.", MON)).toContainEqual(day("50 days after", "2024-06-22", "relative"));
  });
  it("a count set off after a weekday and its part of the day is dropped too", () => {
    const text = "Rescued miners hugged their families on Saturday evening, 120 days after they were trapped.";
    expect(datesOf(text, MON)).toEqual([day("Saturday", "2024-11-16", "relative")]);
  });
  it("a count standing alone after a date in another sentence still counts from it (negative)", () => {
    const text = "The dam gave way on 2 June 2024. Two weeks after the collapse, the valley was dry.";
    expect(datesOf(text, MON)).toContainEqual(day("Two weeks after", "2024-06-16", "relative"));
  });
  it("'a <year> <noun>' is a year like 'the <year> <noun>'", () => {
    expect(datesOf("She served 20 years for her part in a 1998 bombing that killed three guards.", MON)).toEqual([year("1998", "1998", "explicit")]);
  });
  it("'a <number> <unit or counted noun>' is a count, not a year (negative)", () => {
    expect(datesOf("Engineers laid a 2000 km pipeline and a 1900 tonnes barge sank.", MON)).toEqual([]);
    expect(datesOf("Crews evacuated a 2000 people camp near the dam.", MON)).toEqual([]);
  });
  it("the next day with nothing before it stays unresolved", () => {
    expect(datesOf("The next day, crews cleared the road.", MON)).toEqual([{text: "The next day", date: null, precision: null, basis: "relative"}]);
  });
  it("credits and boilerplate are skipped, datelines and captions kept", () => {
    const text = "Floods hit the north\nNov 15, 2024\n© Reuters, March 3, 2024\nThe river rose on Friday.\nRead more: floods of 2019";
    expect(datesOf(text, "2024-11-15")).toEqual([day("Nov 15, 2024", "2024-11-15", "explicit"), day("Friday", "2024-11-15", "relative")]);
  });
});

describe("03 dates: seasons at year precision", () => {
  // 2026-02-05 (winter), 2025-10-20 (autumn), 2025-07-10 (summer)
  it.each<[string, string, string, Row[]]>([
    ["'last summer' in February is the year before", "The militia moved the captives to a farm last summer.", "2026-02-05", [year("last summer", "2025", "relative")]],
    ["'last summer' in October is this year's", "The reservoir ran dry last summer.", "2025-10-20", [year("last summer", "2025", "relative")]],
    ["'last summer' during the summer is the year before", "The reservoir ran dry last summer.", "2025-07-10", [year("last summer", "2024", "relative")]],
    ["'this past winter' counts in the year of its January", "Avalanches cut off the pass this past winter.", "2026-03-20", [year("this past winter", "2026", "relative")]],
    ["'next spring' in autumn is the next year", "The ferry line will reopen next spring.", "2025-10-20", [year("next spring", "2026", "relative")]],
    ["'early last autumn' keeps its modifier", "The strike began early last autumn.", "2026-02-05", [year("early last autumn", "2025", "relative")]],
    ["'over the coming winter'", "Aid groups expect shortages over the coming winter.", "2025-10-20", [year("the coming winter", "2026", "relative")]],
    ["a season with its year is that year", "The levee failed in summer 2019.", "2025-10-20", [year("summer 2019", "2019", "explicit")]],
    ["'the autumn of 2023' stays the year parser's", "In the autumn of 2023, the rebels seized the mine.", "2025-10-20", [year("the autumn of 2023", "2023", "explicit")]],
    ["negative: a season without a lead naming it is no date", "The fishermen spent the summer at sea.", "2025-10-20", []],
    ["negative: 'in the spring' alone is no date", "He said that in the spring a warden beat him.", "2025-10-20", []],
    ["negative: a capitalised season is a name", "Protests of the Arab Spring toppled the regime.", "2025-10-20", []],
    ["negative: 'after the fall' is a tumble", "The climber was hurt after the fall.", "2025-10-20", []],
    ["negative: 'the spring of hope' is no date", "It was the spring of hope for the miners.", "2025-10-20", []]
  ])("%s", (_label, text, published, expected) => {
    expect(datesOf(text, published)).toEqual(expected);
  });
});

describe("03 dates: a year after 'of' names a time", () => {
  it.each<[string, string, Row[]]>([
    ["'the siege of 2014'", "The 44-day siege of 2014 had killed hundreds of fighters.", [year("2014", "2014", "explicit")]],
    ["'the floods of 1998'", "The floods of 1998 destroyed the old bridge.", [year("1998", "1998", "explicit")]],
    ["'the 2014 siege' (before the noun) as before", "The 2014 siege had killed hundreds of fighters.", [year("2014", "2014", "explicit")]],
    ["negative: a quantity noun before 'of'", "A total of 2000 residents fled the valley.", []],
    ["negative: 'out of'", "Rescuers reached 1,500 out of 2000 stranded villagers.", []],
    ["negative: a plural noun after the number counts it", "A convoy of 2000 trucks crossed the border.", []]
  ])("%s", (_label, text, expected) => {
    expect(datesOf(text, "2025-10-20")).toEqual(expected);
  });
});

describe("03 dates: undated articles never fall back to today", () => {
  it.each<[string, string, Row[]]>([
    ["weekday", "The strike began on Monday.", [{text: "Monday", date: null, precision: null, basis: "relative"}]],
    ["last month", "Prices rose last month.", [{text: "last month", date: null, precision: null, basis: "relative"}]],
    ["yesterday", "The ferry sank yesterday.", [{text: "yesterday", date: null, precision: null, basis: "relative"}]],
    ["bare month", "In January, the river froze.", [{text: "January", date: null, precision: null, basis: "inferred"}]],
    ["bare day-month", "The vote is on March 3.", [{text: "March 3", date: null, precision: null, basis: "inferred"}]],
    ["last October", "The dam was built last October.", [{text: "last October", date: null, precision: null, basis: "relative"}]],
    ["explicit date still resolves", "The quake struck on 6 February 2023.", [day("6 February 2023", "2023-02-06", "explicit")]],
    ["year still resolves", "The mine closed in 2019.", [year("2019", "2019", "explicit")]]
  ])("%s", (_label, text, expected) => {
    expect(datesOf(text, null)).toEqual(expected);
  });
  it("the next day after an explicit date resolves from it", () => {
    const text = "The quake struck on 6 February 2023. The next day, aftershocks followed.";
    expect(datesOf(text, null)).toEqual([day("6 February 2023", "2023-02-06", "explicit"), day("The next day", "2023-02-07", "relative")]);
  });
});

describe("03 dates: partial publication dates", () => {
  it("YYYY-MM resolves months but not weekdays", () => {
    expect(datesOf("Prices rose last month, on Monday.", "2024-11")).toEqual([
      month("last month", "2024-10", "relative"),
      {text: "Monday", date: null, precision: null, basis: "relative"}
    ]);
  });
  it("YYYY resolves last year", () => {
    expect(datesOf("The harvest failed last year.", "2024")).toEqual([year("last year", "2023", "relative")]);
  });
});

describe("03 dates: weekends, dated by their Saturday with a past bias", () => {
  it.each<[string, string, string, Row[]]>([
    ["last weekend in a Monday article", "Crowds gathered last weekend.", MON, [day("last weekend", "2024-11-16", "relative")]],
    ["last weekend in a Sunday article is the one before", "Crowds gathered last weekend.", "2024-11-17", [day("last weekend", "2024-11-09", "relative")]],
    ["this past weekend", "Storms flooded two villages this past weekend.", MON, [day("past weekend", "2024-11-16", "relative")]],
    ["over the weekend", "Dockers walked out over the weekend.", MON, [day("weekend", "2024-11-16", "relative")]],
    ["at the weekend (British)", "Crowds gathered at the weekend.", MON, [day("weekend", "2024-11-16", "relative")]],
    ["over the weekend in a Sunday article is this one", "Miners were rescued over the weekend.", "2024-11-17", [day("weekend", "2024-11-16", "relative")]],
    ["this weekend with a future cue", "The union will march this weekend.", MON, [day("this weekend", "2024-11-23", "relative")]],
    ["next weekend", "Ferries resume next weekend.", MON, [day("next weekend", "2024-11-23", "relative")]],
    ["a weekend glued to a date leaves the date", "Over the weekend, October 12, the levee broke.", MON, [day("October 12", "2024-10-12", "inferred")]]
  ])("%s", (_label, text, published, expected) => {
    expect(datesOf(text, published)).toEqual(expected);
  });

  it("undated article: unresolved", () => {
    expect(datesOf("Crowds gathered last weekend.", null)).toEqual([{text: "last weekend", date: null, precision: null, basis: "relative"}]);
  });
});

describe("03 dates: a day of the month alone ('on the 15th')", () => {
  it.each<[string, string, string, Row[]]>([
    ["month from the date before it", "The strike began in March. Talks resumed on the 15th.", "2024-05-01", [month("March", "2024-03", "inferred"), day("the 15th", "2024-03-15", "inferred")]],
    ["month from a full date before it", "The ferry sank on 2 June 2023. Divers found the hull on the 9th.", MON, [day("2 June 2023", "2023-06-02", "explicit"), day("the 9th", "2023-06-09", "inferred")]],
    ["no date before: the latest such day up to publication", "Parliament voted on the 12th, officials said.", MON, [day("the 12th", "2024-11-12", "inferred")]],
    ["a later day goes to the month before", "Parliament voted on the 25th, officials said.", MON, [day("the 25th", "2024-10-25", "inferred")]],
    ["a day the month before lacks goes back further", "Parliament met on the 31st.", "2024-03-10", [day("the 31st", "2024-01-31", "inferred")]],
    ["future cue", "The vote will take place on the 21st.", MON, [day("the 21st", "2024-11-21", "inferred")]],
    ["by the 3rd", "Crews must restore power by the 3rd.", MON, [day("the 3rd", "2024-11-03", "inferred")]]
  ])("%s", (_label, text, published, expected) => {
    expect(datesOf(text, published)).toEqual(expected);
  });

  it("a year before it gives no month: unresolved", () => {
    expect(datesOf("The mine opened in 2019. It flooded on the 4th.", MON)).toContainEqual({text: "the 4th", date: null, precision: null, basis: "inferred"});
  });
});

describe("03 dates: a two-digit count after a month is not a year", () => {
  it.each<[string, string, Row[]]>([
    ["in March, 40 people", "Since the floods began in March, 40 people have died.", [month("March", "2024-03", "inferred")]],
    ["in May, 99 homes", "In May, 99 homes were destroyed.", [month("May", "2024-05", "inferred")]]
  ])("%s", (_label, text, expected) => {
    expect(datesOf(text, MON)).toEqual(expected);
  });
});

describe("03 dates: known misses", () => {
  it.fails("a count of 31 or less after 'In June,' is read as a day ('In June, 12 miners')", () => {
    expect(datesOf("In June, 12 miners were trapped.", MON)).toEqual([month("June", "2024-06", "inferred")]);
  });
  it.fails("'the same year' after a dated event", () => {
    expect(datesOf("The dam opened in 2010. It cracked in June the same year.", MON)).toContainEqual(month("June the same year", "2010-06", "relative"));
  });

});

describe("03 dates: robustness", () => {
  const pieces = fc.constantFrom(
    "on ", "Monday", "last ", "October", "7", " ", ", ", "2023", "of last year", "the next day", ". ", "\n", "03.02.2025",
    "two weeks after the ", "late ", "May", "may", "yesterday", "-", "/", "Oct.", "ago", "12", "early", "in ", "the ", "week"
  );
  it.each([null, "2024-11-18", "2024-11", "2024", "garbage"])("never throws and keeps offsets exact (published %s)", (published) => {
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 60}), fc.boolean(), (parts, dayFirst) => {
        const text = parts.join("");
        // datesOf throws on any offset mismatch.
        for (const row of datesOf(text, published, dayFirst)) {
          if (row.date !== null) expect(row.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        }
      }),
      {numRuns: 150}
    );
  });
  it("arbitrary strings", () => {
    fc.assert(fc.property(fc.string({maxLength: 200}), (text) => void datesOf(text, "2024-11-18")), {numRuns: 300});
  });
  it("a very long sentence", () => {
    const text = "The river rose on Monday and again on 3 May 2024 and then ".repeat(20_000);
    const rows = datesOf(text, "2024-11-18");
    // Stage 03 reads at most the first 5,000 characters of one sentence.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(300);
  });
});
