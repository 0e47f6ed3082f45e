/**
 * Word and punctuation tokens of one sentence, with offsets into the article.
 * Words keep inner apostrophes ("Kharkin's" stays one token, "don't" too); every
 * other non-space, non-letter character is its own token so clause boundaries
 * ("," ";" "—") and hyphens ("Hamas-led") stay visible to the rules.
 */
export interface Token {
  /** Text as written. */
  text: string;
  /** Lowercase, curly apostrophes folded to "'". */
  lower: string;
  /** Offsets into Article.text. */
  start: number;
  end: number;
  /** True for punctuation / symbol tokens. */
  punct: boolean;
}

// One linear pass: a word run (letters, digits, marks, inner apostrophes) or a single
// other character. The apostrophe group needs a letter after it, so no backtracking.
const TOKEN_RE = /([\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*)|[^\s\p{L}\p{N}\p{M}]/gu;

/**
 * Splits `text` (which starts at article offset `offset`) into tokens.
 *
 * @example tokenize("Rescuers freed 12 people.", 0).map((t) => t.lower) // ["rescuers","freed","12","people","."]
 */
export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const lower = t.toLowerCase();
    out.push({
      text: t,
      lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower,
      start: offset + m.index,
      end: offset + m.index + t.length,
      punct: m[1] === undefined
    });
  }
  return out;
}
