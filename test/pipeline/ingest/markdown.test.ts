import {describe, expect, it} from "vitest";
import {identity} from "../../../src/pipeline/ingest/mapped.ts";
import {splitFrontMatter, stripMarkdown, withTitleLine} from "../../../src/pipeline/ingest/markdown.ts";

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

describe("the front matter's title as the first line (as an HTML page's headline)", () => {
  const titled = (src: string) => {
    const fm = splitFrontMatter(src);
    return withTitleLine(fm, stripMarkdown(fm.body), src);
  };

  it("puts the title above the body, each character mapped to the title line", () => {
    const src = '---\ntitle: "Ferry sinks with 40 aboard"\ndate: 2024-03-02\n---\nRescuers searched the lake.';
    const m = titled(src);
    expect(m.text).toBe("Ferry sinks with 40 aboard\nRescuers searched the lake.");
    expect(src.slice(m.pos[0], m.pos[0] + 26)).toBe("Ferry sinks with 40 aboard");
    expect(src[m.pos[27]]).toBe("R");
    expect([...m.pos].every((p, i) => i === 0 || p >= m.pos[i - 1])).toBe(true);
  });

  it.each([
    ["the body already opens with it as a heading", "---\ntitle: Ferry sinks\n---\n# Ferry sinks\n\nRescuers searched.", "Ferry sinks\n\nRescuers searched."],
    ["… under a dateline line", "---\ntitle: Ferry sinks\n---\nKAMPALA\n\n# Ferry sinks\nRescuers searched.", "KAMPALA\n\nFerry sinks\nRescuers searched."],
    ["the body opens with a heading of its own", "---\ntitle: Front matter title\n---\n# Quake shakes coastal towns\nA quake struck.", "Quake shakes coastal towns\nA quake struck."],
    ["no title key", "---\ndate: 2024-03-02\n---\nRescuers searched.", "Rescuers searched."],
    ["a title that is not a string", "---\ntitle: 2024\n---\nRescuers searched.", "Rescuers searched."],
    ["an escaped title the file does not hold verbatim", '---\ntitle: "Ferry \\"Queen\\" sinks"\n---\nRescuers searched.', "Rescuers searched."],
    ["a multi-line title", "---\ntitle: |\n  Ferry sinks\n  on the lake\n---\nRescuers searched.", "Rescuers searched."]
  ])("kept as it is: %s", (_label, src, text) => {
    expect(titled(src).text).toBe(text);
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
