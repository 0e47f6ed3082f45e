/**
 * Stage 07 on invented sentences: the verb-class review of round 27 (findings F5, F6, F8, F14, F20), each a near miss
 * that must give no row: advocacy for a body's "removal" from a list, a performer seen at a show, custody of a
 * civilian corps, litigation told as "turned to the court with an appeal", a person "in the hands of" a company group.
 */
import {describe, it} from "vitest";
import {checkInteractions as check} from "./check.ts";

describe("review 27 verbs: near misses give no row", () => {
  it.each<[string, string, string[]]>([
    ["F5", "Senator Ruth Adler urged the removal of Ruritania from the sanctions list.", ["Ruth Adler", "Ruritania:country"]],
    ["F6", "Karl Weber came to see Nadia Kern in concert.", ["Karl Weber", "Nadia Kern"]],
    ["F6", "Anna Weber went to see Nadia Kern at the stadium.", ["Anna Weber", "Nadia Kern"]],
    ["F8", "Tom Reyes is in the custody of the Harbour Corps.", ["Tom Reyes", "Harbour Corps:organization"]],
    ["F14", "Ahmed Musa turned to the Supreme Court with an appeal against his deportation.", ["Ahmed Musa", "Supreme Court:organization"]],
    ["F20", "Singer Anna Weber remains in the hands of the Stellar group, her agents said.", ["Anna Weber", "Stellar:organization"]]
  ])("%s: %s", (_finding, s, m) => check({s, m, rows: []}));
  it("the visit of a trip 'to see B' still counts where no show is told", () => {
    check({s: "Karl Weber drove to the prison to see Tom Reyes.", m: ["Karl Weber", "Tom Reyes"], rows: ["Karl Weber -met-> Tom Reyes"]});
  });
});
