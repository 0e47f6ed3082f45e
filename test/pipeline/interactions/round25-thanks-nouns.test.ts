/**
 * Stage 07 on invented sentences (round 25): thanks told as a noun (model interaction-verbs.ts
 * THANKS_NOUNS, THANKS_GIVING_VERBS, THANKS_ADJECTIVES). "A expressed (her) appreciation to B", "A
 * conveyed his deep gratitude to B", "A extended her thanks to B" → A thanked B; "A freed B in
 * appreciation of the efforts of C" → A thanked C (the adjunct's thanks are the last verb's subject's,
 * find-interactions.ts; none with a passive and no agent). "thanks to C" as a cause names no giver.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A expressed her appreciation to B' → A thanked B": {
    s: "Mayor Ana Vidal expressed her appreciation to Governor Paul Brandt after the floods.",
    m: ["Ana Vidal", "Paul Brandt"],
    rows: ["Ana Vidal -thanked-> Paul Brandt"]
  },
  "positive: 'A expressed appreciation to B for …' → A thanked B": {
    s: "Kenya expressed appreciation to Uganda for the rescue boats.",
    m: ["Kenya:country", "Uganda:country"],
    rows: ["Kenya -thanked-> Uganda"]
  },
  "positive: 'A extended his sincere thanks to B' → A thanked B": {
    s: "Coach Otto Berg extended his sincere thanks to the Alpine Rescue Service.",
    m: ["Otto Berg", "Alpine Rescue Service:organization"],
    rows: ["Otto Berg -thanked-> Alpine Rescue Service"]
  },
  "positive: 'A conveyed deep gratitude to B' → A thanked B": {
    s: "Foreign Minister Lena Holm conveyed deep gratitude to Malta.",
    m: ["Lena Holm", "Malta:country"],
    rows: ["Lena Holm -thanked-> Malta"]
  },
  "positive: 'A freed B in appreciation of the efforts of C' → A thanked C": {
    s: "The Sahel Front freed Tom Hale in appreciation of the mediation of Togo, a spokesman said.",
    m: ["Sahel Front:group", "Tom Hale", "Togo:country"],
    rows: ["Sahel Front -released-> Tom Hale", "Sahel Front -thanked-> Togo"]
  },
  "negative (review 25 F11, a trailing speech tag: '… in appreciation of the efforts of C, D said'): D is not thanked": {
    s: "Russia freed Tom Hale in appreciation of the efforts of Ghana, Ann Vidal said.",
    m: ["Russia:country", "Tom Hale", "Ghana:country", "Ann Vidal"],
    rows: ["Russia -released-> Tom Hale", "Russia -thanked-> Ghana"]
  },
  "negative (a passive with no agent: 'B was freed in appreciation of …'): no thanks of B's": {
    s: "Tom Hale was freed in appreciation of the efforts of Togo.",
    m: ["Tom Hale", "Togo:country"],
    rows: []
  },
  "negative ('thanks to C' as a cause): no thanks": {
    s: "The crew of the Orvik survived thanks to Malta, Tom Hale said.",
    m: ["Orvik:place", "Malta:country", "Tom Hale"],
    rows: []
  },
  "negative ('A survived thanks to C' as a cause): no thanks": {
    s: "Tom Hale survived thanks to Joe Bell, who pulled him from the river.",
    m: ["Tom Hale", "Joe Bell"],
    // Round 32: no thanks, but the rescue told by the lift (round32-rescue-lifts.test.ts).
    rows: ["Joe Bell -assisted-> Tom Hale"]
  },
  "negative ('said thanks to C …' as a cause): no thanks": {
    s: "Ann Ward said thanks to Joe Bell the crew had survived.",
    m: ["Ann Ward", "Joe Bell"],
    rows: []
  },
  "negative (the gratitude of another: 'the gratitude of the families to B'): no thanks of the subject": {
    s: "Ann Ward spoke of the gratitude of the families to Joe Bell.",
    m: ["Ann Ward", "Joe Bell"],
    rows: []
  }
};

describe("round 25: thanks told as nouns", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
