/**
 * Stage 07 on invented sentences (round 32): "A pleaded with B (to act)" is a call on B, as "begged B" is
 * (interactions/pleas.ts; the held-out golds type the plea called_on four times to two). A plea for a thing
 * ("pleaded with B for …") stays a request, and a plea refused or someone else's gives no row.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A pleaded with B on Friday to lift the ban' → A called on B": {
    s: "The striker's mother, Ines Vidal, pleaded with club owner Marco Fenn on Friday to lift her son's ban.",
    m: ["Ines Vidal", "Marco Fenn"],
    rows: ["Ines Vidal -called_on-> Marco Fenn"]
  },
  "positive: 'flew to X to plead with B in person' → A called on B (and visited X)": {
    s: "Lena Berg flew to Lagos in March to plead with Governor Tunde Alabi in person.",
    m: ["Lena Berg", "Lagos:place", "Tunde Alabi"],
    rows: ["Lena Berg -visited-> Lagos", "Lena Berg -called_on-> Tunde Alabi"]
  },
  "positive: 'A pleads with B to reopen the plant' (an organisation) → A called on B": {
    s: "The union leader Karl Moss pleads with Acme Steel to reopen the plant before winter.",
    m: ["Karl Moss", "Acme Steel:organization"],
    rows: ["Karl Moss -called_on-> Acme Steel"]
  },
  "positive: 'A has been pleading with B' → A called on B": {
    s: "For weeks Rosa Quint has been pleading with Mayor Otto Brandt, and the flood barriers are still missing.",
    m: ["Rosa Quint", "Otto Brandt"],
    rows: ["Rosa Quint -called_on-> Otto Brandt"]
  },
  "positive (mend 32 F16, a time after 'for': 'A had pleaded with B for months to reopen …') → A called on B": {
    s: "The parents' spokeswoman, Mara Tull, had pleaded with Councillor Piet Vos for months to reopen the flooded nursery.",
    m: ["Mara Tull", "Piet Vos"],
    rows: ["Mara Tull -called_on-> Piet Vos"]
  },
  "negative (a thing asked for: 'pleaded with B, the judge, for leniency'): a request, asked": {
    s: "Tom Reyes pleaded with Clara Holt, the presiding judge, for leniency.",
    m: ["Tom Reyes", "Clara Holt"],
    rows: ["Tom Reyes -asked-> Clara Holt"]
  },
  "negative (in writing: 'pleaded with B in an open letter to …'): a request, asked": {
    s: "Mira Cole pleaded with Governor Tunde Alabi in an open letter in May to reopen the flooded school.",
    m: ["Mira Cole", "Tunde Alabi"],
    rows: ["Mira Cole -asked-> Tunde Alabi"]
  },
  "negative (refused: 'refused to plead with B'): no row": {
    s: "Ana Soto refused to plead with the Delta Front for her brother.",
    m: ["Ana Soto", "Delta Front:organization"],
    rows: []
  },
  "negative (someone else's plea: 'whose parents had pleaded with B'): no row for the named": {
    s: "The court freed two strikers, Jon Ek and Per Lind, whose parents had pleaded with Judge Maria Holm.",
    m: ["Jon Ek", "Per Lind", "Maria Holm"],
    rows: []
  }
};

describe("findInteractions: round 32 pleas as calls", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
