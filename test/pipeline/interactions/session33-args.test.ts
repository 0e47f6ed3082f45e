/**
 * Stage 07 on invented sentences (session 33): arguments. A bracketed acronym after a listed party belongs to it
 * ("between the Delta Liberation Front (DLF) and B"), and a passive's agent may stand after a longer place phrase
 * ("were brought together at a hunting lodge outside Velm by A"), unless a second verb is joined in between. An
 * apposition's descriptor may hold hyphenated compounds ("B, the 22-year-old Velmar-born mechanic freed by A"). The
 * armed men a person leads stand for the person under criticism ("condemned B's men as cowards").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "mediated between A (ACRONYM) and B → both sides": {
    s: "Pastor Jon Hale mediated between the Delta Liberation Front (DLF) and Omar Saleh by phone through the night.",
    m: ["Jon Hale", "Delta Liberation Front:group", "DLF:group", "Omar Saleh"],
    rows: ["Jon Hale -mediated-> Delta Liberation Front", "Jon Hale -mediated-> Omar Saleh"]
  },
  "thanked A (ACRONYM) and B → both thanked": {
    s: "Governor Ana Vidal thanked the Kenya Wildlife Service (KWS) and Tom Berg on Monday.",
    m: ["Ana Vidal", "Kenya Wildlife Service:organization", "KWS:organization", "Tom Berg"],
    rows: ["Ana Vidal -thanked-> Kenya Wildlife Service", "Ana Vidal -thanked-> Tom Berg"]
  },
  "B and C were brought together at a lodge outside X by A, who chaired the talks → A mediated": {
    s: "Pavel Orlik and Omar Saleh were brought together at a hunting lodge outside Velm by Lena Varga, who chaired the talks.",
    m: ["Pavel Orlik", "Omar Saleh", "Velm:place", "Lena Varga"],
    rows: ["Lena Varga -mediated-> Pavel Orlik", "Lena Varga -mediated-> Omar Saleh", "Pavel Orlik -met-> Omar Saleh"]
  },
  "B, the 22-year-old <compound> freed by A on <date>, met C → A released B": {
    s: "Tom Berg, the 22-year-old Velmar-born mechanic freed by the Delta Front on June 11, met Foreign Minister Lena Varga on Tuesday.",
    m: ["Tom Berg", "Delta Front:group", "Lena Varga"],
    rows: ["Delta Front -released-> Tom Berg", "Tom Berg -met-> Lena Varga"]
  },
  "negative: 'the two hostages freed by A' after a name is a count, not one person's description": {
    s: "Tom Berg, the two hostages freed by the Delta Front said, was kind.",
    m: ["Tom Berg", "Delta Front:group"],
    rows: []
  },
  "A condemned B's men as cowards → A criticized B": {
    s: "Prime Minister Ana Vidal condemned Omar Saleh's men as cowards.",
    m: ["Ana Vidal", "Omar Saleh"],
    rows: ["Ana Vidal -criticized-> Omar Saleh"]
  },
  "negative: A thanked B's men: thanks go to the men, not B": {
    s: "Prime Minister Ana Vidal thanked Omar Saleh's men for their help.",
    m: ["Ana Vidal", "Omar Saleh"],
    rows: []
  },
  "negative: a second verb joined before the far 'by' owns it": {
    s: "Tom Berg was seized with her and is still held by the Delta Front.",
    m: ["Tom Berg", "Delta Front:group"],
    rows: ["Delta Front -held-> Tom Berg"]
  }
};

describe("session 33: arguments", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
