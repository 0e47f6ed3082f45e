/**
 * Round 9b classes for stage 05: a casualty word that is the object of the count's own active relative clause
 * ("nurses, who had treated the wounded") names other people, not the count. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("the object of an active relative clause is not the count's category", () => {
  it("nurses who had treated the wounded → other", () => {
    checkFigures("Twelve nurses, who had treated the wounded, were thanked by the minister.", [{quote: "Twelve", category: "other"}]);
  });
  it("firefighters who pulled the dead from the rubble (no comma) → other", () => {
    checkFigures("Eight firefighters who pulled the dead from the rubble were honoured in Valparaiso.", [{quote: "Eight", category: "other"}]);
  });
  it("volunteers that carried the injured → other", () => {
    checkFigures("About 30 volunteers, that carried the injured to the ferry, were praised by the mayor.", [{quote: "About 30", category: "other"}]);
  });
  it("negative: a passive relative clause is the count's own (who were wounded)", () => {
    checkFigures("Twelve people, who were wounded in the blast, were treated in hospital.", [{quote: "Twelve", category: "wounded"}]);
  });
  it("negative: the clause's own verb stays (who were killed in the landslide)", () => {
    checkFigures("Nine miners, who were killed in the landslide, were buried on Tuesday.", [{quote: "Nine", category: "killed"}]);
  });
  it("negative: a verb before the count keeps it (killed 12 people, who had gathered)", () => {
    checkFigures("The flood killed 12 people, who had gathered at the market.", [{quote: "12", category: "killed"}]);
  });
  it("negative: an active relative clause's own verb, no object noun (who died)", () => {
    checkFigures("Fifteen workers, who died in the fire, were named by the company.", [{quote: "Fifteen", category: "killed"}]);
  });
});
