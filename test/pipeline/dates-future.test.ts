import {describe, expect, it} from "vitest";
import {datesOf, type Row} from "./dates/helpers.ts";

const day = (text: string, date: string, basis: Row["basis"]): Row => ({text, date, precision: "day", basis});

// 2025-03-12 is a Wednesday; 2024-12-05 a Thursday.
const WED = "2025-03-12";
const DEC = "2024-12-05";

describe("03 dates: future and scheduled clauses point forward, past clauses back", () => {
  it.each<[string, string, string, Row[]]>([
    // a future weekday on the day of publication is that day, not a week later
    ["'will' + weekday of publication day is that day", "The ferry line will resume sailings on Wednesday.", WED, [day("Wednesday", "2025-03-12", "relative")]],
    ["'will' + later weekday is this week", "Engineers will inspect the dam on Friday.", WED, [day("Friday", "2025-03-14", "relative")]],
    ["'will' + earlier weekday is next week", "The miners will return to work on Monday.", WED, [day("Monday", "2025-03-17", "relative")]],
    ["'next' + weekday of publication day skips a week", "The court sits again next Wednesday.", WED, [day("next Wednesday", "2025-03-19", "relative")]],
    ["'is due to' + weekday of publication day", "The relief convoy is due to reach the valley on Wednesday.", WED, [day("Wednesday", "2025-03-12", "relative")]],
    ["past clause + weekday of publication day", "The levee broke on Wednesday.", WED, [day("Wednesday", "2025-03-12", "relative")]],
    ["past clause + earlier weekday", "Nurses walked out on Monday.", WED, [day("Monday", "2025-03-10", "relative")]],
    // scheduled present simple: the next such date, not last year's
    ["'takes office' in December → next January", "The governor-elect, who takes office on Jan. 9, promised new dikes.", DEC, [day("Jan. 9", "2025-01-09", "inferred")]],
    ["'took office' (past) stays behind", "The governor, who took office on Jan. 9, promised new dikes.", DEC, [day("Jan. 9", "2024-01-09", "inferred")]],
    ["'is due to … on 3 March' months before", "The inquiry is due to publish its report on 3 March.", DEC, [day("3 March", "2025-03-03", "inferred")]],
    ["'is scheduled for' months before", "A donor conference is scheduled for February 20.", DEC, [day("February 20", "2025-02-20", "inferred")]],
    ["'takes effect' + weekday", "The new curfew takes effect on Saturday.", DEC, [day("Saturday", "2024-12-07", "relative")]],
    ["'expires' + month-day", "The miners' contract expires on March 31.", DEC, [day("March 31", "2025-03-31", "inferred")]],
    ["'opens' + month-day", "The trial of the ferry captain opens on 14 January.", DEC, [day("14 January", "2025-01-14", "inferred")]],
    ["past clause + month-day stays this year", "The ferry sank on 14 January.", DEC, [day("14 January", "2024-01-14", "inferred")]],
    ["'hopes to' + weekday", "The charity hopes to reopen the shelter on Monday.", WED, [day("Monday", "2025-03-17", "relative")]],
    ["'is going to' + month-day", "The regulator is going to rule on the merger on February 2.", DEC, [day("February 2", "2025-02-02", "inferred")]],
    ["'hoped to' (past) stays behind", "The charity hoped to reopen the shelter on Monday, but it flooded.", WED, [day("Monday", "2025-03-10", "relative")]],
    ["past verb after the cue: the date is the past verb's", "Monitors who will count the ballots met on Monday.", WED, [day("Monday", "2025-03-10", "relative")]],
    ["'were' after the cue: past", "The army will free the sailors who were seized on 2 May.", DEC, [day("2 May", "2024-05-02", "inferred")]],
    ["participle after 'be' stays future", "The families will be told on Friday.", WED, [day("Friday", "2025-03-14", "relative")]],
    ["'-ed' adjective does not make it past", "The newly elected mayor will take office on 9 January.", DEC, [day("9 January", "2025-01-09", "inferred")]],
    ["future clause does not reach across 'after'", "Crews will rebuild the bridge after it collapsed on 14 January.", DEC, [day("14 January", "2024-01-14", "inferred")]],
    ["contraction 'll after its word", "The union says it'll resume talks on Monday.", WED, [day("Monday", "2025-03-17", "relative")]],
    ["curly contraction ’ll", "Officials said they’ll reopen the border on Friday.", WED, [day("Friday", "2025-03-14", "relative")]],
    ["'is being prepared for' + month-day", "A second convoy is being prepared for 3 February.", DEC, [day("3 February", "2025-02-03", "inferred")]],
    ["'prepared for' (past, no 'being') stays behind", "The army prepared for the offensive on 3 February.", DEC, [day("3 February", "2024-02-03", "inferred")]],
    // a plan or pledge reported in the past tense points ahead; after "had" the plan is over
    ["'planned to' + weekday points ahead", "The dockers' union said its members planned to march through the port on Sunday.", WED, [day("Sunday", "2025-03-16", "relative")]],
    ["'promised to' + weekday points ahead", "The governor promised to reopen the flooded bridge on Friday.", WED, [day("Friday", "2025-03-14", "relative")]],
    ["'vowed to' + month-day points ahead", "The strikers vowed to hold a rally outside parliament on 2 February.", DEC, [day("2 February", "2025-02-02", "inferred")]],
    ["'had planned to' is a plan that is over", "The couple had planned to marry in the chapel on Sunday.", WED, [day("Sunday", "2025-03-09", "relative")]],
    ["'had been due to' is a plan that is over", "The talks had been due to resume on Monday.", WED, [day("Monday", "2025-03-10", "relative")]],
    ["'planned' with no 'to' is past", "The miners planned the walkout on Monday.", WED, [day("Monday", "2025-03-10", "relative")]]
  ])("%s", (_label, text, published, expected) => {
    expect(datesOf(text, published)).toEqual(expected);
  });

  it.fails("a scheduled present verb outside the list ('meets on 3 March' written in December)", () => {
    expect(datesOf("The new parliament meets on 3 March.", DEC)).toEqual([day("3 March", "2025-03-03", "inferred")]);
  });
});

describe("03 dates: today, tonight and this evening are the publication day", () => {
  it.each<[string, string, string | null, Row[]]>([
    ["Today opening a quote", "\"Today we start rebuilding,\" the mayor said.", WED, [day("Today", "2025-03-12", "relative")]],
    ["today inside a quote", "The union leader said: \"We walk out today and we stay out.\"", WED, [day("today", "2025-03-12", "relative")]],
    ["today in a present clause", "The port reopens today after the storm.", WED, [day("today", "2025-03-12", "relative")]],
    ["tonight", "Firefighters expect the wind to drop tonight.", WED, [day("tonight", "2025-03-12", "relative")]],
    ["this evening", "The rescue flights resumed this evening.", WED, [day("this evening", "2025-03-12", "relative")]],
    ["today's + noun is the day", "Today's vote was postponed.", WED, [day("Today", "2025-03-12", "relative")]],
    ["today's + a name is the present era, no date", "The professor compared today's Europe with the 1930s.", WED, []],
    ["tonight's + a name is no date", "Critics panned tonight's Hamlet.", WED, []],
    ["'USA Today' is a newspaper, no date", "The figures were first reported by USA Today.", WED, []],
    ["a title before 'Today' is no date, 'today' after it is", "She told Radio Today that the dam held today.", WED, [day("today", "2025-03-12", "relative")]],
    ["sentence-initial Today after a quote mark is a date", "He said: \"Today the water is falling.\"", WED, [day("Today", "2025-03-12", "relative")]],
    ["Today after a comma is a date", "For now, Today the road is closed, police said.", WED, [day("Today", "2025-03-12", "relative")]],
    ["undated article: today unresolved", "Schools reopen today.", null, [{text: "today", date: null, precision: null, basis: "relative"}]]
  ])("%s", (_label, text, published, expected) => {
    expect(datesOf(text, published)).toEqual(expected);
  });
});

describe("03 dates: a month-day naming an event takes the year its month was stated with", () => {
  const rows = (text: string, published: string) => datesOf(text, published).map((r) => `${r.text}=${r.date}`);
  it.each<[string, string, string, string[]]>([
    ["'the 9 March quake' after 'In March 2011'", "In March 2011, a quake struck the coast. The 9 March quake was a foreshock.", "2025-11-20", ["March 2011=2011-03", "9 March=2011-03-09"]],
    ["'the May 4 collapse' after 'In May 2019'", "The mine had reopened in May 2019. Inspectors blamed the May 4 collapse on old timber.", "2025-11-20", ["May 2019=2019-05", "May 4=2019-05-04"]],
    ["the latest statement of the month wins", "Floods hit in June 2016. In June 2021 the river rose again. The 14 June flood cut the town off.", "2025-11-20", ["June 2016=2016-06", "June 2021=2021-06", "14 June=2021-06-14"]],
    ["not attributive: 'on 9 March' keeps the past bias", "In March 2011, a quake struck the coast. Officials met on 9 March.", "2025-11-20", ["March 2011=2011-03", "9 March=2025-03-09"]],
    ["'the 9 March and …' is not a modifier", "In March 2011, a quake struck the coast. Between the 2 March and the 9 March readings, nothing changed.", "2025-11-20", ["March 2011=2011-03", "2 March=2025-03-02", "9 March=2011-03-09"]],
    ["another month stated with a year does not lend it", "In April 2011, a quake struck the coast. The 9 March storm was worse.", "2025-11-20", ["April 2011=2011-04", "9 March=2025-03-09"]],
    ["a month stated later does not lend it back", "The 9 March storm was worse. In March 2011, a quake struck the coast.", "2025-11-20", ["9 March=2025-03-09", "March 2011=2011-03"]]
  ])("%s", (_label, text, published, expected) => {
    expect(rows(text, published)).toEqual(expected);
  });
});

describe("03 dates: a headline's 'to' + verb is the future", () => {
  // The first line, without a final period, is the headline.
  const first = (text: string, published: string) => datesOf(text, published)[0];
  it.each<[string, string, string, Row]>([
    ["'to' + verb in a headline", "Ferries to resume sailings on Monday\n\nThe port was closed by the storm.", WED, day("Monday", "2025-03-17", "relative")],
    ["'to be' + participle in a headline", "Three trapped miners to be brought up on Friday\n\nRescuers dug through the night.", WED, day("Friday", "2025-03-14", "relative")],
    ["'to' + a number is no future", "Death toll rises to 40 on Monday\n\nRescuers dug through the night.", WED, day("Monday", "2025-03-10", "relative")],
    ["'to' + a place is no future", "Refugees return to Mosul on Monday\n\nBuses left at dawn.", WED, day("Monday", "2025-03-10", "relative")]
  ])("%s", (_label, text, published, expected) => {
    expect(first(text, published)).toEqual(expected);
  });

  it("body text: 'reported to be … on Monday' stays past", () => {
    expect(datesOf("Floods close schools\n\nThe minister was reported to be in the valley on Monday.", WED)).toEqual([day("Monday", "2025-03-10", "relative")]);
  });
});

describe("03 dates: 'the next day' in a future clause counts from publication", () => {
  it.each<[string, string, string, Row[]]>([
    ["'would' + the next day, no date before", "The charity said its volunteers would deliver the blankets the next day.", WED, [day("the next day", "2025-03-13", "relative")]],
    ["'will' + the following day", "Engineers will inspect the dam the following day.", WED, [day("the following day", "2025-03-13", "relative")]],
    [
      "a dated sentence before does not lend its day to a future 'next day'",
      "The trawler sank on March 3. The coastguard said divers would search the wreck the next day.",
      WED,
      [day("March 3", "2025-03-03", "inferred"), day("the next day", "2025-03-13", "relative")]
    ],
    [
      "negative: a date before it in its own sentence stays its anchor",
      "The coastguard said on Monday that divers would search the wreck the next day.",
      WED,
      [day("Monday", "2025-03-10", "relative"), day("the next day", "2025-03-11", "relative")]
    ],
    [
      "negative: a past clause counts from the date before",
      "The trawler sank on March 3. Divers searched the wreck the next day.",
      WED,
      [day("March 3", "2025-03-03", "inferred"), day("the next day", "2025-03-04", "relative")]
    ]
  ])("%s", (_label, text, published, expected) => {
    expect(datesOf(text, published)).toEqual(expected);
  });
});
