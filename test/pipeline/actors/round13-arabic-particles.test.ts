/**
 * Round 13, class 2: the Arabic article in names. "Abd al-" / "Abd ar-" written apart before the
 * second half of a given name is the "Abdul" / "Abdel" of other outlets ("Abd al-Wahab Qassem" =
 * "Abdulwahab Qassem"); a reference ruler's mention written with an honorific and the outlet's own
 * "al-" keeps that spelling, honorific dropped, among the actor's names. Negatives: another given
 * name after "Abd al-", a woman of the same family, "Sultan" as a given name. Invented names only.
 */
import {describe, expect, it} from "vitest";
import {mergeActorForms, withoutHonorifics} from "../../../src/pipeline/actors/merge.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {Context} from "../../../src/pipeline/types.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {contextFrom, emptyContext} from "../../fixtures/actors/make-article.ts";

function actors(texts: string[], ctx: Context = emptyContext()) {
  const xs = texts.map((t, i) => foundMentions(t, "a" + i, ctx));
  const out = mergeActors(xs, ctx).mentionActors;
  return (xi: number, surface: string): string | undefined => {
    const k = xs[xi].mentions.findIndex((m) => m.text === surface);
    return k < 0 ? undefined : out[xi][k];
  };
}

describe("'Abd al-' written apart", () => {
  it("sentence → expected row: 'Abd al-Wahab' = 'Abdulwahab' = 'Abdel Wahab' across outlets", () => {
    const of = actors(["Flooding forced the surgeon Abd al-Wahab Qassem to close the clinic in Mosul.", "Abdulwahab Qassem reopened the clinic a week later.", "Health officials praised the surgeon, Abdel Wahab Qassem, for his work."]);
    expect(of(0, "Abd al-Wahab Qassem")).toBeDefined();
    expect(of(0, "Abd al-Wahab Qassem")).toBe(of(1, "Abdulwahab Qassem"));
    expect(of(0, "Abd al-Wahab Qassem")).toBe(of(2, "Abdel Wahab Qassem"));
  });

  it("sentence → expected row: the assimilated 'Abd ar-' too", () => {
    const of = actors(["Strikers marched behind union leader Abd ar-Razzaq Hilal on Monday.", "Abdulrazzaq Hilal called off the strike."]);
    expect(of(0, "Abd ar-Razzaq Hilal")).toBeDefined();
    expect(of(0, "Abd ar-Razzaq Hilal")).toBe(of(1, "Abdulrazzaq Hilal"));
  });

  it("negative: another name after 'Abd al-' is another man", () => {
    const of = actors(["The surgeon Abd al-Wahab Qassem left Mosul.", "His cousin Abdulkarim Qassem stayed behind."]);
    expect(of(1, "Abdulkarim Qassem")).toBeDefined();
    expect(of(0, "Abd al-Wahab Qassem")).not.toBe(of(1, "Abdulkarim Qassem"));
  });

  it("negative: a woman of the same family stays apart", () => {
    const of = actors(["Abd al-Wahab Qassem was released on Friday.", "His wife, Amal Qassem, had campaigned for months."]);
    expect(of(1, "Amal Qassem")).toBeDefined();
    expect(of(1, "Amal Qassem")).not.toBe(of(0, "Abd al-Wahab Qassem"));
  });
});

describe("a reference ruler's own spelling, honorific dropped", () => {
  const ctx = contextFrom("name,kind,aliases,affiliation,roles,not_same\nFahad bin Jassim Al Mansoori,person,Sheikh Fahad|Fahad bin Jassim|Sheikh Fahad bin Jassim Al Mansoori,,,\n");

  it("sentence → expected row: 'Sheikh … al-Mansoori' adds '… al-Mansoori' to the actor's names", () => {
    const xs = [foundMentions("The desalination plant was opened by Sheikh Fahad bin Jassim al-Mansoori on Tuesday.", "a0", ctx)];
    const actor = mergeActorForms(xs, ctx).actors.find((a) => a.name === "Fahad bin Jassim Al Mansoori");
    expect(actor?.aliases).toContain("Fahad bin Jassim al-Mansoori");
  });

  it("sentence → expected row: the bare form of a lineage name", () => {
    expect(withoutHonorifics("Emir Sheikh Fahad bin Jassim al-Mansoori")).toBe("Fahad bin Jassim al-Mansoori");
    expect(withoutHonorifics("Sheikh Sultan bin Fahad Al Harbi")).toBe("Sultan bin Fahad Al Harbi");
  });

  it("negative: 'Sultan' as a given name, and a name with no lineage word, are left whole", () => {
    expect(withoutHonorifics("Sultan Omar Haddad")).toBeNull();
    expect(withoutHonorifics("Sultan bin Fahad")).toBeNull();
    expect(withoutHonorifics("Sheikh Hamad")).toBeNull();
  });
});
