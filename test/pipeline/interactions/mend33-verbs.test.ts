/**
 * Stage 07, mend 33 (verbs and nouns): regressions found reviewing round 33's rules, each an invented sentence that gave
 * a wrong row on the round's code (docs: /work/brief/REVIEW33-mr33v-report.md, F-numbers below).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  // F1: a coordinated "and kept B …" with its object after the verb holds no one.
  "F1: 'A thanked B and kept C waiting' (no hold)": {
    s: "Tom Berg thanked Ana Lee and kept Omar Saleh waiting.",
    m: ["Tom Berg", "Ana Lee", "Omar Saleh"],
    rows: ["Tom Berg -thanked-> Ana Lee"]
  },
  "F1: 'the coach dropped B and kept C in goal' (no hold)": {
    s: "The coach dropped Tom Berg and kept Ana Lee in goal.",
    m: ["Tom Berg", "Ana Lee"],
    rows: []
  },
  "F1 positive kept: 'B was abducted by A and kept there for a month'": {
    s: "Tom Berg was abducted by the Delta Front and kept there for a month.",
    m: ["Tom Berg", "Delta Front:group"],
    rows: ["Delta Front -abducted-> Tom Berg", "Delta Front -held-> Tom Berg"]
  },
  // F2: "whom A kept …" of an idiom or a post is no captivity.
  "F2: 'B, whom A kept in the dark about the deal, resigned' (no hold)": {
    s: "Pia Lund, whom Jonas Eke kept in the dark about the merger, resigned on Friday.",
    m: ["Pia Lund", "Jonas Eke"],
    rows: []
  },
  "F2: 'B, whom A kept in charge of the treasury' (no hold)": {
    s: "Pia Lund, whom Jonas Eke kept in charge of the treasury, quit.",
    m: ["Pia Lund", "Jonas Eke"],
    rows: []
  },
  "F2: 'B, whom A kept at arm's length' (no hold)": {
    s: "Pia Lund, whom Jonas Eke kept at arm's length for years, quit.",
    m: ["Pia Lund", "Jonas Eke"],
    rows: []
  },
  "F2 positive kept: 'B, whom A is keeping at a farm near X'": {
    s: "Pia Lund, whom the Red Hand is keeping at a farm near the river, sent a video on Friday.",
    m: ["Pia Lund", "Red Hand:group"],
    rows: ["Red Hand -held-> Pia Lund"]
  },
  // F3: "put B and C in the same room / at the same table" with no word of talks is a hotel's or a coach's, no go-between's.
  "F3: 'the hotel put B and C in the same room by mistake' (no mediation)": {
    s: "The Harbour Hotel put Jonas Eke and Pia Lund in the same room by mistake.",
    m: ["Harbour Hotel:organization", "Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F3: 'Coach A put B and C in the same room during the tour' (no mediation)": {
    s: "Coach Mara Holt put Jonas Eke and Pia Lund in the same room during the tour.",
    m: ["Mara Holt", "Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F3: 'A put B and C at the same table at the awards ceremony' (no mediation)": {
    s: "Mara Holt put Jonas Eke and Pia Lund at the same table at the awards ceremony.",
    m: ["Mara Holt", "Jonas Eke", "Pia Lund"],
    rows: []
  },
  // F4: a run-off's "second round between B and C" is a vote, no talks a chair runs.
  "F4: 'the electoral commission organised the second round between B and C' (no mediation)": {
    s: "The Coastal Electoral Commission organised the second round between Jonas Eke and Pia Lund on Sunday.",
    m: ["Coastal Electoral Commission:organization", "Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F4: 'A organised the first round between B and C in the party's leadership vote' (no mediation)": {
    s: "Mara Holt organised the first round between Jonas Eke and Pia Lund in the party's leadership vote.",
    m: ["Mara Holt", "Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F4 positive kept: 'A chaired the opening round between B and C on the border dispute'": {
    s: "Mara Holt chaired the opening round between Jonas Eke and Pia Lund on the border dispute.",
    m: ["Mara Holt", "Jonas Eke", "Pia Lund"],
    rows: ["Mara Holt -mediated-> Jonas Eke", "Mara Holt -mediated-> Pia Lund"]
  },
  // F5: "later this month" is still to come, and "said last month" dates the saying, not the trip.
  "F5: 'A goes to X later this month' (no visit yet)": {
    s: "Pia Lund goes to Tarn later this month.",
    m: ["Pia Lund", "Tarn:place"],
    rows: []
  },
  "F5: 'A went to X as a boy, he told reporters last month' (no dated visit)": {
    s: "Jonas Eke went to Tarn with his uncle as a boy, he told reporters last month.",
    m: ["Jonas Eke", "Tarn:place"],
    rows: []
  },
  "F5 positive kept: 'A went to X earlier this month'": {
    s: "Pia Lund went to Tarn earlier this month.",
    m: ["Pia Lund", "Tarn:place"],
    rows: ["Pia Lund -visited-> Tarn"]
  },
  // F6: a firm letting two people go under a settlement or after months of losses frees no captives.
  "F6: 'A Bank let B and C go under a settlement agreement' (no release)": {
    s: "Northline Bank let Jonas Eke and Pia Lund go under a settlement agreement approved in March.",
    m: ["Northline Bank:organization", "Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F6: 'A let B and C go after 18 months of losses' (no release)": {
    s: "Northline let Jonas Eke and Pia Lund go after 18 months of losses.",
    m: ["Northline:organization", "Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F6 positive kept: 'the X Front let B and C go on Friday under a swap'": {
    s: "The Red Hand let Jonas Eke and Pia Lund go on Friday under a swap.",
    m: ["Red Hand:group", "Jonas Eke", "Pia Lund"],
    rows: ["Red Hand -released-> Jonas Eke", "Red Hand -released-> Pia Lund"]
  },
  // F7: a seat across from someone at a hearing, on a plane or on parliament's benches is no meeting.
  "F7: 'A sat across from his accuser, B, during the hearing' (no meeting)": {
    s: "Jonas Eke sat across from his accuser, Pia Lund, during the hearing.",
    m: ["Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F7: 'A sat across from B on the plane to X' (no meeting)": {
    s: "Jonas Eke sat across from Pia Lund on the plane to Tarn.",
    m: ["Jonas Eke", "Pia Lund", "Tarn:place"],
    rows: []
  },
  "F7: 'A has sat across from B on the opposition benches for a decade' (no meeting)": {
    s: "Jonas Eke has sat across from Pia Lund on the government benches for a decade.",
    m: ["Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F7 positive kept: 'A sat across from B at a farmhouse outside X'": {
    s: "Jonas Eke sat across from Pia Lund at a farmhouse outside Tarn on Friday.",
    m: ["Jonas Eke", "Pia Lund", "Tarn:place"],
    rows: ["Jonas Eke -met-> Pia Lund"]
  },
  // F8: a court granting or refusing a motion is no request of the court.
  "F8: 'the Supreme Court rejected a request from B to delay his trial' (no request of the court)": {
    s: "The High Court rejected a request from Jonas Eke to delay his trial.",
    m: ["High Court:organization", "Jonas Eke"],
    rows: []
  },
  "F8: 'Judge A granted a request from B for bail' (no request of the judge)": {
    s: "Judge Pia Lund granted a request from Jonas Eke for bail on Friday.",
    m: ["Pia Lund", "Jonas Eke"],
    rows: []
  },
  "F8 positive kept: 'A turned down a request from B for more fuel'": {
    s: "Pia Lund turned down a request from the Tarn Council for more fuel.",
    m: ["Pia Lund", "Tarn Council:organization"],
    rows: ["Tarn Council -asked-> Pia Lund"]
  },
  // F9: thanks to a body's people negated a word or two back are none.
  "F9: 'A has not yet thanked the staff of B' (no thanks)": {
    s: "Pia Lund has not yet thanked the staff of the Tarn Clinic.",
    m: ["Pia Lund", "Tarn Clinic:organization"],
    rows: []
  },
  "F9: 'A never publicly thanked the volunteers of B' (no thanks)": {
    s: "Jonas Eke never publicly thanked the volunteers of the Blue Star.",
    m: ["Jonas Eke", "Blue Star:organization"],
    rows: []
  },
  "F9 positive kept: 'A warmly thanked the staff of B'": {
    s: "Pia Lund warmly thanked the staff of the Tarn Clinic.",
    m: ["Pia Lund", "Tarn Clinic:organization"],
    rows: ["Pia Lund -thanked-> Tarn Clinic"]
  },
  // F10: a matter never raised in a letter asks no one.
  "F10: 'C said A never raised the matter in a letter to B' (no request)": {
    s: "Mara Holt said Jonas Eke never raised the matter in a letter to Pia Lund.",
    m: ["Mara Holt", "Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F10: 'A did not raise the case in a letter to B' (no request)": {
    s: "Jonas Eke did not raise the case in a letter to the Tarn Council.",
    m: ["Jonas Eke", "Tarn Council:organization"],
    rows: []
  },
  // F11: a coordinated subject at "the same meeting" did meet; only a verb's coordinated object did not.
  "F11: 'A and B clashed at the same meeting on Monday' (the pair met)": {
    s: "Jonas Eke and Pia Lund clashed at the same meeting on Friday.",
    m: ["Jonas Eke", "Pia Lund"],
    rows: ["Jonas Eke -met-> Pia Lund"]
  },
  "F11: 'A and B both spoke at the same meeting' (the pair met)": {
    s: "Jonas Eke and Pia Lund both spoke at the same meeting on Friday.",
    m: ["Jonas Eke", "Pia Lund"],
    rows: ["Jonas Eke -met-> Pia Lund"]
  },
  "F11 negative kept: 'C also thanked A and B at that meeting' (no meeting of A and B)": {
    s: "Mara Holt also thanked Jonas Eke and Pia Lund at that meeting.",
    m: ["Mara Holt", "Jonas Eke", "Pia Lund"],
    rows: ["Mara Holt -thanked-> Jonas Eke", "Mara Holt -thanked-> Pia Lund"]
  },
  // F12: a report's or an album's release is no captives' release.
  "F12: 'after the release of the report, A kept B back from the launch' (no hold)": {
    s: "After the release of the annual report, Northline kept Jonas Eke back from the launch.",
    m: ["Northline:organization", "Jonas Eke"],
    rows: []
  },
  "F12 positive kept: 'A freed three captives but kept B back'": {
    s: "The Red Hand freed three captives on Friday but kept Jonas Eke back.",
    m: ["Red Hand:group", "Jonas Eke"],
    rows: ["Red Hand -held-> Jonas Eke"]
  },
  // F19: a person keeping someone near, in the background or under watch holds no captive; nor a body in the spotlight.
  "F19: 'B, whom A kept near him at all times, spoke first' (no hold)": {
    s: "Pia Lund, whom Jonas Eke kept near him at all times, spoke first.",
    m: ["Pia Lund", "Jonas Eke"],
    rows: []
  },
  "F19: 'B, whom A kept in the background, resigned' (no hold)": {
    s: "Pia Lund, whom Jonas Eke kept in the background, resigned.",
    m: ["Pia Lund", "Jonas Eke"],
    rows: []
  },
  "F19: 'B, whom A kept under surveillance for months' (no hold)": {
    s: "Pia Lund, whom Jonas Eke kept under surveillance for months, was never charged.",
    m: ["Pia Lund", "Jonas Eke"],
    rows: []
  },
  "F19: 'B, whom a firm kept in the spotlight, left' (no hold)": {
    s: "Pia Lund, whom Northline kept in the spotlight, left in May.",
    m: ["Pia Lund", "Northline:organization"],
    rows: []
  },
  "F19 positive kept: 'B, whom A kept in a cellar after kidnapping her'": {
    s: "Pia Lund, whom Jonas Eke kept in a cellar for a week after kidnapping her, testified on Friday.",
    m: ["Pia Lund", "Jonas Eke"],
    rows: ["Jonas Eke -held-> Pia Lund"]
  },
  // F20: a boxing round, a bidding round or a festival session is no talks a chair runs.
  "F20: 'the boxing board oversaw the third round between B and C' (no mediation)": {
    s: "The Northern Boxing Board oversaw the third round between Jonas Eke and Pia Lund.",
    m: ["Northern Boxing Board:organization", "Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F20: 'A organised the second round between B and C in the bidding' (no mediation)": {
    s: "Northline organised the second round between Kessel Steel and Tarn Metals in the bidding for the port.",
    m: ["Northline:organization", "Kessel Steel:organization", "Tarn Metals:organization"],
    rows: []
  },
  "F20: 'A moderated a session between B and C at the festival' (no mediation)": {
    s: "Mara Holt moderated a session between Jonas Eke and Pia Lund at the festival.",
    m: ["Mara Holt", "Jonas Eke", "Pia Lund"],
    rows: []
  },
  // F21: two people got into one room at a premiere or a concert are no sides brought to talk.
  "F21: 'A got B and C into the same room at the film premiere' (no mediation)": {
    s: "Mara Holt got Jonas Eke and Pia Lund into the same room at the Tarn film premiere.",
    m: ["Mara Holt", "Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F21 positive kept: 'A got two sides into the same room for the first time since the war'": {
    s: "Mara Holt got Tarnia and the Red Hand into the same room for the first time since the war.",
    m: ["Mara Holt", "Tarnia:country", "Red Hand:group"],
    rows: ["Mara Holt -mediated-> Tarnia", "Mara Holt -mediated-> Red Hand"]
  },
  // F14: concerns, objections or a threat raised in a letter are no request.
  "F14: 'A raised objections to the plan in an open letter to B' (no request)": {
    s: "Jonas Eke raised objections to the plan in an open letter to Pia Lund.",
    m: ["Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F14: 'A raised the prospect of legal action in a letter to B' (no request)": {
    s: "Jonas Eke raised the prospect of legal action in a letter to Northline.",
    m: ["Jonas Eke", "Northline:organization"],
    rows: []
  }
};

describe("mend 33 (verbs and nouns)", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
