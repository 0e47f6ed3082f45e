import {describe, expect, it} from "vitest";
import {identity} from "../../../src/pipeline/ingest/mapped.ts";
import {splitFrontMatter, stripMarkdown} from "../../../src/pipeline/ingest/markdown.ts";

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
