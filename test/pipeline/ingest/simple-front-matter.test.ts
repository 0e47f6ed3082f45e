import {describe, expect, it} from "vitest";
import {parse as parseYaml} from "yaml";
import {simpleFrontMatter} from "../../../src/pipeline/ingest/simple-front-matter.ts";

/** The fast path must give yaml.parse's mapping or step aside (null), never a different answer. */
function agreesWithYaml(text: string): number {
  const fast = simpleFrontMatter(text);
  if (fast === null) return 0;
  expect(fast, JSON.stringify(text)).toEqual(parseYaml(text, {maxAliasCount: 10}));
  return 1;
}

describe("simpleFrontMatter", () => {
  it("reads key: value lines as yaml does", () => {
    const text = 'title: "Dam bursts: hundreds flee"\noutlet: Valley News\npublished: 2024-03-05\nurl: https://x.example/a#b\n';
    expect(simpleFrontMatter(text)).toEqual({title: "Dam bursts: hundreds flee", outlet: "Valley News", published: "2024-03-05", url: "https://x.example/a#b"});
    agreesWithYaml(text);
  });

  it("steps aside for anything yaml could read otherwise", () => {
    for (const text of [
      "year: 2024\n",
      "score: 1.5\n",
      "draft: true\n",
      "title: null\n",
      "title: ~\n",
      "title:\n",
      "tags:\n  - a\n",
      "title: a # comment\n",
      "title: a: b\n",
      "title: 'it''s'\n",
      'title: "a \\"b\\""\n',
      "title: a\ntitle: b\n",
      "# comment\ntitle: a\n",
      "title: &x a\n",
      "title: a\r\n",
      "title:\ta\n",
      "null: a\n",
      "",
      "\n"
    ]) {
      expect(simpleFrontMatter(text), JSON.stringify(text)).toBeNull();
    }
  });

  it("agrees with yaml on every value it accepts", () => {
    const values = [
      "Floods", "2024-03-05", "2024-03-05T10:00:00Z", "5 March 2024", "0x1F", "0o17", "1e3", "1e3x", "12.5.3", "+1", "-1", ".5",
      "Inf", "NaN", "Yes", "no", "on", "TRUE", "True", "tRUE", "Null", "nULL", "https://x.example/a?b=c&d#e",
      '"quoted"', "'single'", '"“curly”"', "Café “Wójcik” £5", "a\u00a0", "[x]", "x [y]", "x {y}", "x, y", "x: ", "x:y", "a  b",
      '"a: b"', '"# x"', "'a # b'", "12:30", "1:2", "-x", "x -", "100%", "@x", "x@y", "`x`", "x!", "!x", "*x", "&x", "|", ">"
    ];
    let accepted = 0;
    for (const v of values) {
      accepted += agreesWithYaml(`title: ${v}\n`);
      accepted += agreesWithYaml(`Title: ${v}  \noutlet: X\n`);
    }
    // Most of these are plain strings the fast path reads itself.
    expect(accepted).toBeGreaterThan(values.length);
  });

  it("keeps the keys' case (the caller lower-cases them)", () => {
    expect(simpleFrontMatter("Title: A\ntitle: B\n")).toEqual({Title: "A", title: "B"});
    agreesWithYaml("Title: A\ntitle: B\n");
  });
});
