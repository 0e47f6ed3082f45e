/**
 * Stage 07 on invented sentences (mend 31, verbs): regressions of the review-31 findings on the round's verb rules
 * (/work/brief/REVIEW31-m31v-report.md).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "F2: two captives used as bargaining chips negotiated nothing": {
    s: "Tom Reyes and Ana Lopes were used as bargaining chips.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: []
  },
  "F2: two who are bargaining chips negotiated nothing": {
    s: "Tom Reyes and Ana Lopes are bargaining chips for the junta.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: []
  },
  "F2: two bargaining with an unnamed other side are no sides to each other": {
    s: "Tom Reyes and Ana Lopes bargained with the kidnappers for hours.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: []
  },
  "F2: two union leaders bargained for a pay rise (one side)": {
    s: "Tom Reyes and Ana Lopes, who lead the union, bargained for a 5% pay rise.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: []
  },
  "F3: called on B for his resignation, a hospital later in the clause → a call to act, no visit": {
    s: "Ana Lopes called on Tom Reyes for his resignation after patients died at the hospital.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: ["Ana Lopes -called_on-> Tom Reyes"]
  },
  "F3: called on a minister on a day over deaths in hospital → no visit": {
    s: "Ana Lopes called on Health Minister Tom Reyes on Monday over the deaths in hospital.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: ["Ana Lopes -called_on-> Tom Reyes"]
  },
  "F3: called on B at the hospital board meeting → no visit": {
    s: "Ana Lopes called on Tom Reyes at the hospital board meeting for an inquiry.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: ["Ana Lopes -called_on-> Tom Reyes"]
  },
  "F4: a career on the line with B watching is at stake, no call": {
    s: "Ana Lopes's career is on the line with Tom Reyes watching.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  },
  "F4: the job of A on the line with B in charge, no call": {
    s: "The job of Ana Lopes is on the line with Tom Reyes in charge.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  },
  "F5: a prosecutor demanded that B be jailed (B acted on, no one asked)": {
    s: "The prosecutor, Ana Lopes, demanded that Tom Reyes be jailed for life.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  },
  "F5: demanded that a company should be fined": {
    s: "Ana Lopes demanded that Acme Steel should be fined.",
    m: ["Ana Lopes", "Acme Steel:organization"],
    rows: []
  },
  "F5 (kept): demanded that a company pay the fine → asked": {
    s: "Ana Lopes demanded that Acme Steel pay the fine.",
    m: ["Ana Lopes", "Acme Steel:organization"],
    rows: ["Ana Lopes -asked-> Acme Steel"]
  },
  "F7: attended a meeting in a city via Zoom → no trip": {
    s: "Tom Reyes attended a meeting in Lisbon via Zoom.",
    m: ["Tom Reyes", "Lisbon:place"],
    rows: []
  },
  "F7: attended a fair in a city as a child → a life story, no trip": {
    s: "Tom Reyes attended a fair in Lisbon as a child.",
    m: ["Tom Reyes", "Lisbon:place"],
    rows: []
  },
  "F8: a patient arrived at the hospital in a city with burns → no visit": {
    s: "Tom Reyes arrived at the hospital in Lisbon on Monday with burns.",
    m: ["Tom Reyes", "Lisbon:place"],
    d: ["Monday=2025-10-13"],
    rows: []
  },
  "F8 (kept): a minister arrived at the hospital in a city to visit the injured → visited": {
    s: "Health Minister Tom Reyes arrived at the hospital in Lisbon on Monday to visit the injured.",
    m: ["Tom Reyes", "Lisbon:place"],
    d: ["Monday=2025-10-13"],
    rows: ["Tom Reyes -visited-> Lisbon"]
  },
  "F9: spoke with a rival in a televised debate → no meeting": {
    s: "Ana Lopes spoke with Tom Reyes in a televised debate on Monday.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  },
  "F9: spoke with B for an article → an interview, no meeting": {
    s: "Ana Lopes spoke with Tom Reyes for an article published on Monday.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: []
  },
  "F10: fame lent B credibility, a noun of aid later → no help": {
    s: "Tom Reyes's fame lent Ana Lopes credibility with volunteers.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: []
  },
  "F11: two defendants sat across from each other in the dock → no meeting": {
    s: "Tom Reyes and Ana Lopes sat across from each other in the dock.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: []
  },
  "F11: two coaches sat down together in the dugout before kick-off → no meeting": {
    s: "Tom Reyes and Ana Lopes sat down together in the dugout before kick-off.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: []
  },
  "F14: demanded that a country release B asks the country, not B": {
    s: "Ana Lopes demanded that Kestria release Tom Reyes.",
    m: ["Ana Lopes", "Kestria:country", "Tom Reyes"],
    rows: ["Ana Lopes -asked-> Kestria", "Kestria -released-> Tom Reyes"]
  },
  "F14: demanded that a company reinstate B asks the company": {
    s: "Ana Lopes demanded that Acme Steel reinstate Tom Reyes.",
    m: ["Ana Lopes", "Acme Steel:organization", "Tom Reyes"],
    rows: ["Ana Lopes -asked-> Acme Steel"]
  },
  "F5: demanded that two persons be sacked asks neither": {
    s: "Ana Lopes demanded that Tom Reyes and Sam Cole be sacked.",
    m: ["Ana Lopes", "Tom Reyes", "Sam Cole"],
    rows: []
  },
  "F12: pressed a rival in the final set to free herself (a rally, no request)": {
    s: "Ana Lopes pressed Tom Reyes in the final set to free herself.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: ["Ana Lopes -called_on-> Tom Reyes"]
  },
  "F12 (kept): pressed B for months to free the crew → asked": {
    s: "Ana Lopes pressed Tom Reyes for months to free the crew.",
    m: ["Ana Lopes", "Tom Reyes"],
    rows: ["Ana Lopes -asked-> Tom Reyes"]
  }
};

describe("mend 31 verbs", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
