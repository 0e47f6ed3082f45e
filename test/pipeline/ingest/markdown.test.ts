import {describe, expect, it} from "vitest";
import {identity} from "../../../src/pipeline/ingest/mapped.ts";
import {parse as parseYaml} from "yaml";
import {simpleFrontMatter, splitFrontMatter, stripMarkdown} from "../../../src/pipeline/ingest/markdown.ts";

describe("front matter", () => {
  it("parses YAML keys (lower-cased) and maps the body back to file offsets", () => {
    const src = "---\nTitle: Dam breaks after storm\ndate: 2021-07-15\n---\nWater poured into the valley.";
    const fm = splitFrontMatter(src);
    expect(fm.data).toEqual({title: "Dam breaks after storm", date: "2021-07-15"});
    expect(fm.body.text).toBe("Water poured into the valley.");
    expect(src[fm.body.pos[0]]).toBe("W");
  });

  it.each([
    ["no front matter", "Water poured in.", {}, 0],
    ["invalid YAML → ignored with a warning", "---\ntitle: [unclosed\n---\nBody", {}, 1],
    ["not a mapping → ignored with a warning", "---\n- a\n- b\n---\nBody", {}, 1],
    ["unclosed front matter → read as text with a warning", "---\ntitle: x\nBody", {}, 1],
    ["empty front matter", "---\n---\nBody", {}, 0]
  ])("%s", (_label, src, data, warnings) => {
    const fm = splitFrontMatter(src);
    expect(fm.data).toEqual(data);
    expect(fm.warnings).toHaveLength(warnings);
  });
});

describe("simpleFrontMatter (front matter read without the YAML parser)", () => {
  it("reads the usual front matter", () => {
    expect(simpleFrontMatter('title: "Dam bursts, 6 missing"\noutlet: Valley News\npublished: 2024-38-66\nurl: https://v.example/a?b=1\n')).toEqual({
      title: "Dam bursts, 6 missing",
      outlet: "Valley News",
      published: "2024-38-66",
      url: "https://v.example/a?b=1"
    });
  });

  // Every value it accepts must read as the YAML parser reads it; what it refuses goes to the parser.
  const values = [
    '"Dam bursts"', '""', '"a # b: c"', '"say \\"hi\\""', "'single'", "Valley News", "yes", "No", "on", "null", "Null", "~", "true", "FALSE",
    "2024", "2024-05-03", "2024-05-03T07:57:00Z", "2024-05-03T07:57:00+02:00", "2024-5-3", "12:30", "1e3", ".5", "+1", "-1", "0x1F", "0o17",
    ".inf", ".NaN", "Infinity", "NaN", "a: b", "a:b", "a #b", "a#b", "ends:", "- item", "[a, b]", "{a: b}", "a [b] {c}", "&anchor x",
    "*alias", "!tag x", "|", ">", "%x", "@x", "`x", "?x", ",x", "Ménaka “quoted” ’s", "caf\u00e9", "a\tb", "\u00a0x", "x\u0085y", "emoji \ud83d\ude00",
    "https://x.example/a#frag", "C:\\path", "<<", "a 'b' \"c\"", "=", "Mr. O'Brien"
  ];
  it.each(values)("value %s: the parser's reading or refused", (v) => {
    const yaml = `title: ${v}\n`;
    const fast = simpleFrontMatter(yaml);
    if (fast === null) return;
    expect(fast).toStrictEqual(parseYaml(yaml));
  });

  it.each([
    ["a blank line", "title: a\n\noutlet: b\n"],
    ["a repeated key", "title: a\ntitle: b\n"],
    ["a comment line", "# c\ntitle: a\n"],
    ["a CRLF line end", "title: a\r\n"],
    ["an indented line", "title: a\n  more\n"],
    ["two spaces after the colon", "title:  a\n"],
    ["a number", "year: 2024\n"],
    ["a boolean key", "true: a\n"],
    ["nothing", ""]
  ])("refuses %s", (_label, yaml) => {
    expect(simpleFrontMatter(yaml)).toBeNull();
  });
});

describe("stripMarkdown", () => {
  it.each([
    ["ATX heading", "## Dam breaks ##", "Dam breaks"],
    ["bold and italic", "killing **two** people and *injuring* _five_", "killing two people and injuring five"],
    ["link keeps its text", "said [civil protection](https://x.org/cp) officials", "said civil protection officials"],
    ["reference link", "said [the agency][1] today", "said the agency today"],
    ["image dropped", "![Damaged building](https://x.org/i.jpg) Rubble", " Rubble"],
    ["blockquote marker", "> \"We felt it,\" she said.", "\"We felt it,\" she said."],
    ["bullet marker", "- Schools were closed.", "Schools were closed."],
    ["numbered list keeps the number", "1. First aid", "1. First aid"],
    ["horizontal rule removed", "***", ""],
    ["backslash escape", "5 \\* 3", "5 * 3"],
    ["snake_case word kept", "the file_name field", "the file_name field"],
    ["editorial brackets kept", "our compatriots [Ivan] Petrov", "our compatriots [Ivan] Petrov"],
    ["inline code", "run `make` now", "run make now"]
  ])("%s", (_label, input, expected) => {
    const m = stripMarkdown(identity(input));
    expect(m.text).toBe(expected);
    for (let i = 0; i < m.text.length; i++) expect(input[m.pos[i]]).toBe(m.text[i]);
  });
});
