import {readFileSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import fc from "fast-check";
import sbd from "sbd";
import {ABBREVIATIONS} from "../../../src/pipeline/model/abbreviations.ts";
import {sbdSentenceHeads, sbdSentences} from "../../../src/pipeline/sentences/sbd-split.ts";

const OPTIONS = {newline_boundaries: false, preserve_whitespace: false, abbreviations: ABBREVIATIONS};
const port = (line: string) => sbdSentences(line).map((words) => words.join(" "));

/** Each sentence's first word, word count and length, raw and trimmed, from the heads and from sbd's sentences. */
function headsAgree(line: string): boolean {
  const heads = sbdSentenceHeads(line);
  const fromHeads: string[] = [];
  for (let k = 0; k < heads.length; k += 5) {
    const words = heads[k + 2] - heads[k + 4];
    fromHeads.push(`${line.slice(heads[k], heads[k + 1])}|${heads[k + 2]}|${heads[k + 3] + heads[k + 2] - 1}|${words ? heads[k + 3] + words - 1 : 0}`);
  }
  const fromSbd = sbd.sentences(line, OPTIONS).map((s: string) => `${s.split(" ")[0]}|${s.split(" ").length}|${s.length}|${s.trim().length}`);
  return JSON.stringify(fromHeads) === JSON.stringify(fromSbd);
}

/** Every non-blank line of the text files under a folder. */
function linesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...linesUnder(path));
    else if (/\.(txt|md|html)$/.test(name)) for (const line of readFileSync(path, "utf8").split("\n")) if (line.trim()) out.push(line);
  }
  return out;
}

describe("sbdSentences (port of sbd's rules)", () => {
  it("splits as sbd on every line of the fixture and bundled articles", () => {
    const lines = [...linesUnder("test/fixtures"), ...linesUnder("data/corpus")];
    expect(lines.length).toBeGreaterThan(1000);
    const differ = lines.filter((line) => JSON.stringify(port(line)) !== JSON.stringify(sbd.sentences(line, OPTIONS)));
    expect(differ).toEqual([]);
    expect(lines.filter((line) => !line.includes("\n") && !headsAgree(line))).toEqual([]);
  });

  it("splits as sbd on generated lines (abbreviations, initials, numbers, quotes, joins)", () => {
    const words = [".Rain", ".B”", "x.", "U.S.", "Dr.", "Mr.", "a.m.", "p.m.", "Monday", "said.", "said", "He", "The", "2.5", "1.", "a.", "No.", "12", "Jan.", "\"Yes.\"", "“No.”",
      "rose.", "well\".", "x.Y", "wow!Then", "why?", "ok!", "e.g.", "(Gen.", "Co.", "www.x.com", "555-123-4567", "...", "..", ".", "!", "?", "@~@", "J.",
      "Officials", "In", "'Tis", "``x", ",", "and,", "Inc.", "Infinity.", "K.L.M.", "[a.]", "“", "\"", "Sept.", "Z.", "St.", "10.5.", "£2.2", "Tuesday."];
    const spaces = [" ", " ", "  ", "\t", "\u00a0", "\n"];
    const line = fc.array(fc.tuple(fc.constantFrom(...spaces), fc.constantFrom(...words)), {minLength: 1, maxLength: 14}).map((p) => p.map(([s, w]) => s + w).join(""));
    fc.assert(fc.property(line, (s) => JSON.stringify(port(s)) === JSON.stringify(sbd.sentences(s, OPTIONS))), {numRuns: 5000});
    fc.assert(fc.property(line, (s) => s.includes("\n") || headsAgree(s)), {numRuns: 5000});
  });

  it("returns words, sbd's joins left out", () => {
    expect(sbdSentences("Dr. Ade left. Rain fell.")).toEqual([["Dr.", "Ade", "left."], ["Rain", "fell."]]);
    expect(sbdSentences("Rain fell. Roads closed.")).toEqual([["Rain", "fell."], ["Roads", "closed."]]);
    expect(sbdSentences("   ")).toEqual([]);
    expect(sbdSentences("Dam.Officials said")).toEqual([["Dam"], ["Officials", "said"]]);
    expect(sbdSentenceHeads("Dr. Ade left. Rain fell.")).toEqual([0, 3, 3, 11, 0, 14, 18, 2, 9, 0]);
    // sbd cuts ".Rain" into "" and "Rain": the empty word ends a sentence of its own.
    expect(sbdSentences("Fell .Rain")).toEqual([["Fell", ""], ["Rain"]]);
    expect(sbdSentenceHeads("Fell .Rain")).toEqual([0, 4, 2, 4, 1, 6, 10, 1, 4, 0]);
  });
});
