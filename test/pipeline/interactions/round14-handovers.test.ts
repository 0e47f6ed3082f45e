/**
 * Stage 07 on invented sentences (round 14): passive and pronoun handovers after a release.
 * - "X freed a pilot and his son …, and Y then freed 40 prisoners. B and C were handed to a
 *   church team" → X released B and C (the main clause's release is carried, not the other
 *   side's);
 * - "B and her son, C, slept in a clinic the night X handed them to a church team" → X released
 *   both ("to" follows the pronoun);
 * - "acted on an appeal from A" → A asked the doer.
 */
import {describe, expect, it} from "vitest";
import type {ActorKind} from "../../../src/pipeline/types.ts";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {emptyCtx, makeArticle, mention} from "../events/helpers.ts";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

/** Rows of stage 07 on several sentences; mentions as [sentence index, text, kind]. */
function rowsOf(lines: string[], specs: [number, string, ActorKind?][]): string[] {
  const {article, sentences} = makeArticle(lines);
  const ms = specs.map(([k, text, kind]) => mention(sentences[k], text, kind ?? "person"));
  return findInteractions(article, sentences, [], ms, emptyCtx).map((r) => `${ms[r.sourceMention].text} -${r.type}-> ${ms[r.targetMention].text}`).sort();
}

describe("findInteractions: the releaser carried to a passive handover", () => {
  it("X freed a pilot and his son, and Y then freed prisoners; B and C were handed over → X released both", () => {
    expect(
      rowsOf(
        ["The Delta Front freed a pilot and his teenage son near Tarma on Sunday, and Chile then freed 40 rebel prisoners.", "Two days later Karl Dahl and Tomas Dahl were handed to a church team at the river port."],
        [[0, "Delta Front", "group"], [0, "Tarma", "place"], [0, "Chile", "country"], [1, "Karl Dahl"], [1, "Tomas Dahl"]]
      )
    ).toEqual(["Delta Front -released-> Karl Dahl", "Delta Front -released-> Tomas Dahl"]);
  });

  it("an engineer and her 70-year-old mother count two", () => {
    expect(
      rowsOf(
        ["Bandits in Zamfara freed a Chilean-born engineer and her 70-year-old mother on Friday.", "Rosa Vidal and Elena Vidal were handed to police in Gusau."],
        [[0, "Zamfara", "place"], [1, "Rosa Vidal"], [1, "Elena Vidal"], [1, "Gusau", "place"]]
      )
    ).toEqual([]);
    expect(
      rowsOf(
        ["The Kasai Rangers freed a Chilean-born engineer and her 70-year-old mother near Kananga on Friday.", "Rosa Vidal and Elena Vidal were handed to police in Tshikapa."],
        [[0, "Kasai Rangers", "group"], [0, "Kananga", "place"], [1, "Rosa Vidal"], [1, "Elena Vidal"], [1, "Tshikapa", "place"]]
      )
    ).toEqual(["Kasai Rangers -released-> Elena Vidal", "Kasai Rangers -released-> Rosa Vidal"]);
  });

  it("negative: one unnamed person freed is no release of two named next", () => {
    expect(
      rowsOf(
        ["The Kasai Rangers freed a Chilean engineer near Kananga on Friday.", "Rosa Vidal and Elena Vidal were handed to police in Tshikapa."],
        [[0, "Kasai Rangers", "group"], [0, "Kananga", "place"], [1, "Rosa Vidal"], [1, "Elena Vidal"], [1, "Tshikapa", "place"]]
      )
    ).toEqual([]);
  });

  it("negative: 'released a video' stays no release", () => {
    expect(rowsOf(["The Kasai Rangers released a video and a statement in Kananga on Friday.", "Rosa Vidal and Elena Vidal were handed to police in Tshikapa."], [[0, "Kasai Rangers", "group"], [0, "Kananga", "place"], [1, "Rosa Vidal"], [1, "Elena Vidal"]])).toEqual([]);
  });
});

const themCases: Record<string, Case> = {
  "B and her son, C, slept in a clinic the night X handed them to a team → X released both": {
    s: "Ana Ruiz and her son, Tomas Ruiz, slept in a clinic in Tarma the night the Delta Front handed them to a church team.",
    m: ["Ana Ruiz", "Tomas Ruiz", "Tarma:place", "Delta Front:group"],
    rows: ["Delta Front -released-> Ana Ruiz", "Delta Front -released-> Tomas Ruiz"]
  },
  "negative: 'handed them a letter' is no handover": {
    s: "Ana Ruiz and her son, Tomas Ruiz, slept in a clinic in Tarma the night the Delta Front handed them a letter.",
    m: ["Ana Ruiz", "Tomas Ruiz", "Tarma:place", "Delta Front:group"],
    rows: []
  }
};

const appealCases: Record<string, Case> = {
  "X freed B, saying it acted on an appeal from A → A asked X": {
    s: "The Kasai Rangers freed Rosa Vidal on Friday, saying they had acted on an appeal from Chile.",
    m: ["Kasai Rangers:group", "Rosa Vidal", "Chile:country"],
    rows: ["Kasai Rangers -released-> Rosa Vidal", "Chile -asked-> Kasai Rangers"]
  },
  "negative: an appeal from A that was refused": {
    s: "The Kasai Rangers said they had not acted on an appeal from Chile.",
    m: ["Kasai Rangers:group", "Chile:country"],
    rows: []
  }
};

describe("findInteractions: 'them' handed to someone after the names", () => {
  it.each(Object.entries(themCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: acting on an appeal", () => {
  it.each(Object.entries(appealCases))("%s", (_label, c) => check(c));
});
