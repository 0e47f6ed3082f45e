/**
 * Round 34: pronouns in a speaker-labelled transcript. "Tom Ruiz: Ana Vik called the ministry on Wednesday. She
 * thanked President Tom Berg." — the label names who speaks, and a speaker says "I": the turn's "she" is the woman the
 * speaker names (Ana Vik), never the speaker. Stage 07 leaves the label out when it picks a sentence's antecedent.
 */
import type {Mention} from "../types.ts";

/**
 * True when mention `m` is a speaker label: a name followed right by a colon that opens its sentence (only spaces,
 * quotes, brackets or a markdown asterisk before it). The colon is read first, so most mentions pay one char code.
 *
 * @example speakerLabel("Tom Ruiz: Ana Vik called.", 0, mention) // true for the mention "Tom Ruiz"
 */
export function speakerLabel(text: string, sentenceStart: number, m: Mention): boolean {
  if (text.charCodeAt(m.end) !== 58) return false;
  // Mend 34: a quotation after the colon is a story's attributed line ('Ana Vik: "We will rebuild the school."'), told
  // by the writer, whose next "she" may be Ana Vik; a transcript's turn is unquoted speech.
  let q = m.end + 1;
  while (text.charCodeAt(q) === 32) q++;
  const open = text.charCodeAt(q);
  if (open === 34 || open === 0x201c || open === 0x2018 || open === 39) return false;
  for (let k = sentenceStart; k < m.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 34 && c !== 0x201c && c !== 40 && c !== 91 && c !== 42) return false;
  }
  return true;
}
