/**
 * Stage 07, round 31 (subjects and objects): "they" right after a reporting verb (and "that") whose subject opens
 * the sentence and is a body with a plural head word stands for that body: "The Defence Forces of Norland said they
 * had helped the Danish navy" → the Armed Forces assisted it (arguments.ts resolvePronoun,
 * theyAfterBodyReport). Before, "they" found no one.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "The Defence Forces of X said they had helped B": {
    s: "The Defence Forces of Norland said they had helped the Danish navy during the search.",
    m: ["Defence Forces of Norland:organization", "Danish navy:organization"],
    rows: ["Defence Forces of Norland -assisted-> Danish navy"]
  },
  "The Border Guards said that they had freed B": {
    s: "The Border Guards said that they had freed Lena Vos on Monday.",
    m: ["Border Guards:organization", "Lena Vos"],
    rows: ["Border Guards -released-> Lena Vos"]
  },
  "X Rebels said they had kidnapped B": {
    s: "The Tana Rebels said they had kidnapped Mark Hale near the dam.",
    m: ["Tana Rebels:group", "Mark Hale"],
    rows: ["Tana Rebels -abducted-> Mark Hale"]
  },
  "negative: a singular body's 'they' are others (The Red Cross said they …)": {
    s: "The Red Cross said they had helped the Danish navy during the search.",
    m: ["Red Cross:organization", "Danish navy:organization"],
    rows: []
  },
  "negative: the body is no sentence-opening subject (police told the Border Guards they …)": {
    s: "Police told the Border Guards they had freed Lena Vos.",
    m: ["Border Guards:organization", "Lena Vos"],
    rows: []
  },
  "negative: a football club, The Rovers said they had beaten B (no verb of the stage)": {
    s: "The Aire Rovers said they had beaten Nord United on Sunday.",
    m: ["Aire Rovers:organization", "Nord United:organization"],
    rows: []
  }
};

describe("round 31: 'The Defence Forces of X said they had helped B' → the body acts", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
