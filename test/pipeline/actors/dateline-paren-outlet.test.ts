/**
 * Stage 09: a name in capitals before an outlet's name in parentheses is a dateline ("NIAMEY (Sahel Wire
 * Service) -"), not an acronym of the outlet: a place never stands for an organisation, so the two stay
 * apart. An acronym and its name of the same sort still merge. Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {contextFrom} from "../../fixtures/actors/make-article.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";

const ctx = contextFrom("name,kind,aliases,affiliation,roles\nKorvale,place,,,\nOrinoco,country,,,\n");
const actorsOf = (text: string) => mergeActors([foundMentions(text, "a1", ctx)], ctx).actors;

describe("a dateline in capitals and an outlet in parentheses stay two actors", () => {
  it("'KORVALE (Delta Wire Service) -' keeps the town and the outlet apart", () => {
    const actors = actorsOf("KORVALE (Delta Wire Service) - Three hikers were freed on Monday, officials in Korvale said. The Delta Wire Service said they were well.");
    const town = actors.find((a) => a.aliases.includes("KORVALE"));
    expect(town?.aliases).not.toContain("Delta Wire Service");
  });
  it("an organisation's acronym in parentheses still merges ('Dock Workers Union (DWU)')", () => {
    const actors = actorsOf("Strikers from the Dock Workers Union (DWU) blocked the port. The DWU said the strike would go on.");
    expect(actors.find((a) => a.aliases.includes("DWU"))?.aliases).toContain("Dock Workers Union");
  });
});
