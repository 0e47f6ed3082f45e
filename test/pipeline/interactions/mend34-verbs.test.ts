/**
 * Stage 07 on invented sentences: the mends of review 34 (helper mr34v) to round 34's verbs and idioms (sat with, under one
 * roof, together with, a bracketed go-between, a hold before a release).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  // F1: a seat shared on a jury, in a dugout or a studio, or in a chamber, is no visit even with a time spent after it.
  "F1: sat with B on the jury for three hours → none": {
    s: "Ana Ruiz sat with Karl Moss on the jury for three hours.",
    m: ["Ana Ruiz", "Karl Moss"],
    rows: []
  },
  "F1: sat with B in the dugout for the whole evening → none": {
    s: "Ana Ruiz sat with Karl Moss in the dugout for the whole evening.",
    m: ["Ana Ruiz", "Karl Moss"],
    rows: []
  },
  "F1: sat with B in the studio for an hour → none": {
    s: "Ana Ruiz sat with Karl Moss in the studio for an hour before the debate.",
    m: ["Ana Ruiz", "Karl Moss"],
    rows: []
  },
  "F1: sat with B in the House of Commons → none": {
    s: "Ana Ruiz sat with Karl Moss in the House of Commons.",
    m: ["Ana Ruiz", "Karl Moss"],
    rows: []
  },
  "F1 kept: sat with B at his house for an hour → met": {
    s: "Ana Ruiz sat with Karl Moss at his house for an hour after the fire.",
    m: ["Ana Ruiz", "Karl Moss"],
    rows: ["Ana Ruiz -met-> Karl Moss"]
  },
  // F2: under one roof with no go-between's work: a mall housing two firms, a couple, a relative clause, a wedding.
  "F2: a mall hosted two firms under one roof → met as before, no mediation": {
    s: "The Harbour Arcade hosted Nordcraft and Velta Foods under one roof.",
    m: ["Harbour Arcade:organization", "Nordcraft:organization", "Velta Foods:organization"],
    rows: ["Harbour Arcade -met-> Nordcraft", "Harbour Arcade -met-> Velta Foods"]
  },
  "F2: welcomed B and her husband under one roof → met, no mediation": {
    s: "Ana Ruiz welcomed Lise Dahl and her husband under one roof.",
    m: ["Ana Ruiz", "Lise Dahl"],
    rows: ["Ana Ruiz -met-> Lise Dahl"]
  },
  "F2: a relative clause's roof → met each, no mediation": {
    s: "Ana Ruiz welcomed Lise Dahl and Karl Moss, who have lived under one roof since 2010.",
    m: ["Ana Ruiz", "Lise Dahl", "Karl Moss"],
    rows: ["Ana Ruiz -met-> Lise Dahl", "Ana Ruiz -met-> Karl Moss"]
  },
  "F2: received B and C under one roof at a wedding → met each": {
    s: "Ana Ruiz received Lise Dahl and Karl Moss under one roof at her wedding.",
    m: ["Ana Ruiz", "Lise Dahl", "Karl Moss"],
    rows: ["Ana Ruiz -met-> Lise Dahl", "Ana Ruiz -met-> Karl Moss"]
  },
  "F2 kept: a person host receiving two sides under one roof → mediated": {
    s: "Bishop Ana Ruiz received Lise Dahl and Karl Moss under one roof in Velm.",
    m: ["Ana Ruiz", "Lise Dahl", "Karl Moss", "Velm:place"],
    rows: ["Ana Ruiz -mediated-> Lise Dahl", "Ana Ruiz -mediated-> Karl Moss"]
  },
  // F3: a state "hosting the second round / the encounter between B and C" hosts a game, no mediation.
  "F3: a state hosted the second round between two players → no mediation": {
    s: "Spain hosted the second round between Lise Dahl and Karl Moss in Velm.",
    m: ["Spain:country", "Lise Dahl", "Karl Moss", "Velm:place"],
    rows: ["Spain -met-> Lise Dahl", "Spain -met-> Karl Moss"]
  },
  "F3: a state hosted the encounter between two players → no mediation": {
    s: "Spain hosted the encounter between Lise Dahl and Karl Moss.",
    m: ["Spain:country", "Lise Dahl", "Karl Moss"],
    rows: ["Spain -met-> Lise Dahl", "Spain -met-> Karl Moss", "Lise Dahl -met-> Karl Moss"]
  },
  // F4: "brought B together with C" for a photo or on a stage adds no second side, even with talks told after.
  "F4: together with C for a photo after the talks → no mediation": {
    s: "Ana Ruiz brought Lise Dahl together with Karl Moss for a photo after the talks.",
    m: ["Ana Ruiz", "Lise Dahl", "Karl Moss"],
    rows: []
  },
  "F4: together with C on stage after the talks → no mediation": {
    s: "Ana Ruiz brought Lise Dahl together with Karl Moss on stage once the talks had ended.",
    m: ["Ana Ruiz", "Lise Dahl", "Karl Moss"],
    rows: []
  },
  "F4 kept: talks first, a photo in a later clause → both sides": {
    s: "Ana Ruiz brought Lise Dahl together with Karl Moss for talks in Orlen, and the pair later posed for a photo.",
    m: ["Ana Ruiz", "Lise Dahl", "Karl Moss", "Orlen:place"],
    rows: ["Ana Ruiz -mediated-> Lise Dahl", "Ana Ruiz -mediated-> Karl Moss"]
  },
  // F5: a bracketed body "mediating between D and E" names its own sides; the talks told before get no go-between.
  "F5: (XF) mediating between two others → no mediation of the earlier meeting's ends": {
    s: "Lise Dahl met Karl Moss, with the Orlen Port Council (OPC) mediating between Nordcraft and the union.",
    m: ["Lise Dahl", "Karl Moss", "Orlen Port Council:organization", "Nordcraft:organization"],
    rows: ["Lise Dahl -met-> Karl Moss"]
  },
  // F6: "after holding them to a draw / in contempt" is no custody.
  "F6: released players after holding them to a draw → no hold": {
    s: "Velm United released three players, among them Karl Moss, after holding them to a draw.",
    m: ["Velm United:organization", "Karl Moss"],
    rows: ["Velm United -released-> Karl Moss"]
  },
  "F6: after holding them in contempt → no hold": {
    s: "The Velm High Court released five protesters, among them Karl Moss, after holding them in contempt.",
    m: ["Velm High Court:organization", "Karl Moss"],
    rows: ["Velm High Court -released-> Karl Moss"]
  },
  "F6 kept: after holding them in custody → held": {
    s: "The Coast Guard released nine fishermen, among them Karl Moss, after holding them in custody for a month.",
    m: ["Coast Guard:organization", "Karl Moss"],
    rows: ["Coast Guard -released-> Karl Moss", "Coast Guard -held-> Karl Moss"]
  },
  // F7: a first verb's object list does not run on into a later ", and C <verb>" clause's subject.
  "F7: A visited X, and C thanked D → no row of A's with C": {
    s: "Lise Dahl visited Orlen, and Karl Moss thanked Ana Ruiz.",
    m: ["Lise Dahl", "Orlen:place", "Karl Moss", "Ana Ruiz"],
    rows: ["Lise Dahl -visited-> Orlen", "Karl Moss -thanked-> Ana Ruiz"]
  },
  "F7: A appealed on Friday to B, and C appealed on Friday to D → no call of A's on C": {
    s: "Lise Dahl appealed on Friday to Ana Ruiz, and Karl Moss appealed on Friday to Ivo Brandt.",
    m: ["Lise Dahl", "Ana Ruiz", "Karl Moss", "Ivo Brandt"],
    rows: ["Lise Dahl -called_on-> Ana Ruiz", "Karl Moss -called_on-> Ivo Brandt"]
  },
  "F7 kept: A met B on Monday, and thanked C → both A's": {
    s: "Lise Dahl met Ana Ruiz on Monday, and thanked Karl Moss for his help.",
    m: ["Lise Dahl", "Ana Ruiz", "Karl Moss"],
    rows: ["Lise Dahl -met-> Ana Ruiz", "Lise Dahl -thanked-> Karl Moss"]
  },
  "F6 kept: after holding them hostage → held": {
    s: "The Delta Front freed four engineers, among them Karl Moss, after holding them hostage for a month.",
    m: ["Delta Front:organization", "Karl Moss"],
    rows: ["Delta Front -released-> Karl Moss", "Delta Front -held-> Karl Moss"]
  },
  "F1: sat with B for three hours on the flight → none": {
    s: "Ana Ruiz sat with Karl Moss for three hours on the flight to Orlen.",
    m: ["Ana Ruiz", "Karl Moss", "Orlen:place"],
    rows: []
  },
  // F9: the meeting must be what the state hosted, not talks told after its own guest.
  "F9: a state hosted B during the talks between C and D → met B, no mediation": {
    s: "Iceland hosted Ivo Brandt during the talks between Lise Dahl and Karl Moss.",
    m: ["Iceland:country", "Ivo Brandt", "Lise Dahl", "Karl Moss"],
    rows: ["Iceland -met-> Ivo Brandt", "Lise Dahl -negotiated-> Karl Moss", "Lise Dahl -met-> Karl Moss"]
  },
  // F12: a meeting only planned has had no go-between yet.
  "F12: B may meet C next week, with X (XF) acting as go-between → no mediation told as done": {
    s: "Lise Dahl may meet Karl Moss next week, with the Orlen Pilots Guild (OPG) acting as go-between.",
    m: ["Lise Dahl", "Karl Moss", "Orlen Pilots Guild:organization"],
    rows: ["Lise Dahl -met-> Karl Moss"]
  },
  // F13: a state hosting talks with its own envoy is a party to them, no go-between.
  "F13: a state hosted talks between its envoy B and C → met each as before the round, no mediation": {
    s: "Iceland hosted talks between its envoy Lise Dahl and Karl Moss.",
    m: ["Iceland:country", "Lise Dahl", "Karl Moss"],
    rows: ["Iceland -met-> Lise Dahl", "Iceland -met-> Karl Moss"]
  },
  // F16: a hotel or a stadium hosting a meeting between two sides is its venue: no met row of its own.
  "F16: a hotel hosted the meeting between B and C → only B met C": {
    s: "The Orlen Plaza Hotel hosted the meeting between Lise Dahl and Karl Moss.",
    m: ["Orlen Plaza Hotel:organization", "Lise Dahl", "Karl Moss"],
    rows: ["Lise Dahl -met-> Karl Moss"]
  },
  "F16: a stadium hosted the meeting between B and C → only B met C": {
    s: "Orlen Stadium hosted the meeting between Lise Dahl and Karl Moss on Friday.",
    m: ["Orlen Stadium:place", "Lise Dahl", "Karl Moss"],
    rows: ["Lise Dahl -met-> Karl Moss"]
  }
};

describe("stage 07, mend 34 (mr34v): round 34's verbs and idioms", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
