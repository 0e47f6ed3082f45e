import {DATE_CUE_WORDS, FUTURE_CUES} from "../model/date-cues.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Cheap test run before chrono (chrono is the slowest step of the pipeline): a word from
 * DATE_CUE_WORDS at a word start, a four-digit number, or digits joined by "/", "." or "-".
 * A sentence without any of these cannot hold a date expression we parse.
 */
const DATE_CUE = new RegExp(`\\b(?:${DATE_CUE_WORDS.map(escape).join("|")})|\\d{4}|\\d[./-]\\d`, "i");

/** @example hasDateCue("Rivers rose on Monday.") // true */
export function hasDateCue(sentence: string): boolean {
  return DATE_CUE.test(sentence);
}

const FUTURE = new RegExp(`(?:^|[^\\p{L}])(?:${FUTURE_CUES.map(escape).join("|")})(?![\\p{L}])`, "iu");
const CLAUSE_BREAK = /[,;:—–()]|\b(?:and|but|while|after|before|when)\b/gi;

/**
 * Whether the clause leading up to a date points to the future ("the vote will be held on
 * Thursday", "talks are due to resume in March"), so the date is the next one after
 * publication rather than the last one before it. Only the text since the last comma or
 * conjunction counts: "He said on Monday that talks will resume" is past.
 *
 * @example pointsToFuture("The council will meet on ") // true
 */
export function pointsToFuture(before: string): boolean {
  const window = before.length > 120 ? before.slice(before.length - 120) : before;
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window)) cut = m.index + m[0].length;
  return FUTURE.test(window.slice(cut));
}
