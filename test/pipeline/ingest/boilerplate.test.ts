import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {boilerplateRule, isNavigation, lineKey, markArticleBoilerplate, markSectionLabel, repeatedLineKeys, opensLikePrefix} from "../../../src/pipeline/ingest/boilerplate.ts";
import {identity} from "../../../src/pipeline/ingest/mapped.ts";
import {toLines} from "../../../src/pipeline/ingest/normalise.ts";
import {BOILERPLATE_PREFIXES} from "../../../src/pipeline/model/boilerplate.ts";

describe("boilerplateRule: chrome lines", () => {
  it.each([
    ["ADVERTISEMENT", "prompt"],
    ["Advertisement:", "prompt"],
    ["Read more »", "prompt"],
    ["Read more: How the city rebuilt after the 1999 floods", "prompt"],
    ["Related: Earthquake toll rises to 40", "prompt"],
    ["Follow us on Twitter for live updates", "prompt"],
    ["Follow The Daily Planet on Telegram", "social"],
    ["Join our WhatsApp channel", "prompt"],
    ["We use cookies to improve your experience. By continuing you accept them.", "prompt"],
    ["Share this article", "prompt"],
    ["You can share this story on social media:", "prompt"],
    ["Back to top", "prompt"],
    ["Source link", "prompt"],
    ["Sign up for our newsletter", "prompt"],
    ["Follow The Daily Planet:", "social"],
    ["5 min read", "prompt"],
    ["Advertisement - Scroll to continue", "prompt"],
    ["Please enable JavaScript to view the comments", "prompt"],
    ["https://example.com/2021/05/06/storm", "url"],
    ["Source: https://example.com/2021/05/06/storm", "url"],
    ["Home | World | Europe | Business", "navigation"],
    ["Sports || Weather || Traffic", "navigation"],
    ["Home › News › Local", "navigation"]
  ])("%s → %s", (line, rule) => {
    expect(boilerplateRule(line)).toBe(rule);
  });
});

describe("boilerplateRule: prose is kept", () => {
  it.each([
    ["a news sentence", "Rescuers pulled 12 people from the rubble on Sunday."],
    ["prose starting with 'Related'", "Related damage was reported in three neighbouring villages, where roofs collapsed under the weight of the snow and power lines came down."],
    ["a sentence mentioning advertisement", "The advertisement campaign was withdrawn after complaints."],
    ["a sentence about following", "Police said they would follow the suspects on foot."],
    ["a quoted instruction ending in a colon", "Follow the river road north, officials said:"],
    ["a number of minutes", "5 minutes later"],
    ["a byline with one separator", "By Jane Doe | Reuters"],
    ["a photo credit with a slash", "AP Photo / John Smith"],
    ["country list without spaces", "US/UK/France"],
    ["a URL inside a sentence", "The list was published at https://example.org/list on Monday."],
    ["a headline", "Floods force thousands from their homes"],
    ["a long cookie-like prose paragraph is not matched by prefix", "We use cookies " + "and other words ".repeat(40)]
  ])("%s", (_label, line) => {
    expect(boilerplateRule(line)).toBeNull();
  });
});

describe("isNavigation", () => {
  it.each([
    ["three short items on |", "News | Sport | Weather", true],
    ["items ending in sentences", "It rained. | It poured. | It stopped.", false],
    ["two items", "Home | World", false],
    ["long items", "The storm hit the coast overnight | Rivers rose across the region today", false]
  ])("%s", (_label, line, expected) => {
    expect(isNavigation(line)).toBe(expected);
  });
});

describe("markArticleBoilerplate: repeated paragraphs", () => {
  const mark = (text: string) => {
    const lines = toLines(identity(text));
    markArticleBoilerplate(lines);
    return lines.filter((l) => l.text).map((l) => [l.text, l.removed]);
  };

  it("a headline printed twice at the top and again at the bottom keeps only the first", () => {
    const h = "Storm cuts power to half a million homes";
    expect(mark(`${h}\n${h}\nWinds reached 120 km/h on the coast.\n${h}`)).toEqual([
      [h, null],
      [h, "repeated_paragraph"],
      ["Winds reached 120 km/h on the coast.", null],
      [h, "repeated_paragraph"]
    ]);
  });

  it("a repeated body paragraph is dropped, whitespace and case aside", () => {
    const p = "The bridge will stay closed until engineers inspect it.";
    expect(mark(`${p}\nTraffic was diverted.\n${p.toUpperCase()}  `).map((x) => x[1])).toEqual([null, null, "repeated_paragraph"]);
  });

  it("short repeated lines such as 'Yes.' in an interview are kept", () => {
    expect(mark("Q: Were you there?\nYes.\nQ: Did you see it?\nYes.").map((x) => x[1])).toEqual([null, null, null, null]);
  });
});

describe("repeatedLineKeys: lines repeated across the corpus", () => {
  it.each([
    ["3 articles of 3 outlets", [["a", "k"], ["b", "k"], ["c", "k"]], true],
    ["3 articles of one outlet", [["a", "k"], ["a", "k"], ["a", "k"]], true],
    ["2 outlets only", [["a", "k"], ["b", "k"], ["b", "k"]], false],
    ["unknown outlets do not count", [[null, "k"], [null, "k"], [null, "k"]], false],
    ["twice in one article counts once", [["a", "k"], ["b", "k"]], false]
  ] as const)("%s", (_label, arts, expected) => {
    const set = repeatedLineKeys(arts.map(([outlet, key]) => ({outlet, keys: [key, key]})));
    expect(set.has("k")).toBe(expected);
  });

  it("lineKey ignores case, spacing and trailing punctuation", () => {
    expect(lineKey("  Read   MORE: ")).toBe(lineKey("read more"));
  });
});

describe("markSectionLabel: a section name above the headline", () => {
  const run = (text: string) => {
    const lines = toLines(identity(text));
    markSectionLabel(lines);
    return lines.filter((l) => l.text && !l.removed).map((l) => l.text);
  };
  it.each([
    ["region above a flood headline", "Europe\nFloods force thousands from homes in northern Italy\nRivers burst their banks overnight.", "Floods force thousands from homes in northern Italy"],
    ["desk above a strike headline", "Business\n\nDockworkers extend strike into a second week\nThe union rejected the offer.", "Dockworkers extend strike into a second week"],
    ["upper case", "WORLD\nEarthquake shakes coastal towns in Chile\nA magnitude 6 quake struck.", "Earthquake shakes coastal towns in Chile"],
    ["two-word section", "Middle East\nTalks on prisoner swap resume in Cairo\nNegotiators met on Monday.", "Talks on prisoner swap resume in Cairo"],
    ["U.S. with periods", "U.S.\nWildfire forces evacuation of mountain town\nCrews fought the blaze.", "Wildfire forces evacuation of mountain town"]
  ])("%s", (_label, text, firstKept) => {
    expect(run(text)[0]).toBe(firstKept);
  });

  it.each([
    ["a section word above a paragraph, not a headline", "Europe\nRivers burst their banks overnight and thousands of people left their homes."],
    ["a section word later in the article", "Floods force thousands from homes\nRivers burst their banks.\nPolitics\nThe mayor resigned."],
    ["a word that is no section", "Tragedy\nFerry sinks off the coast with 60 aboard\nRescuers searched all night."],
    ["a headline first", "Floods force thousands from homes in northern Italy\nEurope\nRivers burst their banks."],
    ["a section above a date line", "World\n8 June 2023\nFloods force thousands from homes"]
  ])("kept: %s", (_label, text) => {
    expect(run(text)).toEqual(text.split("\n").filter(Boolean));
  });

  it("names its rule", () => {
    const lines = toLines(identity("Europe\nFloods force thousands from homes in northern Italy"));
    expect(markSectionLabel(lines)).toBe(true);
    expect(lines[0].removed).toBe("section_label");
  });
});

describe("opensLikePrefix", () => {
  it("agrees with the lower-cased three-character head it replaces", () => {
    const heads = new Set(BOILERPLATE_PREFIXES.map((p) => p.slice(0, 3)));
    for (const text of ["Read more: floods", "READ MORE", "Rescuers dug", "© Reuters", "Éva said", "Ab", "", "Kelvin \u212a", "\u212aey", "fol", "Photo: x"]) {
      const head = text.slice(0, 3).toLowerCase();
      expect(opensLikePrefix(text)).toBe(heads.has(head) || /[^\u0000-\u007f]/.test(head));
    }
  });
});

describe("markArticleBoilerplate keys prose paragraphs lazily", () => {
  /** The rule as it read before keys were built lazily: every line up to 300 characters keyed, one Set of keys. */
  function reference(texts: string[]): (string | null)[] {
    const seen = new Set<string>();
    return texts.map((t) => {
      if (!t) return null;
      const key = t.length <= 300 ? lineKey(t) : t;
      const rule = boilerplateRule(t);
      if (rule) return rule;
      if (key.length >= 20 || key.split(" ").length >= 3) {
        if (seen.has(key)) return "repeated_paragraph";
        seen.add(key);
      }
      return null;
    });
  }
  const line = (text: string) => ({text, start: 0, pos: null, breakPos: text.length, removed: null as string | null, key: undefined});

  it("marks what the eager rule marked, on paragraphs of every length and case", () => {
    const common = fc.constantFrom("Rescuers", "RESCUERS", "rescuers", "dug", "through", "the", "night", "Follow", "like", "5", "»", "-", "—", ".", "Read", "more:", "|", "Home", "é", "Σ");
    // URLs and separators too: a 101–300 character line holding none of them skips the navigation and URL rules.
    const rare = fc.constantFrom("  ", "\t", "İstanbul", "www.example.com", "/", ">", "›", "•", "https://x.example/" + "n".repeat(110));
    const word = fc.oneof({weight: 40, arbitrary: common}, {weight: 1, arbitrary: rare});
    const paragraph = fc.oneof(fc.array(word, {maxLength: 8}), fc.array(word, {minLength: 20, maxLength: 70})).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(fc.array(paragraph, {maxLength: 12}), fc.array(fc.nat(11), {maxLength: 6}), (texts, copies) => {
        // Reprint some paragraphs, upper-cased or with trailing punctuation, to exercise the repeat check.
        const all = [...texts, ...copies.filter((i) => i < texts.length).map((i, k) => (k % 2 ? texts[i].toUpperCase() : texts[i] + " ..."))];
        const lines = all.map(line);
        markArticleBoilerplate(lines);
        return JSON.stringify(lines.map((l) => l.removed)) === JSON.stringify(reference(all));
      }),
      {numRuns: 1500}
    );
  });
});
