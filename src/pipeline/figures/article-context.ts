/**
 * What a release means in this article when a sentence itself has no hostage or prisoner word:
 * "Russian mediation secured the release of two dual nationals" in a story about hostages is a hostage
 * release; in a story about a prisoner exchange, a prisoner release. Decided once per article by which
 * family of words (model/figure-categories.ts HOSTAGE_CONTEXT / PRISONER_CONTEXT) occurs more often, unless
 * the lead has an armed group freeing people (a hostage release).
 */
import type {FigureCategory} from "../types.ts";
import {HOSTAGE_CONTEXT, PRISONER_CONTEXT} from "../model/figure-categories.ts";
import {phraseRegex} from "./regex.ts";
import {captorRelease} from "./captor-release.ts";
import {countHijackHostage} from "./hijack.ts";

const HOSTAGE = phraseRegex(HOSTAGE_CONTEXT, "gi");
const PRISONER = phraseRegex(PRISONER_CONTEXT, "gi");
/** A swap of captives, not of fire or views: "prisoner swap", "exchange of prisoners", "in an exchange". */
const SWAP_WORDS = /\b(?:(?:prisoner|detainee|POW)s?[ \t]+(?:swap|exchange)|(?:swap|exchange)[ \t]+of[ \t]+(?:prisoners|detainees|captives|POWs)|in[ \t]+(?:an|a|the)[ \t]+(?:swap|exchange))\b/i;
/** A day count in digits told as a captivity: "563 days in (Hamas) captivity", "of captivity", "in the hands of", "held for 563 days". */
const STATED_DAYS = /\b(\d{1,3}(?:,\d{3})+|\d+)[ \t]+days[ \t]+(?:in[ \t]+(?:[A-Z][\w-]*[ \t]+)?captivity|of[ \t]+captivity|in[ \t]+the[ \t]+hands[ \t]+of)\b|\bheld[ \t]+(?:hostage[ \t]+|captive[ \t]+)?for[ \t]+(\d{1,3}(?:,\d{3})+|\d+)[ \t]+days\b/g;
/** Words counted at most this far into the article: the lead decides what the story is about. */
const SCAN = 20000;
/** How far the lead reaches when it names who freed people (the headline and the first paragraphs). */
const LEAD = 1200;

/**
 * Matches of the global `re` in `text`. `test` moves lastIndex exactly as `exec` does (and every phrase of the
 * lists is at least one character, so the scan always moves on) without building a match array per word (up to
 * 20,000 characters of an article are counted).
 */
function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.test(text)) n++;
  return n;
}

/**
 * The release category for sentences without context words, or undefined when the article has
 * neither family of words (or as many of each).
 *
 * @example articleRelease("Hamas freed two hostages. … the release of two women") // "hostages_released"
 */
export function articleRelease(text: string): FigureCategory | undefined {
  // "A gang has released the two engineers" in the lead: the story is a hostage release, however many prisons or
  // custody words it names later (not a swap: "the militia freed 30 prisoners in a swap" is an exchange).
  const lead = text.length > LEAD ? text.slice(0, LEAD) : text;
  if (captorRelease(lead) && !SWAP_WORDS.test(lead)) return "hostages_released";
  const t = text.length > SCAN ? text.slice(0, SCAN) : text;
  const h = count(HOSTAGE, t) + countHijackHostage(t);
  const p = count(PRISONER, t);
  if (h === p) return undefined;
  return h > p ? "hostages_released" : "prisoners_released";
}

/**
 * articleRelease of one article, counted on first use: only figures with a generic head in a sentence
 * without hostage or prisoner words ask for it, so most articles never pay for the two counts.
 *
 * @example new ArticleRelease("Hamas freed two hostages.").get() // "hostages_released"
 */
export class ArticleRelease {
  private readonly text: string;
  private done = false;
  private value: FigureCategory | undefined = undefined;

  constructor(text: string) {
    this.text = text;
  }

  private swapState = -1;

  /** Whether the article's lead speaks of a prisoner swap or exchange ("in a swap", "prisoner exchange"). */
  swap(): boolean {
    if (this.swapState < 0) this.swapState = SWAP_WORDS.test(this.text.length > SCAN ? this.text.slice(0, SCAN) : this.text) ? 1 : 0;
    return this.swapState === 1;
  }

  private stated: ReadonlySet<number> | null = null;

  /**
   * The day counts the article states as a captivity ("after 563 days in captivity", "held for 563 days", "20 days
   * in the hands of …"), in digits: a later "no one had seen him in 563 days" restates one of them.
   *
   * @example new ArticleRelease("freed after 40 days in captivity").statedDays().has(40) // true
   */
  statedDays(): ReadonlySet<number> {
    if (this.stated === null) {
      const out = new Set<number>();
      const t = this.text.length > SCAN ? this.text.slice(0, SCAN) : this.text;
      STATED_DAYS.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = STATED_DAYS.exec(t)) !== null) out.add(Number((m[1] ?? m[2]).replace(/,/g, "")));
      this.stated = out;
    }
    return this.stated;
  }

  get(): FigureCategory | undefined {
    if (!this.done) {
      this.value = articleRelease(this.text);
      this.done = true;
    }
    return this.value;
  }
}
