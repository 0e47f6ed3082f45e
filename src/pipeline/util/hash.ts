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
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
