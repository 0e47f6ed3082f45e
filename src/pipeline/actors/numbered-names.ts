/**
 * Names that end in a number: "Barrio 18", "Channel 12", "Unit 8200" (session 31). The chunker reads capitalised
 * words only, so such a name came out as "Barrio", and stage 05 counted its 18 as people. A candidate followed by a
 * number of one to four digits becomes the longer name when the article writes that same "<name> <number>" at least
 * twice: a count after a name ("In Kabul 18 died") does not repeat word for word, and a headline's "Floods Kill 18" is
 * read once. A person's name never takes a number (an age is written "Ana Lopes, 34").
 */
import {candidate, type Candidate} from "./candidate.ts";

/** Right after a candidate: a space and one to four digits that end the number ("18 ", "18," — not "18,000", "18.5", "18%"). */
const NUMBER_AFTER = /^ (\d{1,4})(?![\d%]|[.,]\d|[-–][A-Za-z])/;
/** How many times the article must write "<name> <number>" for the number to be the name's. */
const MIN_REPEATS = 2;

/**
 * Extends, in place, the candidates whose name the article repeatedly writes with a number after it.
 *
 * @example numberedNames(candidates, "Barrio 18 seized the bus. Barrio 18 released the pupils.")
 */
export function numberedNames(all: Candidate[], text: string): void {
  let counted: Map<string, number> | null = null;
  let split: Candidate[] | null = null;
  for (const c of all) {
    // A space and a digit right after the name, read as character codes first: nearly no candidate has them, and a
    // slice and a regex per candidate cost stage 04 time.
    const d = text.charCodeAt(c.end + 1);
    if (text.charCodeAt(c.end) !== 32 || !(d >= 48 && d <= 57)) continue;
    if (c.kind === "person" && c.kindSure) continue;
    const m = NUMBER_AFTER.exec(text.slice(c.end, c.end + 8));
    if (m === null) continue;
    const written = `${text.slice(c.start, c.end)} ${m[1]}`;
    counted ??= new Map();
    let n = counted.get(written);
    if (n === undefined) {
      n = repeats(text, written);
      counted.set(written, n);
    }
    if (n < MIN_REPEATS) {
      // "between the Delta Front and Calle 44": the chunker joined two bodies over "and"; the second, with its number,
      // is the repeated name.
      const tail = tailAfterAnd(text, c);
      if (tail === null) continue;
      const tailWritten = `${text.slice(tail, c.end)} ${m[1]}`;
      let t = counted.get(tailWritten);
      if (t === undefined) {
        t = repeats(text, tailWritten);
        counted.set(tailWritten, t);
      }
      if (t < MIN_REPEATS) continue;
      const headEnd = text.lastIndexOf(" and ", tail);
      const headWords = text.slice(c.start, headEnd).split(" ").length;
      (split ??= []).push(candidate(c.sentenceIndex, tail, c.end + 1 + m[1].length, [...c.keys.slice(headWords + 1), m[1]], tailWritten, "organization", true, null, c.via, null, null));
      c.end = headEnd;
      c.name = text.slice(c.start, headEnd);
      c.keys = c.keys.slice(0, headWords);
      continue;
    }
    c.end += 1 + m[1].length;
    c.name = `${c.name} ${m[1]}`;
    c.keys = [...c.keys, m[1]];
    c.kind = "organization";
    c.kindSure = true;
    c.weak = null;
  }
  if (split === null) return;
  // The second bodies, each placed after its first in text order.
  for (const n of split) {
    let k = 0;
    while (k < all.length && all[k].start < n.start) k++;
    all.splice(k, 0, n);
  }
}

/**
 * Where the words after the candidate's last " and " start ("Calle" in "Delta Front and Calle"), or null when its text
 * has no " and " or the word after it is lowercase.
 */
function tailAfterAnd(text: string, c: Candidate): number | null {
  const at = text.lastIndexOf(" and ", c.end);
  if (at <= c.start) return null;
  const tail = at + 5;
  const first = text.charCodeAt(tail);
  return tail < c.end && first >= 65 && first <= 90 ? tail : null;
}

/** How many times `written` stands in `text` with no digit right after it ("Barrio 18" in "Barrio 180" does not count). */
function repeats(text: string, written: string): number {
  let n = 0;
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + written.length)) {
    const next = text.charCodeAt(at + written.length);
    if (!(next >= 48 && next <= 57)) n++;
  }
  return n;
}
