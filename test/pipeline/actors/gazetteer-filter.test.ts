import {describe, expect, it} from "vitest";
import {compileGazetteer, matchAt} from "../../../src/pipeline/actors/gazetteer-matcher.ts";
import {keyHash, lexHashOf} from "../../../src/pipeline/actors/lex-table.ts";
import {tokenize} from "../../../src/pipeline/actors/tokens.ts";
import type {GazetteerEntry} from "../../../src/pipeline/types.ts";

const entry = (name: string, aliases: string[] = [], roles: GazetteerEntry["roles"] = []): GazetteerEntry => ({name, kind: "organization", aliases, affiliation: null, roles, notSame: []});

describe("keyHash", () => {
  it("is the hash the scanner folds for a plain word's lowercased text", () => {
    expect(keyHash("minister")).toBe(lexHashOf("Minister", 0, 8));
  });
});

describe("gazetteer root filter", () => {
  const g = compileGazetteer([entry("Tarvos Water Board", ["TWB"]), entry("Ostland", [], [{role: "Ostland's top diplomat", from: null, to: null}]), entry("al-Qirim Front")]);

  it("still finds names, acronyms, lowercase particles and possessive edges", () => {
    expect(matchAt(g.names, tokenize("the Tarvos Water Board said"), 1)?.end).toBe(4);
    expect(matchAt(g.names, tokenize("TWB said"), 0)?.end).toBe(1);
    expect(matchAt(g.names, tokenize("Erdoğan met the TARVOS WATER BOARD"), 3)?.end).toBe(6);
    expect(matchAt(g.names, tokenize("al-Qirim Front"), 0)?.end).toBe(3);
    expect(matchAt(g.roles, tokenize("Ostland's top diplomat said"), 0, false)?.end).toBe(3);
  });

  it("rules out words that start no name", () => {
    expect(matchAt(g.names, tokenize("Monday Thompson"), 0)).toBeNull();
    expect(matchAt(g.names, tokenize("Water Board"), 0)).toBeNull();
  });
});
