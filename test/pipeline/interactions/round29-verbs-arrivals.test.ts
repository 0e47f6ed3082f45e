/**
 * Stage 07 on invented sentences (round 29, verb class of visits): a person's arrival at a named place on a named
 * day is a visit: "A went (on) to X on Sunday", "A reached X by boat on Monday", "A arrived at X on Saturday" → A
 * visited X. Not a life story (no day of the news, or study, work, care), not a race's finish, a crime, a way home.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "reached a flooded town by boat on a weekday → visited": {
    s: "The governor, Ken Marsh, reached Riverside by boat on Monday as the floodwaters receded.",
    m: ["Ken Marsh", "Riverside:place"],
    rows: ["Ken Marsh -visited-> Riverside"]
  },
  "arrived at a town on a weekday afternoon → visited": {
    s: "President Ana Costa arrived at Port Sella on Saturday afternoon to inspect the damage.",
    m: ["Ana Costa", "Port Sella:place"],
    rows: ["Ana Costa -visited-> Port Sella"]
  },
  "went on to a second town on a weekday → visited": {
    s: "Ken Marsh went on to Lowtown on Friday, where he met rescuers.",
    m: ["Ken Marsh", "Lowtown:place"],
    rows: ["Ken Marsh -visited-> Lowtown"]
  },
  "went to a town to see the injured on a weekday → visited": {
    s: "Health minister Rosa Lind went to Lowtown on Tuesday to see the injured.",
    m: ["Rosa Lind", "Lowtown:place"],
    rows: ["Rosa Lind -visited-> Lowtown"]
  },
  "arrived in X and went to Y the same morning → two visits": {
    s: "Labour minister Omar Faye arrived in Kedra on Thursday morning and went to Port Sella, where the strikers had gathered.",
    m: ["Omar Faye", "Kedra:place", "Port Sella:place"],
    rows: ["Omar Faye -visited-> Kedra", "Omar Faye -visited-> Port Sella"]
  },
  "negative: went to a city in a past year to study (life story)": {
    s: "Ken Marsh went to Lowtown in 1998 to study law.",
    m: ["Ken Marsh", "Lowtown:place"],
    rows: []
  },
  "negative: went to a town for treatment (a patient)": {
    s: "Ken Marsh went to Lowtown on Monday for treatment of his injuries.",
    m: ["Ken Marsh", "Lowtown:place"],
    rows: []
  },
  "negative: a cyclist reaching a stage town (sport)": {
    s: "Cyclist Tom Pidcock reached Lowtown on Sunday to win the stage.",
    m: ["Tom Pidcock", "Lowtown:place"],
    rows: []
  },
  "negative: floodwaters reached a town (no person)": {
    s: "The floodwaters reached Lowtown on Monday.",
    m: ["Lowtown:place"],
    rows: []
  },
  "negative: a freed captive reaching a town after her release": {
    s: "Ana Costa reached Port Sella after her release on Monday.",
    m: ["Ana Costa", "Port Sella:place"],
    rows: []
  },
  "negative: did not go to the town (negation)": {
    s: "Ken Marsh did not go to Lowtown on Monday.",
    m: ["Ken Marsh", "Lowtown:place"],
    rows: []
  },
  "negative: went to a mall and opened fire (a crime)": {
    s: "Karl Heide went to Lowtown Mall on Monday and opened fire, police said.",
    m: ["Karl Heide", "Lowtown Mall:place"],
    rows: []
  },
  "negative: reached a person by phone": {
    s: "Ana Costa reached Ken Marsh by phone on Monday.",
    m: ["Ana Costa", "Ken Marsh"],
    rows: []
  },
  "negative: went to a country to play a final (sport)": {
    s: "Ana Costa went to Germany on Monday to play the final.",
    m: ["Ana Costa", "Germany:country"],
    rows: []
  },
  "negative: arrived at a country's position (the place owns what is reached)": {
    s: "Ana Costa arrived at Valdoria's position on Monday after hours of talks.",
    m: ["Ana Costa", "Valdoria:country"],
    rows: []
  },
  "negative: went back to a country (a return)": {
    s: "Ana Costa went back to Valdoria on Monday.",
    m: ["Ana Costa", "Valdoria:country"],
    rows: []
  },
  "negative: a trip that ends in an arrest": {
    s: "Ana Costa went to Lowtown on Monday, where she was arrested.",
    m: ["Ana Costa", "Lowtown:place"],
    rows: []
  },
  "negative: an undated 'went to' (no day of the news)": {
    s: "Ana Costa went to Lowtown, police said.",
    m: ["Ana Costa", "Lowtown:place"],
    rows: []
  }
};

describe("round 29 verbs: dated arrivals are visits", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
