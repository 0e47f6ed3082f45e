/**
 * Plain-text articles pasted from web pages sometimes keep inline formatting tags
 * ("Officials <u>urged</u> residents …"). Those few tags are removed so the words read as prose;
 * anything else that looks like markup ("<script>alert(1)</script>" quoted in an article)
 * stays literally, because article text is data, never markup. A scanner, not a regex over
 * HTML: each `<` is checked against the whitelist with a bounded look-ahead.
 */
import type {MappedText} from "./mapped.ts";
import {deleteRanges} from "./mapped.ts";

/** Inline tags that only format text. */
const INLINE_TAGS = new Set(["u", "b", "i", "em", "strong", "span", "a", "sup", "sub", "small", "mark", "s", "strike", "del", "ins", "font", "abbr", "cite", "q", "br", "wbr"]);
/** Longest tag considered (an `<a href="…">` with a long URL). */
const MAX_TAG = 400;

/**
 * Ranges of whitelisted inline tags in `text`.
 *
 * @example inlineTagRanges("a <u>b</u>") // [[2, 5], [6, 10]]
 */
export function inlineTagRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let i = text.indexOf("<");
  while (i >= 0) {
    let j = i + 1;
    if (text[j] === "/") j++;
    const nameStart = j;
    while (j < text.length && j - nameStart < 8 && /[a-zA-Z]/.test(text[j])) j++;
    const name = text.slice(nameStart, j).toLowerCase();
    let end = -1;
    if (INLINE_TAGS.has(name) && (text[j] === ">" || text[j] === " " || text[j] === "/")) {
      // Bounded search: a text full of "<u " with no ">" must stay linear.
      let close = -1;
      for (let k = j; k < Math.min(text.length, i + MAX_TAG); k++) {
        if (text[k] === ">") {
          close = k;
          break;
        }
      }
      // No "<" or newline inside the tag, and not absurdly long: otherwise it is prose.
      if (close >= 0) {
        const inner = text.slice(j, close);
        if (!inner.includes("<") && !inner.includes("\n")) end = close + 1;
      }
    }
    if (end > 0) {
      out.push([i, end]);
      i = text.indexOf("<", end);
    } else i = text.indexOf("<", i + 1);
  }
  return out;
}

/**
 * Removes whitelisted inline tags, keeping positions.
 *
 * @example stripInlineTags(identity("a <b>c</b>")).text // "a c"
 */
export function stripInlineTags(m: MappedText): MappedText {
  if (!m.text.includes("<")) return m;
  return deleteRanges(m, inlineTagRanges(m.text));
}
