/** Char codes of the hex digits "0"–"9", "a"–"f". */
const HEX = new Uint8Array([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]);

/**
 * A fast, deterministic 64-bit string hash (two 32-bit FNV-1a-style lanes), as 16 hex digits.
 * Used for content-derived ids, so ids never depend on run order, time or worker count.
 *
 * @example hashId("a|The text") // "3f1c…" (16 hex digits)
 */
export function hashId(input: string): string {
  let h1 = 0x811c9dc5 ^ input.length;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) ^ Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b) ^ Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  return hex16(h1, h2);
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
