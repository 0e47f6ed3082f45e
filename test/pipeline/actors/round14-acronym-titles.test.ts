/**
 * Round 14, class 6: a country's or body's acronym before a title ("DRC President X", "OAS
 * Secretary General X") is a name of its own, and the titled person after it is found. Negatives:
 * an acronym before an organisation's words stays one organisation; a parliamentary short title
 * ("MEP") is no acronym of a body. Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";

const found = (text: string) => foundMentions(text).mentions.map((m) => [m.text, m.name, m.kind]);

describe("an acronym before a title", () => {
  it("sentence → expected row: the titled president after a country's acronym", () => {
    const ms = found("DRC President Jonas Mwamba toured the flooded district on Sunday.");
    expect(ms).toContainEqual(["Jonas Mwamba", "Jonas Mwamba", "person"]);
    expect(ms.map((m) => m[0])).toContain("DRC");
    expect(ms.map((m) => m[0])).not.toContain("DRC President Jonas Mwamba");
  });

  it("sentence → expected row: a body's acronym before a two-word title, at the start of a sentence", () => {
    const ms = found("OAS Secretary General Rosa Ibarra condemned the strike.");
    expect(ms).toContainEqual(["Rosa Ibarra", "Rosa Ibarra", "person"]);
  });

  it("sentence → expected row: the person keeps the acronym in the title", () => {
    const m = foundMentions("Dockworkers cheered as ECOWAS Commissioner Ama Owusu arrived.").mentions.find((x) => x.name === "Ama Owusu");
    expect(m?.title).toBe("ECOWAS Commissioner");
  });

  it("negative: an acronym before an organisation's words stays one organisation; a short title stays a title", () => {
    expect(found("The ELN Regional Command denied the kidnapping.").map((m) => m[0])).toContain("ELN Regional Command");
    const mep = found("Strikers met MEP Jan Novak on Friday.");
    expect(mep.map((m) => m[0])).toEqual(["Jan Novak"]);
  });
});
