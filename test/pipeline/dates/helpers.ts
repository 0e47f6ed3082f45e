import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {findDates} from "../../../src/pipeline/stages/03-dates.ts";
import type {DateMention} from "../../../src/pipeline/types.ts";
import {makeArticle} from "./make-article.ts";

/** The fields a labelled case checks. */
export type Row = Pick<DateMention, "text" | "date" | "precision" | "basis">;

/**
 * Runs stages 02 and 03 on a text and returns the date rows (checking the offsets on the way).
 *
 * @example datesOf("Rivers rose on Monday.", "2024-11-18") // [{text: "Monday", date: "2024-11-18", …}]
 */
export function datesOf(text: string, published: string | null, dayFirst = false): Row[] {
  const article = makeArticle(text, {published, dayFirst});
  const mentions = findDates(article, splitSentences(article));
  for (const m of mentions) {
    if (article.text.slice(m.start, m.end) !== m.text) throw new Error(`offset mismatch for ${m.text}`);
  }
  return mentions.map(({text: t, date, precision, basis}) => ({text: t, date, precision, basis}));
}

/**
 * The date of the row written `text` (undefined when no row has that text).
 *
 * @example dateOf(datesOf("Rivers rose on Monday.", "2024-11-18"), "Monday") // "2024-11-18"
 */
export function dateOf(rows: readonly Row[], text: string): string | null | undefined {
  return rows.find((r) => r.text === text)?.date;
}
