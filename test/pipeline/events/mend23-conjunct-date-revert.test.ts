import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

// Invented sentences from review 23 (F3, F7, F10). Round 23's rule 7844803 (a date before "and"/"then" + a trigger
// is the first verb phrase's, so the trigger took any later date of the clause) was reverted: these sentences are
// the shapes it got wrong. The shared date before "and" is the second verb's too.

describe("negatives: a date before 'and' + trigger stays the trigger's", () => {
  it("F3: the trailing attribution's date is the report's, not the second verb's", () => {
    const rows = sentenceEvents("The rebels seized the town on 5 June and killed 12 civilians, the United Nations said on 9 June.", ["5 June=2024-06-05", "9 June=2024-06-09"]);
    expect(rows).toContain("killing:killed=2024-06-05");
    expect(rows).toContain("statement:said=2024-06-09");
  });
  it("F3: 'kidnapped on <d1> and killed, police said on <d2>'", () => {
    const rows = sentenceEvents("The two men were kidnapped on 4 April and killed, police said on 9 April.", ["4 April=2024-04-04", "9 April=2024-04-09"]);
    expect(rows).toContain("killing:killed=2024-04-04");
    expect(rows).toContain("statement:said=2024-04-09");
  });
  it("F7: a date inside the second verb's object (an anniversary, a past crime) does not date the act", () => {
    expect(sentenceEvents("The court convened on Monday and sentenced him to 10 years for a killing in March 2020.", ["Monday=2024-04-29", "March 2020=2020-03"])).toContain("ruling:sentenced=2024-04-29");
    expect(sentenceEvents("Police raided the house on 3 May and seized weapons stolen in a 2021 robbery.", ["3 May=2024-05-03", "2021=2021"])).toContain("abduction:seized=2024-05-03");
  });
  it("F10: 'and' joining two subjects after a fronted date", () => {
    expect(sentenceEvents("On Friday Kenya and Somalia signed a border deal to take effect on 1 July.", ["Friday=2024-04-26", "1 July=2024-07-01"])).toContain("agreement:signed=2024-04-26");
    expect(sentenceEvents("On Tuesday Ruto and Museveni met in Kampala to prepare the summit due on 20 June.", ["Tuesday=2024-04-30", "20 June=2024-06-20"])).toContain("meeting:met=2024-04-30");
  });
});
