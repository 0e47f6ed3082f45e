import {readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parse as parseYaml} from "yaml";
import {simpleFrontMatter} from "../../../src/pipeline/ingest/simple-yaml.ts";

/** What splitFrontMatter made of the library's answer: the mapping, keys lower-cased. */
function viaLibrary(yamlText: string): Record<string, unknown> | string {
  let parsed: unknown;
  try {
    parsed = parseYaml(yamlText, {maxAliasCount: 10});
  } catch {
    return "error";
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return "not a mapping";
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) data[k.toLowerCase()] = v;
  return data;
}

/** Every .md file under a folder (the corpora's markdown articles). */
function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (name.endsWith(".md")) out.push(path);
  }
  return out;
}

describe("simpleFrontMatter (front matter read without the YAML library)", () => {
  it("reads plain, double- and single-quoted strings, keys lower-cased", () => {
    expect(simpleFrontMatter('Title: "After 593 days, a commander is home"\noutlet: Dnipro Public Radio\npublished: 2024-10-07\nurl: https://x.example/a\nnote: \'it is\'\n')).toEqual({
      title: "After 593 days, a commander is home",
      outlet: "Dnipro Public Radio",
      published: "2024-10-07",
      url: "https://x.example/a",
      note: "it is"
    });
  });

  it.each([
    "count: 12\n", "ratio: .5\n", "big: 1e3\n", "neg: -3\n", "flag: true\n", "none: null\n", "none: ~\n", "empty:\n", "hex: 0x1F\n",
    "list: [1, 2]\n", "map: {a: 1}\n", "dash: - a\n", "title: x #comment\n", "title: a: b\n", "title: ends:\n", 'title: "esc \\" aped"\n',
    "title: 'it''s'\n", "title: trailing \n", "title: \"x\" \n", "title: x\n  continued\n", "a: 1\na: 2\n", "title: x\n# comment\n", "title: x\n\n",
    "&anchor: x\n", "true: x\n", "title: *alias\n", "title: !tag x\n", "title: |\n  block\n", "title: x\ttab\n", "title: x"
  ])("leaves %j to the library", (yamlText) => {
    expect(simpleFrontMatter(yamlText)).toBeNull();
  });

  it.each([
    "title: The \"big\" one\n", "title: C# and F#\n", "title: x, y and z\n", "title: yes\n", "published: 2024-10-07T08:00:00Z\n",
    "title: b   c\n", "title:   spaced\n", 'title: "  kept  "\n', "title: Ménaka – “quoted”\n", "Title: a\ntitle: b\n", "date: 2021-7-15\n", "x: 1.2.3\n"
  ])("answers %j as the library does", (yamlText) => {
    const simple = simpleFrontMatter(yamlText);
    expect(simple).not.toBeNull();
    expect(simple).toEqual(viaLibrary(yamlText));
  });

  it("answers as the library does on every markdown file of the corpora", () => {
    const root = new URL("../../../", import.meta.url).pathname;
    let answered = 0;
    for (const path of [...markdownFiles(join(root, "data/corpus")), ...markdownFiles(join(root, "test/fixtures"))]) {
      const text = readFileSync(path, "utf-8");
      const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
      if (!open) continue;
      const rest = text.slice(open[0].length);
      const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(rest);
      if (!close) continue;
      const yamlText = rest.slice(0, close.index);
      const simple = simpleFrontMatter(yamlText);
      if (simple === null) continue;
      answered++;
      expect(simple, path).toEqual(viaLibrary(yamlText));
    }
    expect(answered).toBeGreaterThan(0);
  });
});
