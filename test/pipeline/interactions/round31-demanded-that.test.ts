/**
 * Stage 07 on invented sentences (round 31, verbs and nouns): a demand that someone act is a request put to them:
 * "A demanded that B reinstate / free / pay …" → A asked B (the annotated sets read it as asked, not as a call).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "a union leader demanded that a company reinstate workers → asked": {
    s: "Union leader Tom Reyes demanded that Acme Steel reinstate the sacked welders.",
    m: ["Tom Reyes", "Acme Steel:organization"],
    rows: ["Tom Reyes -asked-> Acme Steel"]
  },
  "an armed group had demanded that a country free its fighters → asked": {
    s: "The Delta Front had earlier demanded that Karvia free five of its fighters.",
    m: ["Delta Front:organization", "Karvia:country"],
    rows: ["Delta Front -asked-> Karvia"]
  },
  "is demanding that an apposed governor send pumps → asked": {
    s: "Ana Lopes, the mayor, is demanding that the regional governor, Paulo Reis, send more pumps.",
    m: ["Ana Lopes", "Paulo Reis"],
    rows: ["Ana Lopes -asked-> Paulo Reis"]
  },
  "demands that a club pay wages → asked": {
    s: "Players' union chief Lena Ruiz demands that Rovers FC pay the wages it owes.",
    m: ["Lena Ruiz", "Rovers FC:organization"],
    rows: ["Lena Ruiz -asked-> Rovers FC"]
  },
  "negative: the demand names talks, not the one asked": {
    s: "Tom Reyes demanded that talks with Acme Steel resume at once.",
    m: ["Tom Reyes", "Acme Steel:organization"],
    rows: []
  },
  "negative: the noun of a demand rejected (not the verb)": {
    s: "Tom Reyes rejected the demand that Acme Steel pay a bonus.",
    m: ["Tom Reyes", "Acme Steel:organization"],
    rows: []
  },
  "two subjects demand that a company pay → both asked": {
    s: "Tom Reyes and Ana Lopes demand that Acme Steel pay a bonus.",
    m: ["Tom Reyes", "Ana Lopes", "Acme Steel:organization"],
    rows: ["Tom Reyes -asked-> Acme Steel", "Ana Lopes -asked-> Acme Steel"]
  },
  "negative: no named subject makes the demand": {
    s: "The strikers demanded that Acme Steel reinstate the sacked welders.",
    m: ["Acme Steel:organization"],
    rows: []
  }
};

describe("round 31 verbs: 'demanded that B <act>' is asked", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
