/**
 * Bytes → string for stage 01, with the file's fate when it cannot be read as text.
 * Uses only TextDecoder (available in Node and browsers), never node:*.
 */
import type {ArticleStatus} from "../types.ts";
import {firstOddChar, firstSpecial} from "./normalise.ts";

/** Files above this size are not decoded: status "too_large" with a warning. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface Decoded {
  /** "ok" when `text` holds the decoded file; otherwise why not. */
  status: Extract<ArticleStatus, "ok" | "empty" | "binary" | "encoding" | "too_large">;
  text: string;
  /** The encoding used ("utf-8", "utf-16le", "utf-16be", "windows-1252"), null when not decoded. */
  encoding: string | null;
  warnings: string[];
  /** `text` holds no character normaliseChars rewrites (no control character, exotic space, CR…). */
  plain: boolean;
  /** `text` is known to be NFC in every line (see firstOddChar): toLines need not look. */
  nfc: boolean;
}

/**
 * The warning for a file over MAX_FILE_BYTES (decoded here, or skipped unread by the loader).
 *
 * @example tooLargeWarning(6 * 1024 * 1024) // "too large: 6.0 MB (limit 5 MB); split it or raise the limit"
 */
export function tooLargeWarning(size: number): string {
  return `too large: ${(size / 1024 / 1024).toFixed(1)} MB (limit ${MAX_FILE_BYTES / 1024 / 1024} MB); split it or raise the limit`;
}

/** Magic numbers of common binary formats that can start with printable bytes. */
const MAGIC: {name: string; bytes: number[]}[] = [
  {name: "PDF", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d]},
  {name: "ZIP/DOCX", bytes: [0x50, 0x4b, 0x03, 0x04]},
  {name: "PNG", bytes: [0x89, 0x50, 0x4e, 0x47]},
  {name: "JPEG", bytes: [0xff, 0xd8, 0xff]},
  {name: "GIF", bytes: [0x47, 0x49, 0x46, 0x38]},
  {name: "gzip", bytes: [0x1f, 0x8b]},
  {name: "OLE/DOC", bytes: [0xd0, 0xcf, 0x11, 0xe0]},
  {name: "RTF", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66]}
];

/** How many leading bytes are sampled for NUL patterns and control characters. */
const SAMPLE = 8192;

/**
 * Decodes a file's bytes: BOM sniffing (UTF-8, UTF-16LE/BE), UTF-16 without BOM from NUL
 * patterns, strict UTF-8, then windows-1252 with a warning. Binary-looking data (NULs, many
 * control characters, known magic numbers) → "binary"; nothing but whitespace → "empty".
 *
 * @example decodeBytes(new TextEncoder().encode("café")).text // "café"
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) return {status: "too_large", text: "", encoding: null, warnings: [tooLargeWarning(bytes.length)], plain: false, nfc: false};
  if (bytes.length === 0) return {status: "empty", text: "", encoding: null, warnings: ["empty file"], plain: false, nfc: false};
  const magic = magicOf(bytes);
  if (magic) return {status: "binary", text: "", encoding: null, warnings: [`binary file (${magic.name} signature)`], plain: false, nfc: false};

  let encoding: string;
  let body = bytes;
  const warnings: string[] = [];
  // The first NUL byte of the file (-1: none), found once natively: no NUL before the end of the
  // sample means not UTF-16 (sniffUtf16 would count none), none at all means not binary.
  let nul = -2;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = "utf-8";
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    body = bytes.subarray(2);
  } else {
    nul = bytes.indexOf(0);
    encoding = (nul >= 0 && nul < SAMPLE ? sniffUtf16(bytes) : null) ?? "utf-8";
  }

  let text: string;
  if (encoding === "utf-8") {
    // A NUL byte in would-be UTF-8 means binary (text editors never write NULs).
    if (body === bytes ? nul >= 0 : hasNul(body)) return {status: "binary", text: "", encoding: null, warnings: ["binary file (NUL bytes)"], plain: false, nfc: false};
    const strict = tryDecode("utf-8", body);
    if (strict !== null) text = strict;
    else {
      encoding = "windows-1252";
      text = decodeWindows1252(body);
      warnings.push("not valid UTF-8: decoded as windows-1252");
    }
  } else {
    const utf16 = tryDecode(encoding, body.length % 2 ? body.subarray(0, body.length - 1) : body);
    if (utf16 === null) return {status: "encoding", text: "", encoding, warnings: [`invalid ${encoding.toUpperCase()} (unpaired surrogates)`], plain: false, nfc: false};
    text = utf16;
    if (body.length % 2) warnings.push(`odd byte count for ${encoding.toUpperCase()}: last byte dropped`);
  }

  // One scan serves three steps: the control characters counted here are among the characters
  // normaliseChars rewrites, and text with none of those and nothing NFC could change (most
  // files) skips the control count, normaliseChars and toLines' NFC check.
  const odd = firstOddChar(text);
  const plain = odd < 0 || firstSpecial(text, odd) < 0;
  if (!plain && controlShare(text) > 0.05) return {status: "binary", text: "", encoding, warnings: ["binary file (many control characters)"], plain: false, nfc: false};
  if (!/[^\s\u200b-\u200d\u2060\ufeff\u00ad]/.test(text)) return {status: "empty", text: "", encoding, warnings: ["empty file (whitespace only)"], plain: false, nfc: false};
  return {status: "ok", text, encoding, warnings, plain, nfc: odd < 0};
}

/** The known binary format the bytes start with, if any (a loop: this runs once per file). */
function magicOf(bytes: Uint8Array): {name: string} | undefined {
  for (const m of MAGIC) {
    let k = 0;
    while (k < m.bytes.length && bytes[k] === m.bytes[k]) k++;
    if (k === m.bytes.length) return m;
  }
  return undefined;
}

/** The characters controlShare counts (C0 controls other than tab, LF, VT, FF, CR; DEL). */
const CONTROL_CHAR = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/** One strict decoder per encoding, made once: constructing a TextDecoder costs more than decoding an article. */
const DECODERS = new Map<string, TextDecoder>();

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    let decoder = DECODERS.get(encoding);
    if (!decoder) DECODERS.set(encoding, (decoder = new TextDecoder(encoding, {fatal: true, ignoreBOM: true})));
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/**
 * UTF-16 without a BOM: ASCII-range text has a NUL in every other byte
 * ("H\0i\0" is little-endian, "\0H\0i" big-endian).
 */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return "utf-16be";
  return null;
}

/** Share of C0 control characters (other than tab, LF, CR, FF, VT) and DEL among the first chars. */
function controlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return 0;
  // Text files almost never hold one: a regex scan (native code) settles it before the counting loop.
  if (!CONTROL_CHAR.test(n < text.length ? text.slice(0, n) : text)) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) || c === 0x7f) bad++;
  }
  return bad / n;
}

/** windows-1252 bytes 0x80–0x9F → Unicode (undefined slots stay as the C1 code point, as WHATWG does). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178
];

/**
 * windows-1252 never fails (every byte maps to a character). Decoded by table rather than
 * TextDecoder: Node 20's "windows-1252" decoder behaves as latin1 (0x80 → U+0080, not "€").
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk = bytes.subarray(i, i + 4096);
    parts.push(String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b))));
  }
  return parts.join("");
}
