/**
 * Review of the round-19 stage 07 rules: invented sentences where a rule must NOT fire (each gave a
 * wrong row or lost a right one before its mend), next to one case per rule it must still find.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "a phone call the meeting is dated by is no call: the meeting in person stays": {
    s: "Karl Dahl met Ana Vik in Lima after their phone call last week and thanked her for her support.",
    m: ["Karl Dahl", "Ana Vik", "Lima:place"],
    rows: ["Karl Dahl -met-> Ana Vik", "Karl Dahl -thanked-> Ana Vik"]
  },
  "'days after a phone call' dates the meeting too": {
    s: "Karl Dahl met Ana Vik in Lima days after a phone call, and thanked her for her courage.",
    m: ["Karl Dahl", "Ana Vik", "Lima:place"],
    rows: ["Karl Dahl -met-> Ana Vik", "Karl Dahl -thanked-> Ana Vik"]
  },
  "still: a call told with its content is that content only": {
    s: "Karl Dahl spoke by phone with Ana Vik on Monday and urged her to agree to a ceasefire.",
    m: ["Karl Dahl", "Ana Vik"],
    rows: ["Karl Dahl -called_on-> Ana Vik"]
  },
  "a spokesman's apposition: the relative clause is not given to the spokesman": {
    s: "Luis Mora, the spokesman for President Karl Dahl, who met Ana Vik in Lima, thanked Chile.",
    m: ["Luis Mora", "Karl Dahl", "Ana Vik", "Lima:place", "Chile:country"],
    rows: ["Karl Dahl -met-> Ana Vik", "Karl Dahl -thanked-> Chile"]
  },
  "a press secretary's apposition: likewise": {
    s: "Luis Mora, the press secretary to President Karl Dahl, who met Ana Vik in Lima, said the talks were useful.",
    m: ["Luis Mora", "Karl Dahl", "Ana Vik", "Lima:place"],
    rows: ["Karl Dahl -met-> Ana Vik"]
  },
  "still: an adviser who travelled and met is the adviser": {
    s: "Luis Mora, the chief adviser to President Karl Dahl, who travelled to Lima and met Ana Vik, said the talks were useful.",
    m: ["Luis Mora", "Karl Dahl", "Lima:place", "Ana Vik"],
    rows: ["Luis Mora -met-> Ana Vik", "Luis Mora -visited-> Lima"]
  },
  "the span of an offence is no term of detention": {
    s: "The Delta Front arrested Karl Dahl for 10 years of tax fraud.",
    m: ["Delta Front:group", "Karl Dahl"],
    rows: []
  },
  "still: a detention with its term is a hold": {
    s: "The Delta Front detained Karl Dahl for seven months without charge.",
    m: ["Delta Front:group", "Karl Dahl"],
    rows: ["Delta Front -held-> Karl Dahl"]
  },
  "still: a group's delegation led by B: the group and B met": {
    s: "Karl Dahl met a Delta Front delegation led by Ana Vik in Lima.",
    m: ["Karl Dahl", "Delta Front:group", "Ana Vik", "Lima:place"],
    rows: ["Karl Dahl -met-> Ana Vik", "Karl Dahl -met-> Delta Front"]
  }
};

describe("review 19: stage 07 rules narrowed", () => {
  for (const [label, c] of Object.entries(cases)) it(label, () => check(c));
});

describe("review 19: a delegation for or against a group is not the group's (whole pipeline, reference gazetteer)", () => {
  const reference = (name: string) => readFileSync(join(import.meta.dirname, "../../../data/reference", name), "utf8");
  const rows = (sentence: string): string[] => {
    const files = [{path: "a.txt", bytes: new TextEncoder().encode(sentence + "\n")}];
    const manifest = "file,outlet,published,url,title\na.txt,Test,2025-01-10,,\n";
    const out = runPipeline({files, manifest, actorsCsv: reference("actors.csv"), outletsCsv: reference("outlets.csv")});
    return out.interactions.map((r) => `${r.source} -${r.type}-> ${r.target}`);
  };
  it("a pro-<Group> delegation: no meeting with the group", () => {
    expect(rows("Karl Dahl met a pro-Hamas delegation led by Ana Vik.")).not.toContain("karl-dahl -met-> hamas");
  });
  it("an anti-<Group> delegation: likewise", () => {
    expect(rows("Karl Dahl met an anti-Hamas delegation led by Ana Vik.")).not.toContain("karl-dahl -met-> hamas");
  });
  it("still: a <Group> delegation led by B: the group", () => {
    expect(rows("Karl Dahl met a Hamas delegation led by Ana Vik in Cairo.")).toContain("karl-dahl -met-> hamas");
  });
});
