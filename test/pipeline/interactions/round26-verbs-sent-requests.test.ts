/**
 * Stage 07 on invented sentences (round 26): a request told as a noun with the verb that sent it, or with
 * "by". "a request by A to B", "the request (that) A (had) sent / addressed / made to B" and "A request
 * (for …) was / had been passed / sent / delivered to B by A" mean A asked B (nominal.ts addressedRequest,
 * sentRequest; model REQUEST_SENDING_VERBS).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'a direct request by A to B' → A asked B": {
    s: "The strike ended after a direct request by Tom Hale to the Miners Union.",
    m: ["Tom Hale", "Miners Union:organization"],
    rows: ["Tom Hale -asked-> Miners Union"]
  },
  "positive: 'a personal request that President A had addressed to the B leadership' → A asked B": {
    s: "The release followed a personal request that President Tom Hale had addressed to the Sierra Front leadership.",
    m: ["Tom Hale", "Sierra Front:group"],
    rows: ["Tom Hale -asked-> Sierra Front"]
  },
  "positive: 'the request which A made to B' → A asked B": {
    s: "The mine reopened after the request which Governor Ann Vidal made to Acme in March.",
    m: ["Ann Vidal", "Acme:organization"],
    rows: ["Ann Vidal -asked-> Acme"]
  },
  "positive: 'A request for X to be freed, B among them, was passed to C by A' → A asked C": {
    s: "A request for three more miners to be freed, Joe Bell among them, was passed to the Sierra Front by Norway this week.",
    m: ["Joe Bell", "Sierra Front:group", "Norway:country"],
    rows: ["Norway -asked-> Sierra Front"]
  },
  "positive: 'The formal request had been delivered to B by A' → A asked B": {
    s: "The formal request had been delivered to the Red Cross by Tom Hale on Friday.",
    m: ["Red Cross:organization", "Tom Hale"],
    rows: ["Tom Hale -asked-> Red Cross"]
  },
  "negative (a newsroom's 'request for comment … by Reuters'): no request": {
    s: "A request for comment was sent to Acme by Reuters.",
    m: ["Acme:organization", "Reuters:media"],
    rows: []
  },
  "negative ('a request by Reuters to B for comment'): no request": {
    s: "A request by Reuters to Acme for comment went unanswered.",
    m: ["Reuters:media", "Acme:organization"],
    rows: []
  },
  "negative ('denied that any request had been sent to B by A'): no request": {
    s: "Tom Hale denied that any request had been sent to Acme by Joe Bell.",
    m: ["Tom Hale", "Acme:organization", "Joe Bell"],
    rows: []
  },
  "negative ('The request that A sent home his staff'): a 'that' clause of content, no addressee": {
    s: "The request that Tom Hale sent home his staff was ignored by Acme.",
    m: ["Tom Hale", "Acme:organization"],
    rows: []
  },
  "negative ('was handed to B by A's lawyers'): the possessor sent nothing": {
    s: "The request was handed to Acme by Tom Hale's lawyers.",
    m: ["Acme:organization", "Tom Hale"],
    rows: []
  },
  "negative (review 26 verbs F9): a request to B's widow asks the widow, not B": {
    s: "A request by Tom Hale to Joe Bell's widow for an interview was declined.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  }
};

describe("round 26: requests sent", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
