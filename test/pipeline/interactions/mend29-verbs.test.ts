/**
 * Stage 07 on invented sentences (mend 29 of round 29's verb rules): near misses of the round's rules that gave wrong
 * rows, each a negative, with a positive kept beside where the narrowing could cost one.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  // F1: "let B go" is a release only with a captive or captor told; loose words count only inside the row.
  "F1 negative: a company let a manager go after he took a bribe (a sacking, 'taken')": {
    s: "Brixo Ltd let Pavel Orlin go after he had taken a bribe.",
    m: ["Brixo Ltd:organization", "Pavel Orlin"],
    rows: []
  },
  "F1 negative: a minister let a prison governor go after prisoners escaped (a sacking)": {
    s: "Justice minister Irma Vell let prison governor Pavel Orlin go after two prisoners escaped.",
    m: ["Irma Vell", "Pavel Orlin"],
    rows: []
  },
  "F1 negative: a bodyguard let go home after rebels retreated (leave given)": {
    s: "Irma Vell let her bodyguard Pavel Orlin go home after the rebels retreated.",
    m: ["Irma Vell", "Pavel Orlin"],
    rows: []
  },
  "F1 negative: passive let go by a firm after a court case ('taken')": {
    s: "Pavel Orlin was let go by Brixo Ltd after he was taken to court by a client.",
    m: ["Pavel Orlin", "Brixo Ltd:organization"],
    rows: []
  },
  "F1 positive: a prisoner named in the row is still released": {
    s: "The Tarsi Guard let political prisoner Pavel Orlin go on Friday.",
    m: ["Tarsi Guard:organization", "Pavel Orlin"],
    rows: ["Tarsi Guard -released-> Pavel Orlin"]
  },
  // F2: an owned meeting called off, put off or still to come is no meeting.
  "F2 negative: an owned meeting called off": {
    s: "Pavel Orlin's meeting with Irma Vell was called off on Monday.",
    m: ["Pavel Orlin", "Irma Vell"],
    rows: []
  },
  "F2 negative: an owned meeting put off": {
    s: "Pavel Orlin's meeting with Irma Vell has been put off until June.",
    m: ["Pavel Orlin", "Irma Vell"],
    rows: []
  },
  "F2 negative: an owned meeting due to take place": {
    s: "Pavel Orlin's meeting with Irma Vell is due to take place in Tarsk.",
    m: ["Pavel Orlin", "Irma Vell", "Tarsk:place"],
    rows: []
  },
  "F2 negative: an owned meeting that goes ahead on Friday (a schedule)": {
    s: "Pavel Orlin's meeting with Irma Vell goes ahead on Friday.",
    m: ["Pavel Orlin", "Irma Vell"],
    rows: []
  },
  // F3: the one met is someone's aide, not the possessor.
  "F3 negative: a meeting with B's lawyer is no meeting with B": {
    s: "Pavel Orlin's meeting with Irma Vell's lawyer lasted an hour.",
    m: ["Pavel Orlin", "Irma Vell"],
    rows: []
  },
  "F2 positive: an owned meeting that lasted hours stays a meeting": {
    s: "Pavel Orlin's meeting with Irma Vell lasted three hours.",
    m: ["Pavel Orlin", "Irma Vell"],
    rows: ["Pavel Orlin -met-> Irma Vell"]
  },
  // F4: a dated arrival is a visit only with the trip's own day, and not a trip to be questioned, to testify or after an expulsion.
  "F4 negative: the day dates the saying, the trip is a life story": {
    s: "Irma Vell said on Monday she went to Tarsk in 1998.",
    m: ["Irma Vell", "Tarsk:place"],
    rows: []
  },
  "F4 negative: went to a town on Monday, where he was questioned": {
    s: "Pavel Orlin went to Tarsk on Monday, where he was questioned for six hours.",
    m: ["Pavel Orlin", "Tarsk:place"],
    rows: []
  },
  "F4 negative: reached a town and surrendered to police": {
    s: "Pavel Orlin reached Tarsk on Monday and surrendered to police.",
    m: ["Pavel Orlin", "Tarsk:place"],
    rows: []
  },
  "F4 negative: went to a town after being deported": {
    s: "Pavel Orlin went to Tarsk on Monday after he was deported from Brenia.",
    m: ["Pavel Orlin", "Tarsk:place", "Brenia:country"],
    rows: []
  },
  "F4 positive: a governor's dated arrival stays a visit": {
    s: "The governor, Pavel Orlin, reached Tarsk by helicopter on Monday.",
    m: ["Pavel Orlin", "Tarsk:place"],
    rows: ["Pavel Orlin -visited-> Tarsk"]
  },
  // F6: a request never made, not made or denied is no asking.
  "F6 negative: had never made a request": {
    s: "Irma Vell said she had never made a request to Brenia for weapons.",
    m: ["Irma Vell", "Brenia:country"],
    rows: []
  },
  "F6 negative: did not make a formal request": {
    s: "Irma Vell did not make a formal request to Brenia, her office said.",
    m: ["Irma Vell", "Brenia:country"],
    rows: []
  },
  "F6 negative: denied making a request": {
    s: "Irma Vell denied making a request to Brenia for help.",
    m: ["Irma Vell", "Brenia:country"],
    rows: []
  },
  "F6 positive: a formal request made stays asking": {
    s: "Mayor Irma Vell made a formal request to Brenia for more boats.",
    m: ["Irma Vell", "Brenia:country"],
    rows: ["Irma Vell -asked-> Brenia"]
  },
};

describe("mend 29 verbs: near misses of round 29's verb rules", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
