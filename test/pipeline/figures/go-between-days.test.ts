/**
 * The days a go-between spent bargaining are no captivity (model NOT_CAPTIVITY_CUES: negotiated, bargained,
 * haggled). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a go-between's days", () => {
  it("bargained for N days", () => checkFigures("A bishop bargained for eight days with the gang's leader before the hostages were freed.", []));
  it("negotiated for N days", () => checkFigures("The envoy negotiated for nine days with the militia holding the hostages.", []));
  it("haggled for N days", () => checkFigures("Relatives haggled for six days with the kidnappers over the ransom.", []));
  it("negative: days in captivity after a negotiated release", () => checkFigures("Officials negotiated their release after 40 days in captivity.", [{quote: "40", category: "captivity_days"}]));
  it("negative: the captives' days held, further from the verb", () => checkFigures("The envoy negotiated the release of the hostages, held for 40 days.", [{quote: "40", category: "captivity_days"}]));
});
