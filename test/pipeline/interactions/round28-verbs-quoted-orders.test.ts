/**
 * Stage 07 on invented sentences (round 28): an order whose act is quoted. "A ordered / told / instructed B to \"<verb>
 * …\"" is a request put to B as without the quote mark (orders.ts orderedToAct: an opening quote may stand between
 * "to" and the verb). Negatives: a quotation after "to" that opens on no verb ('to "the bitter end"'), a quoted
 * place after a trip's "to", an order to a media outlet.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A ordered B to \"<act>\" → A asked B": {
    s: "Governor Selim Oz ordered Police Chief Ayla Demir to \"find the arsonists before the weekend.\"",
    m: ["Selim Oz", "Ayla Demir"],
    rows: ["Selim Oz -asked-> Ayla Demir"]
  },
  "A told B to “<act>” → A asked B": {
    s: "The mayor, Ines Duarte, told fire chief Rui Matos to “clear the valley now”.",
    m: ["Ines Duarte", "Rui Matos"],
    rows: ["Ines Duarte -asked-> Rui Matos"]
  },
  "A instructed B on Monday to \"<act>\" → A asked B": {
    s: "Prime Minister Ana Vidal instructed Omar Said on Monday to \"reopen every school in the district\".",
    m: ["Ana Vidal", "Omar Said"],
    rows: ["Ana Vidal -asked-> Omar Said"]
  },
  "negative: a quotation after 'to' that opens on no verb": {
    s: "Selim Oz told Ayla Demir to \"the bitter end\" that he was innocent.",
    m: ["Selim Oz", "Ayla Demir"],
    rows: []
  },
  "negative: a quoted place after a trip's 'to'": {
    s: "Selim Oz told Ayla Demir he had driven to \"the Camp\" twice.",
    m: ["Selim Oz", "Ayla Demir"],
    rows: []
  },
  "negative: an order to a media outlet": {
    s: "Selim Oz told Reuters to \"wait for the report\".",
    m: ["Selim Oz", "Reuters:media"],
    rows: []
  }
};

describe("round 28 verbs: orders whose act is quoted", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
