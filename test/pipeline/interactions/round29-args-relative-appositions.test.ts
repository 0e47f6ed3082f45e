/**
 * Stage 07, round 29 (subjects and objects): an object described by a common noun and a relative clause, then
 * named in commas, is that name: "blamed the firm that built the bridge, X Works, for …", "met the man who led
 * the talks, B, in Lima" → X Works / B (arguments.ts relativeApposition in objectsAfter; before, "that/which/who"
 * ended the object). The clause holds no name or clause word; the name closes like an apposition and opens no
 * clause of its own ("…, B said").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "blamed the company that built the dam, X, for …": {
    s: "After the spillway gave way, Governor Anne Berg publicly blamed the contractor that maintained the dam, Delta Works, for the flooding.",
    m: ["Anne Berg", "Delta Works:organization"],
    rows: ["Anne Berg -criticized-> Delta Works"]
  },
  "accused the firm which ran the mine, X, of …": {
    s: "Union leader Anne Berg accused the firm which ran the mine, Delta Mining, of ignoring warnings.",
    m: ["Anne Berg", "Delta Mining:organization"],
    rows: ["Anne Berg -criticized-> Delta Mining"]
  },
  "met the man who led the talks, B, in …": {
    s: "Anne Berg met the man who led the talks, Omar Diallo, in Kano on Friday.",
    m: ["Anne Berg", "Omar Diallo", "Kano:place"],
    rows: ["Anne Berg -met-> Omar Diallo"]
  },
  "thanked the pilot who flew them out, Captain B.": {
    s: "Anne Berg thanked the pilot who flew them out, Captain Omar Diallo.",
    m: ["Anne Berg", "Omar Diallo"],
    rows: ["Anne Berg -thanked-> Omar Diallo"]
  },
  "negative: thanked the people who helped, B said (B opens a clause)": {
    s: "Anne Berg thanked the people who helped, Omar Diallo said.",
    m: ["Anne Berg", "Omar Diallo"],
    rows: []
  },
  "negative: met the envoy who had brokered the deal, B said on Monday": {
    s: "Anne Berg met the envoy who had brokered the deal, Omar Diallo said on Monday.",
    m: ["Anne Berg", "Omar Diallo"],
    rows: []
  },
  "negative: criticised the decision that was taken, B added, …": {
    s: "Anne Berg criticised the decision that was taken, Omar Diallo added, without consultation.",
    m: ["Anne Berg", "Omar Diallo"],
    rows: []
  },
  "negative: sport, defeated the player who beat her, B, in the final (no verb of the stage)": {
    s: "Anne Berg defeated the player who beat her last year, Lea Vos, in the final.",
    m: ["Anne Berg", "Lea Vos"],
    rows: []
  }
};

describe("round 29: a described object's relative clause, then its name in commas", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
