/**
 * A freedom or release asked for (session 31): "freedom for" is a release cue (model CATEGORY_CUES.hostages_released),
 * and a release called for, appealed for or sought is no release that happened (model FIGURE_MODALITY_CUES:
 * hypothetical). People who "sought refuge" are displaced. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

const LEAD = "The rebels freed two hostages on Monday. ";

describe("a release asked for", () => {
  it("sought freedom for N citizens", () => checkFigures(LEAD + "The ministry had sought freedom for the three Chilean citizens still in the jungle.",
    [{quote: "two", category: "hostages_released", modality: "reported"}, {quote: "three", category: "hostages_released", modality: "hypothetical"}]));
  it("called for the release of N hostages", () => checkFigures("The ministry called for the release of the three Chilean hostages.",
    [{quote: "three", category: "hostages_released", modality: "hypothetical"}]));
  it("sought refuge is displacement, not a request", () => checkFigures("Some 3,000 people sought refuge in schools after the flood.",
    [{quote: "Some 3,000", category: "displaced", modality: "reported"}]));
  it("negative: press freedom for journalists is no release", () => checkFigures("Press freedom for 30 journalists is at stake.", [{quote: "30", category: "other"}]));
});
