/**
 * Stage 07 on invented sentences (round 26): an act told after "refused / declined / failed to" did not
 * happen, so its row is hypothetical, like a negated one ("did not meet"); and a relative aside's own cue
 * ("Hamas, which had refused to talk, freed B") leaves the main verb as reported (events/modality.ts).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A refused to meet B → hypothetical": {
    s: "Lars Berg refused to meet Anna Holm in Oslo.",
    m: ["Lars Berg", "Anna Holm", "Oslo:place"],
    rows: ["Lars Berg -met-> Anna Holm"],
    modality: "hypothetical"
  },
  "A declined to thank B → hypothetical": {
    s: "The Harbour Authority declined to thank Ruth Ansah for the rescue.",
    m: ["Harbour Authority:organization", "Ruth Ansah"],
    rows: ["Harbour Authority -thanked-> Ruth Ansah"],
    modality: "hypothetical"
  },
  "A failed to free B → hypothetical": {
    s: "The Delta Front failed to free Kojo Badu before the deadline.",
    m: ["Delta Front:organization", "Kojo Badu"],
    rows: ["Delta Front -released-> Kojo Badu"],
    modality: "hypothetical"
  },
  "a negated verb stays hypothetical (as before)": {
    s: "Lars Berg did not meet Anna Holm on Monday.",
    m: ["Lars Berg", "Anna Holm"],
    rows: ["Lars Berg -met-> Anna Holm"],
    modality: "hypothetical"
  },
  "negative: a refusal inside a relative aside leaves the main verb reported": {
    s: "The Delta Front, which had refused to negotiate, released Kojo Badu on Monday.",
    m: ["Delta Front:organization", "Kojo Badu"],
    rows: ["Delta Front -released-> Kojo Badu"],
    modality: "reported"
  }
};

describe("stage 07 (round 26): refusals and relative asides", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});

// Review 26 F7: only the infinitive right after a refusal is hypothetical.
const nearMisses: Record<string, Case> = {
  "negative: 'the failed talks' before a release leaves it reported": {
    s: "Despite the failed ceasefire talks, the Delta Front released Kojo Badu on Sunday.",
    m: ["Delta Front:organization", "Kojo Badu"],
    rows: ["Delta Front -released-> Kojo Badu"],
    modality: "reported"
  },
  "negative: 'declined' as 'fell' before an attack": {
    s: "Turnout declined as the Delta Front attacked the Harbour Authority.",
    m: ["Delta Front:organization", "Harbour Authority:organization"],
    rows: ["Delta Front -attacked-> Harbour Authority"],
    modality: "reported"
  },
  "negative: 'declined to comment on reports that A attacked B'": {
    s: "The minister declined to comment on reports that the Delta Front attacked the Harbour Authority.",
    m: ["Delta Front:organization", "Harbour Authority:organization"],
    rows: ["Delta Front -attacked-> Harbour Authority"],
    modality: "reported"
  }
};

describe("stage 07 (review 26 F7): refusals reach only their own infinitive", () => {
  for (const [name, c] of Object.entries(nearMisses)) it(name, () => check(c));
});
