/**
 * nationalSocietyKey (actors/merge.ts): a state's Red Cross or Red Crescent society is one body whether an outlet
 * writes the state's name or its adjective, with or without "Society" ("Kenya Red Cross Society", "the Kenya Red
 * Cross", "the Kenyan Red Cross"); other states' societies and the ICRC stay apart.
 */
import {describe, expect, it} from "vitest";
import {nationalSocietyKey} from "../../../src/pipeline/actors/merge.ts";
import {runPipeline} from "../../../src/pipeline/index.ts";

describe("nationalSocietyKey", () => {
  it("name, adjective and 'Society' give one key", () => {
    expect(nationalSocietyKey("Kenyan Red Cross")).toBe(nationalSocietyKey("Kenya Red Cross Society"));
    expect(nationalSocietyKey("Kenya Red Cross")).toBe(nationalSocietyKey("Kenya Red Cross Society"));
    expect(nationalSocietyKey("Turkish Red Crescent")).toBe("turkey red crescent");
  });
  it("another state's society has another key", () => {
    expect(nationalSocietyKey("Uganda Red Cross")).not.toBe(nationalSocietyKey("Kenya Red Cross"));
  });
  it("no key for the ICRC, the movement alone, or another body", () => {
    expect(nationalSocietyKey("International Committee of the Red Cross")).toBeNull();
    expect(nationalSocietyKey("Red Cross")).toBeNull();
    expect(nationalSocietyKey("Kenya Wildlife Service")).toBeNull();
  });
});

describe("merge: one national society across its written forms", () => {
  it("three forms in two articles are one actor; the Uganda society stays apart", () => {
    const texts = ["The Kenya Red Cross Society said 40 people died on Monday.", "The Kenyan Red Cross sent tents, and the Uganda Red Cross sent blankets."];
    const files = texts.map((t, i) => ({path: `a${i}.txt`, bytes: new TextEncoder().encode(t)}));
    const manifest = "file,outlet,published\na0.txt,Wire A,2025-05-12\na1.txt,Wire B,2025-05-13\n";
    const actors = runPipeline({files, manifest, actorsCsv: null, outletsCsv: null}).actors;
    const kenya = actors.filter((a) => a.aliases.includes("Kenya Red Cross Society"));
    expect(kenya).toHaveLength(1);
    expect(kenya[0].aliases).toContain("Kenyan Red Cross");
    expect(kenya[0].aliases).not.toContain("Uganda Red Cross");
  });
});
