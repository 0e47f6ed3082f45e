import {describe, expect, it} from "vitest";
import {decodeBytes, MAX_FILE_BYTES} from "../../../src/pipeline/ingest/decode.ts";
import {enc, utf16} from "./helpers.ts";

const TEXT = "Rescuers reached the café after the storm.";

describe("decodeBytes", () => {
  it.each([
    ["plain UTF-8", enc(TEXT), "utf-8"],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...enc(TEXT)]), "utf-8"],
    ["UTF-16LE with BOM", utf16(TEXT, "le", true), "utf-16le"],
    ["UTF-16BE with BOM", utf16(TEXT, "be", true), "utf-16be"],
    ["UTF-16LE without BOM (NUL pattern)", utf16(TEXT, "le", false), "utf-16le"],
    ["UTF-16BE without BOM (NUL pattern)", utf16(TEXT, "be", false), "utf-16be"]
  ])("%s → the text, encoding %s", (_label, bytes, encoding) => {
    const d = decodeBytes(bytes);
    expect(d.status).toBe("ok");
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(TEXT);
    expect(d.warnings).toEqual([]);
  });

  it.each([
    ["windows-1252 é (0xE9)", new Uint8Array([0x63, 0x61, 0x66, 0xe9]), "café"],
    ["windows-1252 curly quotes (0x93 0x94)", new Uint8Array([0x93, 0x48, 0x69, 0x94]), "\u201cHi\u201d"],
    ["windows-1252 euro sign (0x80)", new Uint8Array([0x80, 0x35]), "€5"],
    ["truncated UTF-8 sequence", new Uint8Array([0x61, 0xe2, 0x82]), "aâ\u201a"]
  ])("invalid UTF-8: %s → windows-1252 with a warning", (_label, bytes, text) => {
    const d = decodeBytes(bytes);
    expect(d.status).toBe("ok");
    expect(d.encoding).toBe("windows-1252");
    expect(d.text).toBe(text);
    expect(d.warnings.join()).toContain("decoded as windows-1252");
  });

  it.each([
    ["NUL bytes in the middle", new Uint8Array([0x61, 0x62, 0x00, 0x01, 0x02, 0x63, 0x64, 0xff, 0x00])],
    ["PNG signature", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ["PDF signature", enc("%PDF-1.7\n1 0 obj")],
    ["ZIP (docx) signature", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ["many control characters", new Uint8Array(Array.from({length: 200}, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))]
  ])("binary: %s", (_label, bytes) => {
    expect(decodeBytes(bytes).status).toBe("binary");
  });

  it.each([
    ["zero bytes", new Uint8Array(0)],
    ["spaces and newlines", enc("  \n\n\t \r\n")],
    ["a BOM only", new Uint8Array([0xef, 0xbb, 0xbf])],
    ["zero-width spaces and NBSP", enc("\u200b\u00a0\u200b\n")]
  ])("empty: %s", (_label, bytes) => {
    expect(decodeBytes(bytes).status).toBe("empty");
  });

  it("a file over the size limit is too_large with a warning naming the size, not decoded", () => {
    const d = decodeBytes(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41));
    expect(d.status).toBe("too_large");
    expect(d.text).toBe("");
    expect(d.warnings[0]).toMatch(/too large: 5\.0 MB/);
  });

  it("a file just under the size limit is decoded", () => {
    expect(decodeBytes(new Uint8Array(MAX_FILE_BYTES).fill(0x41)).status).toBe("ok");
  });

  it("UTF-16 with an unpaired surrogate → encoding", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]);
    expect(decodeBytes(bytes).status).toBe("encoding");
  });
});

describe("decodeBytes: plain and nfc", () => {
  it.each([
    ["prose with curly quotes", "Café “owners” – said", true, true],
    ["CRLF", "Rain\r\nfell", false, false],
    ["NBSP", "5\u00a0000", false, false],
    ["combining accent", "cafe\u0301", true, false],
    ["control character", "Rain\u0001fell", false, false]
  ])("%s → plain %s, nfc %s", (_label, text, plain, nfc) => {
    const d = decodeBytes(enc(text));
    expect(d.plain).toBe(plain);
    expect(d.nfc).toBe(nfc);
  });
  it("a file without NUL bytes is never sniffed as UTF-16", () => {
    expect(decodeBytes(enc("Ha")).encoding).toBe("utf-8");
  });
});
