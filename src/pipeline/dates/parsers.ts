import type {Parser, ParsingContext} from "chrono-node";
import {COUNTED_NOUNS, NUMBER_WORDS, QUANTITY_BEFORE_OF, SEASON_PREPOSITIONS, SEASONS, YEAR_EVENT_NOUNS} from "../model/date-cues.ts";
import {PREFIX_HEDGES} from "../model/hedges.ts";
import type {Spec, Unit} from "./spec.ts";
import {tagSpec} from "./tags.ts";

/**
 * Custom chrono parsers for the relative phrases news copy uses and chrono gets wrong or misses.
 * Each result carries its meaning as a Spec in a tag (see `tags.ts`); no dates are computed here.
 */

/** Tens and units words of NUMBER_WORDS, for compounds: "twenty-five days after". */
const TENS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w] >= 20 && NUMBER_WORDS[w] % 10 === 0);
const UNITS = Object.keys(NUMBER_WORDS).filter((w) => /^[a-z]+$/.test(w) && NUMBER_WORDS[w] >= 1 && NUMBER_WORDS[w] <= 9 && w !== "a" && w !== "an" && w !== "couple");
const NUMBER_ALT = `\\d{1,3}|(?:${TENS.join("|")})[-\\s](?:${UNITS.join("|")})|` + Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join("|");
const UNIT_ALT = "days?|weeks?|months?|years?";

/** "yesterday", "today", "tonight", "last night", "this morning", "the day before yesterday". */
const CASUAL_DAY = /\b(the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b/i;
const CASUAL_DAY_OFFSET: Record<string, number> = {
  "the day before yesterday": -2, "the day after tomorrow": 2, yesterday: -1, "last night": -1, tomorrow: 1
};

/** "last week", "this month", "earlier this year", "next year", "later this week". */
const UNIT_FROM_PUBLICATION = /\b(?:(earlier|later|early|late)\s+)?(last|this|next)\s+(week|month|year)\b/i;

/** "three days ago", "a year ago", "10 days ago". */
const UNITS_AGO = new RegExp(`\\b(${NUMBER_ALT})\\s+(${UNIT_ALT})\\s+ago\\b`, "i");

/**
 * "the next day", "the following week", "the previous month", "the day before", "that day",
 * "later that month", "the same year", "the same afternoon", "earlier in the day" (the day of the date before it:
 * "Crews reached the village on Friday. Earlier in the day, the river had burst its banks").
 * A part of the day counts as its day: "The levee broke on Friday. Residents were warned only
 * the night before" is Thursday. "on the first night" after a dated seizure or arrival is that day: "The crew
 * was seized on 4 May. Two sailors slipped away on the first night" is 4 May ("the first night of the festival" names
 * its own event, and "on the first night they met" a clause of its own: neither is read). Not "the first day",
 * which more often names the first day of a period the sentence speaks of ("the rebels would free ten captives on
 * the first day" of a truce still to be agreed).
 */
const ANCHOR_PHRASE = /\b(?:the\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)|the\s+(day|night|evening|morning|afternoon|week|month|year)\s+(before|after)(?!\s+(?:that|which|whose|whom|who|when|where)\b)|(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(day|morning|afternoon|evening|night|week|month|year)|(?<=\b(?:on|during)\s+)the\s+first\s+(night)(?!\s+of\b|\s+(?:he|she|they|we|I|you|it)\b)|(?:later|earlier)\s+in\s+the\s+(day))\b/i;

/** "a day later", "two weeks after", "three days earlier", "10 months before". */
const UNITS_AFTER = new RegExp(`\\b(${NUMBER_ALT})\\s+(${UNIT_ALT})\\s+(later|after|earlier|before)\\b`, "i");

function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith("week")) return "week";
  if (w.startsWith("month")) return "month";
  if (w.startsWith("year")) return "year";
  return "day";
}

function numberOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (/^\d+$/.test(w)) return Number(w);
  const known = NUMBER_WORDS[w];
  if (known !== undefined) return known;
  // "twenty-five", "thirty two": tens then units (NUMBER_ALT matches only those).
  const parts = w.split(/[- ]/);
  return parts.length === 2 && NUMBER_WORDS[parts[0]] !== undefined && NUMBER_WORDS[parts[1]] !== undefined ? NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] : null;
}

/**
 * What one of our parsers found: where, as written, and what it means. Pure (no chrono objects),
 * so the same code serves chrono (`NEWS_PARSERS`) and the light path of `light-chrono.ts`.
 */
export interface OwnMatch {
  index: number;
  text: string;
  spec: Spec;
}

/**
 * One of our parsers as chrono runs it: a regex, and what a match means (null: not a date, and
 * chrono tries again one character further).
 */
export interface OwnParser {
  pattern: RegExp;
  /**
   * A cheaper regex every match of `pattern` contains, for the light path to skip a text without
   * it: "three days ago" needs " ago". Most texts with a unit word ("two days", "last year") have
   * none, and `pattern`, tried at every word, costs several times more to fail.
   */
  needs?: RegExp;
  extract(text: string, match: RegExpExecArray): OwnMatch | null;
}

const own = (match: RegExpExecArray, spec: Spec): OwnMatch => ({index: match.index, text: match[0], spec});

/**
 * Whether a count starts inside a longer number: chrono tries a pattern again one character on
 * after a null, so "498 days after" refused as too long a count would come back as "98 days after".
 */
function insideNumber(text: string, index: number): boolean {
  const c = index > 0 ? text.charCodeAt(index - 1) : 0;
  return (c >= 48 && c <= 57) || c === 44 || c === 46;
}

/**
 * "today's" or "tonight's" before a capitalised word: "today's Europe", "the Russia of today's
 * Kremlin" name the present era, not the day ("today's vote" stays a date).
 */
const POSSESSIVE_BEFORE_NAME = /^['’]s\s+[A-Z]/;

/**
 * A capitalised word then a space right before a capitalised "Today"/"Tonight": a title ("USA
 * Today", "the Morning Today show"), not the day. Sentence-initial "Today" and "Today" after a
 * quote mark or a comma have no such word.
 */
const NAME_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}.]*\s$/u;

const casualDay: OwnParser = {
  pattern: CASUAL_DAY,
  extract(text, match) {
    const after = match.index + match[0].length;
    if (POSSESSIVE_BEFORE_NAME.test(text.slice(after, after + 4))) return null;
    const first = match[0].charCodeAt(0);
    if (first >= 65 && first <= 90 && NAME_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) return null;
    const n = CASUAL_DAY_OFFSET[match[1].toLowerCase().replace(/\s+/g, " ")] ?? 0;
    return own(match, {kind: "fromPublication", unit: "day", n});
  }
};

const unitFromPublication: OwnParser = {
  pattern: UNIT_FROM_PUBLICATION,
  needs: /(?:last|this|next)\s+(?:week|month|year)\b/i,
  extract(_text, match) {
    const dir = match[2].toLowerCase();
    const n = dir === "last" ? -1 : dir === "next" ? 1 : 0;
    return own(match, {kind: "fromPublication", unit: unitOf(match[3]), n});
  }
};

const unitsAgo: OwnParser = {
  pattern: UNITS_AGO,
  needs: /\sago\b/i,
  extract(text, match) {
    if (insideNumber(text, match.index)) return null;
    const n = numberOf(match[1]);
    if (n === null || n > 200) return null;
    return own(match, {kind: "fromPublication", unit: unitOf(match[2]), n: -n});
  }
};

const anchorPhrase: OwnParser = {
  pattern: ANCHOR_PHRASE,
  extract(_text, match) {
    // "the following week" names a week, not a day: `vague` keeps it at month precision.
    if (match[1]) {
      const dir = match[1].toLowerCase();
      const back = dir === "previous" || dir === "preceding";
      const unit = unitOf(match[2]);
      return own(match, {kind: "fromAnchor", unit, n: back ? -1 : 1, vague: unit === "week"});
    }
    if (match[3]) {
      const back = match[4].toLowerCase() === "before";
      const unit = unitOf(match[3]);
      return own(match, {kind: "fromAnchor", unit, n: back ? -1 : 1, vague: unit === "week"});
    }
    // `vague` written even when unset: every "fromAnchor" spec then has one object shape, and
    // code reading specs (markFuture, resolveSpec) is not deoptimised by a second one.
    // "on the first night": `vague: false` marks a first night, which find.ts never reads as "the same day" (see sameDay).
    if (match[6]) return own(match, {kind: "fromAnchor", unit: "day", n: 0, vague: false});
    return own(match, {kind: "fromAnchor", unit: unitOf(match[5] ?? match[7]), n: 0, vague: undefined});
  }
};

const unitsAfter: OwnParser = {
  pattern: UNITS_AFTER,
  needs: new RegExp(`(?:${UNIT_ALT})\\s+(?:later|after|earlier|before)\\b`, "i"),
  extract(text, match) {
    if (insideNumber(text, match.index)) return null;
    const n = numberOf(match[1]);
    if (n === null || n > 200) return null;
    const back = /^(earlier|before)$/i.test(match[3]);
    return own(match, {kind: "fromAnchor", unit: unitOf(match[2]), n: back ? -n : n, vague: undefined});
  }
};

/**
 * A season as a date: "last summer", "this past winter", "earlier this spring", "next autumn",
 * "over the coming winter", "in summer 2023" (with its year: that year). Not "the summer of
 * 2023" (the year parser's), nor "the spring of hope", nor a season without a lead naming which
 * one ("spent the summer in hiding", "in the spring"), nor a capitalised name ("the Arab Spring").
 * The regex matches the season word (and a year after it); the lead before it is read back from
 * the text (SEASON_LEAD): a regex opening with optional words is tried at every character of
 * every window, one opening with the season word only where one of five words starts.
 */
const SEASON = new RegExp(`\\b(${Object.keys(SEASONS).join("|")})\\b(?:\\s+((?:19|20)\\d{2})(?![\\d%]|[,.]\\d))?(?!\\s+of\\b)`);
/** What may stand before a season, up to it. Groups: preposition, "the", past/coming, early/late, last/this/next. */
const SEASON_LEAD = new RegExp(
  `(?:\\b(${SEASON_PREPOSITIONS.join("|")})\\s+(?:(the)\\s+(?:(past|coming)\\s+)?)?)?(?:\\b(early|late|earlier|later)\\s+)?(?:\\b(last|this\\s+past|this|next|past)\\s+)?$`,
  "i"
);
/** Prepositions "the fall" does not take as a season: "after the fall", "since the fall" are more often a tumble. */
const FALL_REFUSES = new Set(["after", "before", "since", "over", "through", "throughout", "till"]);

const season: OwnParser = {
  pattern: SEASON,
  extract(text, match) {
    const [whole, name, yearText] = match;
    const lead = SEASON_LEAD.exec(text.slice(Math.max(0, match.index - 40), match.index)) as RegExpExecArray;
    const [before, prep, , pastOrComing, , dirWord] = lead;
    const dirText = dirWord ? dirWord.toLowerCase().replace(/\s+/g, " ") : pastOrComing ? pastOrComing.toLowerCase() : undefined;
    // A lead that names which season ("last", "this past", "next") or a year: "in the spring"
    // alone is left out, often the time of a told story ("he said that in the spring a guard …").
    if (!dirText && !yearText) return null;
    if (name === "fall" && prep && FALL_REFUSES.has(prep.toLowerCase())) return null;
    // The preposition stays out of the date ("in the spring" → "the spring"), as for a year.
    const cut = prep ? before.length - before.slice(prep.length).trimStart().length : 0;
    const found = {index: match.index - before.length + cut, text: before.slice(cut) + whole};
    if (yearText) return {...found, spec: {kind: "calendar", year: Number(yearText), modifier: name}};
    const dir = dirText === "last" || dirText === "this past" || dirText === "past" ? "last" : dirText === "this" ? "this" : dirText === "next" || dirText === "coming" ? "next" : undefined;
    const {start, end} = SEASONS[name];
    return {...found, spec: dir ? {kind: "season", start, end, dir} : {kind: "season", start, end}};
  }
};

/**
 * A year standing alone as a date: "in 2023", "since 2014", "mid-2022", "the end of 2021",
 * "the 2020 election", "a 1998 bombing", "the war of 2020". The year must not be followed by more digits, a percent sign or a
 * counted noun, so "in 2023 people" style counts (rare; written "2,023") do not slip in.
 */
const YEAR_IN_CONTEXT = /\b(in|since|by|until|till|from|through|throughout|during|before|after|around|circa|between|early|mid|late|(?:the\s+)?(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|first\s+half|second\s+half)\s+of|the|a|of|(?:the|a)\s+[a-z]+(?:-[a-z]+)?)[\s-]+((?:19|20)\d{2})(?![\d,.%]*\d)(?!\s*(?:%|percent|per\s+cent|people|persons|soldiers|civilians|troops|homes|houses|residents|dollars|euros|pounds|rubles|roubles|and\s+(?!(?:19|20)\d{2}(?![\d,.%]*\d))\d))\b/i;
/** The lowercase word after "the 2020", past up to three capitalised words ("the 1999 Izmit earthquake"). */
const NOUN_AFTER_YEAR = /^\s+(?:[A-Z][A-Za-z'’.-]*\s+){0,3}([a-z][a-z-]*)/;
const COUNTED = new Set(COUNTED_NOUNS);
const EVENT_NOUNS = new Set(YEAR_EVENT_NOUNS);
const HAS_SPACE = /\s/;
/** Up to three lowercase words after "the disputed 2019" ("presidential election"). */
const WORDS_AFTER_YEAR = /^\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?(?:\s+([a-z][a-z-]*))?/;
/** The lowercase word right before "of" (the year parser's match starts at "of"). */
const WORD_BEFORE_OF = /(?:^|[^\p{L}])(\p{Ll}+)\s+$/u;
const QUANTITY_OF = new Set(QUANTITY_BEFORE_OF);
/** Words ending in "s" after "the war of 2020" that are not plural nouns. */
const NOT_PLURAL = new Set(["does", "this", "thus", "plus", "ends", "goes", "lies", "sees", "gives", "means", "remains", "seems"]);
const YEAR_KEEP_MODIFIER = /^(early|mid|late|(?:the\s+)?(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|first\s+half|second\s+half)\s+of)$/i;

/**
 * Count hedges as an article and one word: those of PREFIX_HEDGES that open with "a" or "the"
 * ("a further", "a record", "a mere", "a total" of "a total of") and one-word hedges after either
 * ("the estimated"). "a further 2000 attacks" counts attacks; it dates none.
 */
const ARTICLE_HEDGES = new Set(
  PREFIX_HEDGES.map((h) => h.split(/\s+/)).flatMap((w) =>
    w.length === 1 ? [`a ${w[0]}`, `the ${w[0]}`] : w[0] === "a" || w[0] === "the" ? [`${w[0]} ${w[1]}`] : []
  )
);

/** Whether one of the first three lowercase words of `after` is an event noun ("presidential election"). */
function eventNounAfter(after: string): boolean {
  const words = WORDS_AFTER_YEAR.exec(after);
  if (!words) return false;
  for (let k = 1; k <= 3; k++) if (words[k] !== undefined && EVENT_NOUNS.has(words[k])) return true;
  return false;
}

const yearInContext: OwnParser = {
  pattern: YEAR_IN_CONTEXT,
  needs: /[\s-](?:19|20)\d{2}/,
  extract(text, match) {
    const lead = match[1];
    const whole = match[0];
    const year = Number(match[2]);
    // "between 2019 and 2021" is a span, not its first year ("in 2020 and 2021" is two years: YEAR_IN_LIST).
    if (lead.toLowerCase() === "between" && AND_YEAR_AFTER.test(text.slice(match.index + whole.length, match.index + whole.length + 12))) return null;
    const keep = YEAR_KEEP_MODIFIER.test(lead.replace(/\s+/g, " "));
    const offset = keep ? 0 : whole.length - match[2].length;
    const spec: Spec = {kind: "calendar", year};
    if (keep) spec.modifier = lead.toLowerCase().replace(/\s+/g, " ");
    // "the 2020 election", "the 1999 Izmit earthquake", "a 1998 bombing" need a following
    // lowercase noun, maybe after a name or two; "the 2020" alone is not a date, nor a count
    // ("the 2000 Ukrainian prisoners", "a 2000 km pipeline").
    const article = lead.toLowerCase();
    // "the disputed 2019 presidential election", "a failed 2021 coup": a word between the article
    // and the year, so an event noun must follow ("the remaining 2000 prisoners" is a count).
    if (!keep && HAS_SPACE.test(article)) {
      if (ARTICLE_HEDGES.has(article.replace(/\s+/, " ")) || !eventNounAfter(text.slice(match.index + whole.length, match.index + whole.length + 50))) return null;
    } else if (article === "the" || article === "a") {
      const noun = NOUN_AFTER_YEAR.exec(text.slice(match.index + whole.length, match.index + whole.length + 80));
      if (!noun || COUNTED.has(noun[1].toLowerCase())) return null;
    }
    // "the war of 2020", "the floods of 1998" need a lowercase noun before "of" that is not a
    // quantity ("a total of 2000", "out of 2000").
    if (article === "of") {
      const noun = WORD_BEFORE_OF.exec(text.slice(Math.max(0, match.index - 30), match.index));
      if (!noun || QUANTITY_OF.has(noun[1])) return null;
      // "a convoy of 2000 trucks": a plural noun right after counts it.
      const next = NOUN_AFTER_YEAR.exec(text.slice(match.index + whole.length, match.index + whole.length + 40));
      if (next && next[0].length === next[1].length + 1 && (COUNTED.has(next[1]) || (next[1].length > 3 && next[1].endsWith("s") && !NOT_PLURAL.has(next[1])))) return null;
    }
    return {index: match.index + offset, text: whole.slice(offset), spec};
  }
};

/** "and 2021" right after a year ("between 2019 and 2021"). */
const AND_YEAR_AFTER = /^\s+and\s+(?:19|20)\d{2}\b/;

/**
 * A year in a list of years after "in" or "during": "treated in 2020 and 2021", "in 2019, 2020 or 2021". The pattern
 * matches a separator (a comma, "and", "or") and the year after it; the text before it must be the list so far, opened
 * by "in"/"during" (extract reads the whole text: chrono's loop runs the pattern on the rest after each match). The
 * first year is yearInContext's. Not "between 2019 and 2021" (a span), "in 2020 and 2021 people" (a count after), nor
 * a list that no "in"/"during" opens ("scored 2019 and 2020 points").
 */
const YEAR_IN_LIST = /(?:,|\b(?:and|or))\s+((?:19|20)\d{2})(?![\d,.%]*\d)\b/i;
/** The list so far, right before the separator: "in 2019", "during 2019, 2020,". */
const YEAR_LIST_LEAD = /\b(?:in|during)\s+(?:19|20)\d{2}(?:\s*,\s*(?:19|20)\d{2})*,?\s*$/i;
/** A count after the last year: "in 2020 and 2021 people fled" counts people. */
const COUNTED_AFTER = new RegExp(`^\\s*(?:%|percent\\b|per\\s+cent\\b|(?:${COUNTED_NOUNS.join("|")})\\b)`, "i");

const yearInList: OwnParser = {
  pattern: YEAR_IN_LIST,
  needs: /(?:,|and|or)\s+(?:19|20)\d{2}/i,
  extract(text, match) {
    if (!YEAR_LIST_LEAD.test(text.slice(Math.max(0, match.index - 60), match.index))) return null;
    const yearText = match[1];
    const index = match.index + match[0].length - yearText.length;
    if (COUNTED_AFTER.test(text.slice(index + 4, index + 30))) return null;
    return {index, text: yearText, spec: {kind: "calendar", year: Number(yearText)}};
  }
};

/**
 * A day of the month alone after a preposition: "on the 15th", "by the 3rd", "since the 21st".
 * Only when nothing but a clause word or punctuation follows: "the 15th century", "the 20th
 * anniversary", "on the 3rd floor" are not dates, and "the 7th of October" is chrono's.
 */
const DAY_OF_MONTH = /\b(?:on|by|until|till|since|from|before|after)\s+(the\s+(\d{1,2})(?:st|nd|rd|th))\b(?=\s*$|\s*[,.;:!?)\]—–-]|\s+(?:and|or|when|as|after|before|at|in|the|to|with|while|but|amid|during|following|this|that|of\s+(?:this|that|the|last|next)\s+month)\b)/i;

const dayOfMonth: OwnParser = {
  pattern: DAY_OF_MONTH,
  extract(_text, match) {
    const day = Number(match[2]);
    if (day < 1 || day > 31) return null;
    return {index: match.index + match[0].length - match[1].length, text: match[1], spec: {kind: "dayOfMonth", day}};
  }
};

/**
 * Our results carry fixed certain calendar fields so chrono's refiners treat them as dates, not
 * as times to glue onto a neighbouring date ("7 October" + "last year" would merge). The values
 * are never read: the Spec in the tag is the meaning.
 */
const PLACEHOLDER = {year: 2000, month: 1, day: 1};
/**
 * chrono's own tag for relative results: its weekday merger then leaves ours alone (it would
 * otherwise glue "Sunday," onto "three days ago" and keep our placeholder fields).
 */
const RELATIVE_TAG = "result/relativeDate";

/** One of our parsers as a chrono Parser: the match becomes a result tagged with its Spec. */
function asChronoParser(parser: OwnParser): Parser {
  return {
    pattern: () => parser.pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const found = parser.extract(context.text, match as RegExpExecArray);
      if (!found) return null;
      const r = context.createParsingResult(found.index, found.text, PLACEHOLDER);
      r.addTag(RELATIVE_TAG);
      return tagSpec(r, found.spec);
    }
  };
}

/** The relative parser for "yesterday", "tonight", "last night", "this morning" (no counted unit). */
export const OWN_CASUAL_DAY_PARSERS: OwnParser[] = [casualDay];
/** The relative parsers that need a unit word: "last week", "three days ago", "the next day", "a year later". */
export const OWN_UNIT_PARSERS: OwnParser[] = [unitFromPublication, unitsAgo, anchorPhrase, unitsAfter, season];
/** The parser for a year standing alone. */
export const OWN_YEAR_PARSERS: OwnParser[] = [yearInContext, yearInList];
/** The parser for a day of the month alone ("on the 15th"). */
export const OWN_DAY_OF_MONTH_PARSERS: OwnParser[] = [dayOfMonth];

/** Custom parsers for relative phrases, in priority order (earlier wins ties in chrono's overlap removal). */
export const RELATIVE_PARSERS: Parser[] = [...OWN_CASUAL_DAY_PARSERS, ...OWN_UNIT_PARSERS].map(asChronoParser);
/** The relative parser for "yesterday", "tonight", "last night", "this morning" (no counted unit). */
export const CASUAL_DAY_PARSERS: Parser[] = RELATIVE_PARSERS.slice(0, 1);
/** The relative parsers that need a unit word: "last week", "three days ago", "the next day", "a year later". */
export const UNIT_PARSERS: Parser[] = RELATIVE_PARSERS.slice(1);
/** Custom parser for a year standing alone. */
export const YEAR_PARSERS: Parser[] = OWN_YEAR_PARSERS.map(asChronoParser);
/** Custom parser for a day of the month alone. */
export const DAY_OF_MONTH_PARSERS: Parser[] = OWN_DAY_OF_MONTH_PARSERS.map(asChronoParser);
/** Every custom parser. */
export const NEWS_PARSERS: Parser[] = [...RELATIVE_PARSERS, ...YEAR_PARSERS, ...DAY_OF_MONTH_PARSERS];
