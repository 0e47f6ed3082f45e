import type {DateMention} from "../types.ts";
import {DATE_ROLE_CUES} from "../model/date-cues.ts";
import {codeAt} from "./code-at.ts";
import {isRegexSpace, lastWordBefore} from "./spaces.ts";
import type {Spec} from "./spec.ts";

/** What a date is to its clause (see DateMention.role). */
export type DateRole = NonNullable<DateMention["role"]>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = (list: string[]) => list.map((w) => escape(w).replace(/ /g, "\\s+")).join("|");
/** Words that may stand between a cue and its date: "since the 15th", "until late May", "from mid-2022". */
const FILLER_WORDS = ["the", "early", "mid", "late"];
const FILLER = `(?:(?:${FILLER_WORDS.join("|")})[\\s-]+)?`;

const SINCE = alternatives(DATE_ROLE_CUES.since);
const UNTIL = alternatives(DATE_ROLE_CUES.until);
/** A cue word right before the date: "since October", "until Friday", "for 52 days before". */
const SINCE_RIGHT_BEFORE = new RegExp(`\\b(?:${SINCE})\\s+${FILLER}$`, "i");
const UNTIL_RIGHT_BEFORE = new RegExp(`\\b(?:${UNTIL})\\s+${FILLER}$`, "i");
const FOR_RIGHT_BEFORE = /\bfor\s+$/i;
/** Every "since"-like cue word, to find the last one before a date. */
const SINCE_ANYWHERE = new RegExp(`\\b(?:${SINCE})\\b`, "gi");
/** Something that starts another clause between "since" and the date ("since he arrived, and on Monday"). */
const CLAUSE_TURN = /[,;:()—–]|\b(?:and|but|while|whereas|when|after|before|because|which|who|until|till|then)\b/i;
/** "from May to July": the first date is followed by "to", "until" or a dash. */
const FROM_RIGHT_BEFORE = new RegExp(`\\bfrom\\s+${FILLER}$`, "i");
const RANGE_AFTER = /^\s*(?:to|until|till|through|-|–|—)\s/i;
/** …and the second one follows "from … to". */
const TO_AFTER_FROM = new RegExp(`\\bfrom\\b[^,;:()—–]*\\s(?:to|through|-|–|—)\\s+${FILLER}$`, "i");
/**
 * The first word of every cue phrase, and "from": each regex above but FOR_RIGHT_BEFORE needs one
 * of them as a whole word before the date, so one test settles the dates (most) with none.
 */
const ROLE_WORD = new RegExp(`\\b(?:${[...new Set([...DATE_ROLE_CUES.since, ...DATE_ROLE_CUES.until].map((p) => p.split(" ")[0])), "from"].map(escape).join("|")})\\b`, "i");
/*
 * The regexes that end at the date (`…$`) are tried at every character of the 120 looked back;
 * each needs a known last word before the date and its spaces: the cue's last word ("until",
 * "to" of "up to", "on" of "beginning on") or a filler ("the", "mid"), or for "from … to" a dash.
 * lastWord reads that word once from the end, and a regex runs only when its word is there.
 */
const lastWords = (phrases: string[]) => new Set([...phrases.map((p) => p.split(" ").pop() as string), ...FILLER_WORDS]);
const UNTIL_LAST = lastWords(DATE_ROLE_CUES.until);
const SINCE_LAST = lastWords(DATE_ROLE_CUES.since);
const FROM_LAST = lastWords(["from"]);
const TO_LAST = lastWords(["to", "through"]);

/** Whether `before` ends with a dash and spaces (the "-", "–" or "—" of "from May – "). */
function endsWithDash(before: string): boolean {
  let end = before.length;
  while (end > 0 && isRegexSpace(before.charCodeAt(end - 1))) end--;
  const c = codeAt(before, end - 1);
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/** "this year", "this summer", "so far this year": the current period as a whole. */
const THIS_PERIOD = /^(?:so\s+far\s+)?this\s+(?:year|spring|summer|autumn|fall|winter)$/i;
/** A perfect verb ("has killed", "have been displaced", "had met"), then no clause break up to the date (a comma inside "7,000" is none). */
const PERFECT_IN_CLAUSE = /\b(?:has|have|had)\s+(?:been\s+)?[a-z]+\b(?:[^,;:()—–]|,(?=\d))*$/i;

/** Characters looked back for a clause-opening "since". */
const LOOK_BACK = 120;

/**
 * The role of a date in its sentence, from the words before (and right after) it:
 * - "duration": "for" and a counted span ("held for 52 days before her release"), or the
 *   current period in a perfect clause, over which a toll runs ("40 have died this year");
 * - "until": it ends a period ("until Friday", "up to 2025", July in "from May to July");
 * - "since": it starts one ("since October", "ever since 2014", "since the war began in
 *   October", May in "from May to July");
 * - "point" otherwise: the date of what its clause tells.
 * `start`/`end` are offsets of the date in the sentence.
 *
 * @example dateRole("Aid has been blocked since the war began in October.", 44, 51, {kind: "calendar", month: 10}) // "since"
 */
export function dateRole(sentence: string, start: number, end: number, spec: Spec): DateRole {
  const before = sentence.slice(Math.max(0, start - LOOK_BACK), start);
  if (spec.kind === "fromAnchor" && FOR_RIGHT_BEFORE.test(before)) return "duration";
  // "700 people have been displaced this year", "floods have hit the valley twice this summer":
  // the period a toll or a count runs over, not the date of one event.
  // (The short date text is tested first: PERFECT_IN_CLAUSE scans the whole look-back.)
  if ((spec.kind === "fromPublication" || spec.kind === "season") && THIS_PERIOD.test(sentence.slice(start, end)) && PERFECT_IN_CLAUSE.test(before)) return "duration";
  if (!ROLE_WORD.test(before)) return "point";
  const last = lastWordBefore(before, before.length);
  if (UNTIL_LAST.has(last) && UNTIL_RIGHT_BEFORE.test(before)) return "until";
  if (SINCE_LAST.has(last) && SINCE_RIGHT_BEFORE.test(before)) return "since";
  if (FROM_LAST.has(last) && FROM_RIGHT_BEFORE.test(before) && RANGE_AFTER.test(sentence.slice(end, end + 12))) return "since";
  if ((TO_LAST.has(last) || endsWithDash(before)) && TO_AFTER_FROM.test(before)) return "until";
  return opensSinceClause(before) ? "since" : "point";
}

/** Whether the last "since" before the date opens the clause the date is in (no comma or new clause between). */
function opensSinceClause(before: string): boolean {
  let after = -1;
  SINCE_ANYWHERE.lastIndex = 0;
  for (let m = SINCE_ANYWHERE.exec(before); m; m = SINCE_ANYWHERE.exec(before)) after = m.index + m[0].length;
  return after >= 0 && !CLAUSE_TURN.test(before.slice(after));
}
