/** Char codes of the hex digits "0"–"9", "a"–"f". */
const HEX = new Uint8Array([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]);

/**
 * A fast, deterministic 64-bit string hash (two 32-bit FNV-1a-style lanes), as 16 hex digits.
 * Used for content-derived ids, so ids never depend on run order, time or worker count.
 *
 * @example hashId("a|The text") // "3f1c…" (16 hex digits)
 */
export function hashId(input: string): string {
  seed(input.length);
  addString(input);
  return finish("");
}

/**
 * Two 32-bit words as 16 lower-case hex digits in one string allocation: the hash loop itself
 * is cheap, and `toString(16).padStart(8, "0")` twice plus a concatenation cost three times as
 * much for the short keys of stage 11 (e.g. 0x0000beef, 0x1 → "0000beef00000001").
 */
function hex16(a: number, b: number): string {
  return String.fromCharCode(
    HEX[a >>> 28], HEX[(a >>> 24) & 15], HEX[(a >>> 20) & 15], HEX[(a >>> 16) & 15],
    HEX[(a >>> 12) & 15], HEX[(a >>> 8) & 15], HEX[(a >>> 4) & 15], HEX[a & 15],
    HEX[b >>> 28], HEX[(b >>> 24) & 15], HEX[(b >>> 20) & 15], HEX[(b >>> 16) & 15],
    HEX[(b >>> 12) & 15], HEX[(b >>> 8) & 15], HEX[(b >>> 4) & 15], HEX[b & 15]
  );
}

/**
 * `prefix + hashId(parts joined by "|")` for a text span, e.g. spanId("e_", articleId, 10, 42, "release")
 * equals "e_" + hashId(`${articleId}|10|42|release`), without building the joined string or the
 * prefixed copy: stage 11 makes one per figure, event and interaction (100,000s per corpus).
 * `start` and `end` are character offsets (non-negative integers).
 *
 * @example spanId("f_", "a_0123", 5, 9) === "f_" + hashId("a_0123|5|9") // true
 */
export function spanId(prefix: string, article: string, start: number, end: number, a?: string, b?: string, c?: string): string {
  if (!isOffset(start) || !isOffset(end)) {
    const rest = [a, b, c].filter((x): x is string => x !== undefined);
    return prefix + hashId([article, String(start), String(end), ...rest].join("|"));
  }
  let length = article.length + 2 + digits(start) + digits(end);
  if (a !== undefined) length += 1 + a.length;
  if (b !== undefined) length += 1 + b.length;
  if (c !== undefined) length += 1 + c.length;
  seed(length);
  addString(article);
  addChar(124);
  addNumber(start);
  addChar(124);
  addNumber(end);
  if (a !== undefined) addChar(124), addString(a);
  if (b !== undefined) addChar(124), addString(b);
  if (c !== undefined) addChar(124), addString(c);
  return finish(prefix);
}

/**
 * The two hash lanes while hashId or spanId feeds characters in, one at a time. Module state
 * rather than an object per call: set by `seed`, read by `finish` (the pipeline is synchronous).
 */
let lane1 = 0;
let lane2 = 0;

/** The first lane's seed, xor-ed with the length of the string about to be fed. */
export const LANE1_SEED = 0x811c9dc5;
/** The second lane's seed. */
export const LANE2_SEED = 0x01000193 ^ 0x5bd1e995;

/** Seeds both lanes with the length of the string about to be fed. */
function seed(length: number): void {
  lane1 = LANE1_SEED ^ length;
  lane2 = LANE2_SEED;
}

/**
 * The first lane after one more character. Exported, with `nextLane2`, `LANE1_SEED`, `LANE2_SEED`
 * and `lanesToHex`, for loops that hash a text while reading it for something else (ingest's
 * text-id.ts counts words in the same pass): they give exactly hashId's digits.
 *
 * @example lanesToHex(nextLane1(LANE1_SEED ^ 1, 97), nextLane2(LANE2_SEED, 97)) === hashId("a") // true
 */
export function nextLane1(lane: number, c: number): number {
  return Math.imul(lane ^ c, 0x01000193);
}

/** The second lane after one more character (see nextLane1). */
export function nextLane2(lane: number, c: number): number {
  const h = Math.imul(lane ^ c, 0x5bd1e995);
  return h ^ (h >>> 15);
}

/**
 * Mixes two lanes and writes `prefix` + 16 hex digits.
 *
 * @example lanesToHex(LANE1_SEED, LANE2_SEED) === hashId("") // true
 */
export function lanesToHex(a: number, b: number, prefix = ""): string {
  const h1 = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  const h2 = Math.imul(b ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  return prefix.length === 2 ? prefixed16(prefix, h1, h2) : prefix + hex16(h1, h2);
}

/** Mixes the module's lanes and writes `prefix` + 16 hex digits. */
function finish(prefix: string): string {
  return lanesToHex(lane1, lane2, prefix);
}

function addChar(c: number): void {
  // nextLane1 and nextLane2, inline: this runs once per character of every id.
  lane1 = Math.imul(lane1 ^ c, 0x01000193);
  const h2 = Math.imul(lane2 ^ c, 0x5bd1e995);
  lane2 = h2 ^ (h2 >>> 15);
}

/**
 * The characters of `s`, lanes held in locals: the loop writes the module's lanes once per
 * string instead of twice per character (stores to module variables are memory writes the
 * optimised loop cannot keep in registers; hashing 2 million span ids took ≈ 20 % longer).
 */
function addString(s: string): void {
  let a = lane1;
  let b = lane2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    const h = Math.imul(b ^ c, 0x5bd1e995);
    b = h ^ (h >>> 15);
  }
  lane1 = a;
  lane2 = b;
}

/** The decimal digits of a non-negative integer, most significant first (as String(n) writes them); lanes in locals as in addString. */
function addNumber(n: number): void {
  let a = lane1;
  let b = lane2;
  let p = 1;
  while (p * 10 <= n) p *= 10;
  for (; p >= 1; p /= 10) {
    const c = 48 + (Math.floor(n / p) % 10);
    a = Math.imul(a ^ c, 0x01000193);
    const h = Math.imul(b ^ c, 0x5bd1e995);
    b = h ^ (h >>> 15);
  }
  lane1 = a;
  lane2 = b;
}

function digits(n: number): number {
  let d = 1;
  while (n >= 10) (n = Math.floor(n / 10)), d++;
  return d;
}

function isOffset(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/** A two-character prefix and 16 hex digits as one 18-character string. */
function prefixed16(prefix: string, a: number, b: number): string {
  return String.fromCharCode(
    prefix.charCodeAt(0), prefix.charCodeAt(1),
    HEX[a >>> 28], HEX[(a >>> 24) & 15], HEX[(a >>> 20) & 15], HEX[(a >>> 16) & 15],
    HEX[(a >>> 12) & 15], HEX[(a >>> 8) & 15], HEX[(a >>> 4) & 15], HEX[a & 15],
    HEX[b >>> 28], HEX[(b >>> 24) & 15], HEX[(b >>> 20) & 15], HEX[(b >>> 16) & 15],
    HEX[(b >>> 12) & 15], HEX[(b >>> 8) & 15], HEX[(b >>> 4) & 15], HEX[b & 15]
  );
}
