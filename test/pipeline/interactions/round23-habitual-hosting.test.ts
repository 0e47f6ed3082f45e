/**
 * Stage 07 on invented sentences (round 23): in the reason for a criticism or thanks, hosting a
 * name followed by a bare plural ("for hosting B delegations") is a habit held against the one
 * criticised, no one meeting (find-interactions.ts, after thankedFor):
 * - "A criticised C for hosting B delegations" → A criticized C only.
 * Kept (one meeting): "criticised C for hosting a B delegation on Monday" → C met B too; "thanked C
 * for hosting B last week" → C met B.
 * Review 23 F9: a date, "during …" or "at <a meeting>" after the plural tells one occasion: the row stays.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "review 23 F9 (one occasion: a date after the plural): C met B": {
    s: "Ann Ward thanked Tom Hale for hosting Ghana delegations on Monday.",
    m: ["Ann Ward", "Tom Hale", "Ghana:country"], d: ["Monday=2024-05-06"],
    rows: ["Ann Ward -thanked-> Tom Hale", "Tom Hale -met-> Ghana"]
  },
  "review 23 F9 (one occasion: 'during last week's talks'): C met B": {
    s: "Ann Ward thanked Qatar for hosting Hamas leaders during last week's talks.",
    m: ["Ann Ward", "Qatar:country", "Hamas:group"],
    rows: ["Ann Ward -thanked-> Qatar", "Qatar -met-> Hamas"]
  },
  "A criticised C for hosting B delegations → no meeting": {
    s: "Kenya's labour minister, Ruth Ansah, criticised Ghana for hosting Delta Front delegations.",
    m: ["Kenya:country", "Ruth Ansah", "Ghana:country", "Delta Front:group"],
    rows: ["Ruth Ansah -criticized-> Ghana"]
  },
  "kept (one delegation): criticised C for hosting a B delegation on Monday → C met B": {
    s: "Kenya's labour minister, Ruth Ansah, criticised Ghana for hosting a Delta Front delegation on Monday.",
    m: ["Kenya:country", "Ruth Ansah", "Ghana:country", "Delta Front:group"],
    rows: ["Ruth Ansah -criticized-> Ghana", "Ghana -met-> Delta Front"]
  },
  "kept (a person): thanked C for hosting B last week → C met B": {
    s: "Ruth Ansah thanked Ghana for hosting Omar Sall last week.",
    m: ["Ruth Ansah", "Ghana:country", "Omar Sall"],
    rows: ["Ruth Ansah -thanked-> Ghana", "Ghana -met-> Omar Sall"]
  }
};

describe("stage 07 (round 23): habitual hosting in a reason", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
