import {describe, expect, it} from "vitest";
import {identity, rawOffset, toOffsetMap} from "../../../src/pipeline/ingest/mapped.ts";
import {firstOddChar, firstSpecial, joinLines, joinLinesToText, normaliseChars, toLines} from "../../../src/pipeline/ingest/normalise.ts";
import {stripInlineTags} from "../../../src/pipeline/ingest/inline-tags.ts";

const norm = (s: string) => joinLines(toLines(normaliseChars(identity(s))));

describe("normalisation", () => {
  it.each([
    ["CRLF → LF", "Storm hits\r\nthe coast", "Storm hits\nthe coast"],
    ["lone CR → LF", "Storm hits\rthe coast", "Storm hits\nthe coast"],
    ["NBSP → space", "5\u00a0000 people", "5 000 people"],
    ["narrow NBSP and thin space → space", "10\u202f000 and 2\u2009km", "10 000 and 2 km"],
    ["zero-width space removed", "flood\u200bwaters", "floodwaters"],
    ["soft hyphen removed", "evac\u00aduated", "evacuated"],
    ["BOM inside text removed", "\ufeffRain", "Rain"],
    ["tab → space", "Rain\tfell", "Rain fell"],
    ["NFC: e + combining acute → é", "cafe\u0301 owner", "caf\u00e9 owner"],
    ["trailing spaces trimmed", "Rain fell.   \nIt stopped.  ", "Rain fell.\nIt stopped."],
    ["runs of blank lines collapsed to one", "One.\n\n\n\n\nTwo.", "One.\n\nTwo."],
    ["blank lines with spaces collapse too", "One.\n  \n \t \nTwo.", "One.\n\nTwo."],
    ["leading and trailing blank lines dropped", "\n\n  Rain.\n\n", "Rain."],
    ["line separator U+2028 → LF", "Rain\u2028fell", "Rain\nfell"],
    ["other control characters dropped", "Ra\u0007in", "Rain"]
  ])("%s", (_label, input, expected) => {
    expect(norm(input).text).toBe(expected);
  });

  it("offsetMap is empty when nothing changed", () => {
    expect(toOffsetMap(norm("Rain fell.\nIt stopped."))).toEqual({textStart: [], rawStart: []});
  });

  it.each([
    ["CRLF text", "Rain fell.\r\nRivers rose 3 metres.\r\nRoads closed."],
    ["zero-width characters", "Ra\u200bin fell.\n\n\n\nRivers\u200b rose."],
    ["indented lines", "   Rain fell.\n    Rivers rose.  \n\n\n  Roads closed."],
    ["NFC composition", "Cafe\u0301 owner said: \u201cwe lost everything\u201d."]
  ])("every text character maps back to the same character of the source: %s", (_label, src) => {
    const m = norm(src);
    const map = toOffsetMap(m);
    const nfcSrc = src.normalize("NFC");
    for (let i = 0; i < m.text.length; i++) {
      const ch = m.text[i];
      if (ch === "\n" || ch === " ") continue;
      const raw = rawOffset(map, i);
      // NFC shortens the source; compare against the composed char at the same place when needed.
      expect(src[raw] === ch || nfcSrc.includes(ch)).toBe(true);
      if (!/[\u0300-\u036f\u00e9]/.test(src)) expect(src[raw]).toBe(ch);
    }
  });
});

describe("inline formatting tags in plain text", () => {
  it.each([
    ["<u> removed", "Officials <u>called on</u> residents to leave.", "Officials called on residents to leave."],
    ["<a href> removed", 'See <a href="https://x.org/a?b=1">the map</a> now.', "See the map now."],
    ["<b>/<i> removed", "<b>Breaking:</b> <i>rain</i>", "Breaking: rain"],
    ["<br/> removed", "one<br/>two", "onetwo"],
    ["<script> stays literal (data, not markup)", "He typed <script>alert(1)</script> in the box.", "He typed <script>alert(1)</script> in the box."],
    ["comparison stays", "if 3 < 5 and 7 > 2", "if 3 < 5 and 7 > 2"],
    ["unclosed tag stays", "a <b and more", "a <b and more"]
  ])("%s", (_label, input, expected) => {
    const m = stripInlineTags(identity(input));
    expect(m.text).toBe(expected);
    for (let i = 0; i < m.text.length; i++) expect(input[m.pos[i]]).toBe(m.text[i]);
  });
});

describe("joinLinesToText (the ingest fast path) equals toOffsetMap(joinLines(...))", () => {
  it.each([
    ["plain lines", "Dam bursts\nWater rose overnight.", []],
    ["blank lines collapse", "\n\nDam bursts\n\n\n\nWater rose.\n\n", []],
    ["indented lines", "  Strike ends  \n\t Workers return. ", []],
    ["CRLF and NBSP", "Strike ends\r\nWorkers\u00a0return.\r\n\r\nTalks resume.", []],
    ["soft hyphen and NFC", "co\u00adop\ncafe\u0301 owners rebuild", []],
    ["a removed line leaves a paragraph break", "Quake hits\nAdvertisement\nRescuers dig.", [1]],
    ["inline tags", "Rescuers <b>dug</b> all night\nThe <u>toll</u> rose.", []],
    ["paragraphs as written (the slice path)", "Dam bursts\n\nWater rose overnight.\nRoads closed.\n", []],
    ["a blank line holding a space", "Dam bursts\n \nWater rose.", []],
    ["a removed first line", "Advertisement\nDam bursts\n\nWater rose overnight and the roads closed.", [0]],
    ["three blank lines", "Dam bursts\n\n\n\nWater rose.", []]
  ] as [string, string, number[]][])("%s", (_label, input, removed) => {
    const source = normaliseChars(stripInlineTags(identity(input)));
    const lines = toLines(source);
    for (const i of removed) lines[i].removed = "test";
    const joined = joinLines(lines);
    const fast = joinLinesToText(lines);
    expect(fast.text).toBe(joined.text);
    expect(fast.offsetMap).toEqual(toOffsetMap(joined));
    // Given the source, the text may be a slice of it: the same characters and map.
    const sliced = joinLinesToText(lines, source);
    expect(sliced.text).toBe(joined.text);
    expect(sliced.offsetMap).toEqual(fast.offsetMap);
  });
});

describe("MappedText.linear is only claimed for unbroken runs", () => {
  it.each([
    ["plain", "Storm hits the coast", true],
    ["NBSP replaced one for one", "5\u00a0000 homes", true],
    ["lone CR replaced one for one", "Storm\rhits", true],
    ["CRLF collapses two into one", "Storm\r\nhits", false],
    ["soft hyphen dropped", "co\u00adop", false],
    ["inline tag removed", "a <b>c</b>", false]
  ] as [string, string, boolean][])("%s", (_label, input, linear) => {
    const m = normaliseChars(stripInlineTags(identity(input)));
    expect(m.linear === true).toBe(linear);
    if (m.linear) for (let i = 0; i < m.pos.length; i++) expect(m.pos[i]).toBe(m.pos[0] + i);
  });
});

describe("prefilters: firstSpecial, firstOddChar, toLines(…, nfc)", () => {
  it("firstSpecial finds the first character normaliseChars rewrites", () => {
    expect(firstSpecial("Rain fell.\nRoads closed.")).toBe(-1);
    expect(firstSpecial("Rain\r\nfell")).toBe(4);
    expect(firstSpecial("a\u00a0b c\u00a0d", 2)).toBe(5);
  });
  it("firstOddChar: -1 for text normaliseChars and NFC leave alone (Latin, curly quotes, dashes, currency)", () => {
    expect(firstOddChar("Café – “Wójcik” paid £5 for Jovanović’s ©")).toBe(-1);
    expect(firstOddChar("cafe\u0301")).toBe(4);
    expect(firstOddChar("a\tb")).toBe(1);
    expect(firstOddChar("Ω and \u2126")).toBe(0);
  });
  it("every character firstOddChar lets pass is NFC-stable after any character", () => {
    const bases = ["a", "e", "w", "=", "\u0300", "é", "ü", "\u1100", "\u3042"];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (firstOddChar(ch) >= 0) continue;
      for (const b of bases) expect((b + ch).normalize("NFC")).toBe(b.normalize("NFC") + ch);
    }
  });
  it("toLines with nfc: the same lines as without when the text is NFC", () => {
    const text = identity("Floods hit Valencia\n\nCafé “owners” – said £5 ");
    expect(toLines(text, true)).toEqual(toLines(text));
  });
});

describe("toLines: blank lines", () => {
  it("are one shared object that the boilerplate rules never write to", async () => {
    const {markArticleBoilerplate, markSectionLabel} = await import("../../../src/pipeline/ingest/boilerplate.ts");
    const lines = toLines(identity("World\n\nStrike halts the port for a second day\n\n\nAdvertisement\n\nDockers walked out.\n"));
    const blanks = lines.filter((l) => l.text === "");
    expect(blanks.length).toBe(5);
    expect(new Set(blanks).size).toBe(1);
    markArticleBoilerplate(lines);
    markSectionLabel(lines);
    expect(lines.filter((l) => l.removed).map((l) => l.text)).toEqual(["World", "Advertisement"]);
    expect(blanks[0]).toEqual({text: "", start: -1, pos: null, breakPos: -1, removed: null, key: undefined});
    expect(joinLinesToText(lines).text).toBe("Strike halts the port for a second day\n\nDockers walked out.");
  });
});
