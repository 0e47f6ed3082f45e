/**
 * Stage 05's last step over an article's figures: "N other <people> escaped" right after the raid in which people
 * were seized escaped the raid, not captivity ("The three were seized when gunmen stormed the site. Four other
 * workers escaped into the bush."): no release.
 */
import type {Figure, Sentence} from "../types.ts";

/** The count's own escape right after "other …": "other workers escaped", "other passengers had also fled". */
const OTHER_ESCAPED_AFTER = /^[ \t]+other[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?(?:have[ \t]+|had[ \t]+|has[ \t]+)?(?:also[ \t]+)?(?:escaped|fled|got[ \t]+away|managed[ \t]+to[ \t]+(?:escape|flee))\b/i;
/** The seizure or the raid itself told before the count: "were seized when gunmen stormed the site". */
const RAID = /\b(?:seized|abducted|kidnapped|snatched|taken[ \t]+hostage|stormed|raided|ambushed|attacked)\b/i;
/** Captivity told before the count: then the others may have escaped from it ("died in captivity. Two other pupils escaped"). */
const CAPTIVITY = /\b(?:captivity|held|freed|released|died|escaped|rescued|camp|hideout|den)\b/i;

/**
 * Sets "other" (rule "+escaped-raid") on a freed count labelled "other …" whose own verb is an escape when the text
 * before it (its sentence and the one before) tells the seizure or raid (RAID) and nothing of captivity (CAPTIVITY):
 * the others got away from the raid. "Two other pupils escaped" after a death in captivity stays freed. Changes
 * `figures` in place.
 *
 * @example escapedTheRaid(text, figures, sentences) // "Four other workers escaped" after "were seized when …" → other
 */
export function escapedTheRaid(text: string, figures: Figure[], sentences: Sentence[]): void {
  for (const f of figures) {
    if (f.category !== "hostages_released" || f.groupLabel === null || !f.groupLabel.startsWith("other ")) continue;
    if (!OTHER_ESCAPED_AFTER.test(text.slice(f.end, f.end + 80))) continue;
    const k = sentences.findIndex((s) => s.index === f.sentenceIndex);
    if (k < 0) continue;
    const from = k > 0 ? sentences[k - 1].start : sentences[k].start;
    const before = text.slice(from, f.start);
    if (!RAID.test(before) || CAPTIVITY.test(before)) continue;
    f.category = "other";
    f.rule += "+escaped-raid";
  }
}
