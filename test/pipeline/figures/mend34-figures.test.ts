/**
 * Mend 34 (review of round 34, stage 05): regressions for the round's figure rules. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("Mend 34 F1: 'in need' does not outweigh the count's own verb or label", () => {
  it("'Floods have displaced some 9,000 people in need of shelter' stays displaced", () => {
    checkFigures("Floods have displaced some 9,000 people in need of shelter.", [{quote: "some 9,000", category: "displaced"}]);
  });
  it("'The quake injured 300 people in need of help' stays wounded", () => {
    checkFigures("The quake injured 300 people in need of help.", [{quote: "300", category: "wounded"}]);
  });
  it("'still holding 30 hostages in need of help' stays held", () => {
    checkFigures("Rebels are still holding 30 hostages in need of help.", [{quote: "30", category: "hostages_held"}]);
  });
  it("a label in the count's phrase ('tents for 12,000 displaced people in need') stays displaced", () => {
    checkFigures("The agency sent tents for 12,000 displaced people in need.", [{quote: "12,000", category: "displaced"}]);
  });
});

describe("Mend 34 F2: a release after a relative of care is a discharge, not a captive's release", () => {
  it("'soldiers who were wounded in the rescue were released from hospital' stays wounded", () => {
    checkFigures("Gunmen abducted 30 villagers near Tora last week.\nTwelve soldiers who were wounded in the rescue were released from hospital on Sunday.",
      [{quote: "30", category: "abducted"}, {quote: "Twelve", category: "wounded"}]);
  });
  it("'patients who were treated for burns were released' stays wounded in a kidnap story", () => {
    checkFigures("Gunmen abducted 30 villagers near Tora last week.\nTwelve patients who were treated for burns were released on Sunday.",
      [{quote: "30", category: "abducted"}, {quote: "Twelve", category: "wounded"}]);
  });
  it("still: 'traders who were marched into the forest … were released' is a release", () => {
    checkFigures("Gunmen abducted 30 villagers near Tora last week.\nNine traders who were marched into the forest on Friday were released on Sunday.",
      [{quote: "30", category: "abducted"}, {quote: "Nine", category: "hostages_released"}]);
  });
});

describe("Mend 34 F3: 'N of them for injuries' is a wounded part only where the whole is being treated", () => {
  it("sport: 'Nine players are out of Saturday's match, four of them for injuries' gives no wounded part", () => {
    checkFigures("Nine players are out of Saturday's match, four of them for injuries.", []);
  });
  it("court: 'five of them for causing injuries to police officers' gives no wounded part", () => {
    checkFigures("Twelve people were jailed on Friday, five of them for causing injuries to police officers.", [{quote: "Twelve", category: "other"}]);
  });
  it("still: 'took in 30 injured miners, nine of them for head injuries'", () => {
    checkFigures("The clinic took in 30 injured miners, nine of them for head injuries.", [{quote: "30", category: "wounded"}, {quote: "nine", category: "wounded"}]);
  });
});

describe("Mend 34 F4: '<Capitalised>, N.' after a word of place or time is a count, not an age", () => {
  it("'The dead numbered 14 in Homs and, in Aleppo, 12.' keeps the 12", () => {
    checkFigures("The dead numbered 14 in Homs and, in Aleppo, 12.", [{quote: "14", category: "killed"}, {quote: "12", category: "killed"}]);
  });
  it("'The toll rose to 40 in Ostra and, by Easter, 52.' keeps the 52", () => {
    checkFigures("The toll rose to 40 in Ostra and, by Easter, 52.", [{quote: "40", category: "killed"}, {quote: "52", category: "killed"}]);
  });
  it("still: 'a teacher in Homs, Rami Haddad, 44.' is an age", () => {
    checkFigures("Those killed included a teacher in Homs, Rami Haddad, 44.", []);
  });
});

describe("Mend 34 F5: 'were moved out' is displacement only for people moved out of their homes", () => {
  it("'Some 60 workers were moved out on Monday as the firm shut its plant' is other", () => {
    checkFigures("Some 60 workers were moved out on Monday as the firm shut its plant.", [{quote: "Some 60", category: "other"}]);
  });
  it("still: 'Nearly 600 villagers have been moved out since Sunday' is displaced", () => {
    checkFigures("Nearly 600 villagers have been moved out since Sunday, the district office said.", [{quote: "Nearly 600", category: "displaced"}]);
  });
});

describe("Mend 34 F7: 'let <one person> and N go' frees the N only when captors let them", () => {
  it("a lay-off in a kidnap story ('The company has since let the manager and six engineers go') is other", () => {
    checkFigures("Kidnappers seized 40 workers near Tora last month. The company has since let the manager and six engineers go as costs mount.",
      [{quote: "40", category: "abducted"}, {quote: "six", category: "other"}]);
  });
  it("still: 'The kidnappers later let a cook and five guests go' is a release", () => {
    checkFigures("Kidnappers seized 40 workers near Tora last month. The kidnappers later let a cook and five guests go.",
      [{quote: "40", category: "abducted"}, {quote: "five", category: "hostages_released"}]);
  });
});

describe("Mend 34 F9: 'were let go' past a relative is a lay-off, not a captive's release", () => {
  it("'Twenty workers who were hired for the harvest were let go on Friday' stays other in a kidnap story", () => {
    checkFigures("Gunmen abducted 30 villagers near Tora last week.\nTwenty workers who were hired for the harvest were let go on Friday.",
      [{quote: "30", category: "abducted"}, {quote: "Twenty", category: "other"}]);
  });
});

describe("Mend 34 F10: a release past a relative is a captive's only when the relative tells a taking", () => {
  it("'miners who were trapped underground since Friday were freed' stays other in a kidnap story", () => {
    checkFigures("Gunmen abducted 30 villagers near Tora last week.\nFourteen miners who were trapped underground since Friday were freed on Sunday.",
      [{quote: "30", category: "abducted"}, {quote: "Fourteen", category: "other"}]);
  });
  it("'men who were convicted of the attack in 2019 were released on parole' is no hostage release", () => {
    checkFigures("Gunmen abducted 30 villagers near Tora last week.\nNine men who were convicted of the attack in 2019 were released on parole on Friday.",
      [{quote: "30", category: "abducted"}, {quote: "Nine", category: "other"}]);
  });
});
