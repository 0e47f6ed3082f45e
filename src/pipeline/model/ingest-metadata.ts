/**
 * Built-in word lists for stage 01's metadata detection (data only; rules in
 * src/pipeline/ingest/metadata.ts and src/pipeline/ingest/dates.ts).
 */

/** Month names and abbreviations → month number (1–12). Lower case. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12
};

/** Weekday names and abbreviations, ignored when judging whether a line is "just a date". */
export const WEEKDAYS: readonly string[] = [
  "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
  "friday", "fri", "saturday", "sat", "sunday", "sun"
];

/**
 * Words that may sit on a date line besides the date ("Published: 8 Jun 2023, 09:15 GMT",
 * "Updated on …"). Lower case.
 */
export const DATE_LINE_WORDS: readonly string[] = [
  "published", "updated", "posted", "last", "first", "modified", "date", "on", "at", "am", "pm", "a.m.", "p.m.",
  "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "idt", "ist", "et", "est", "edt", "ct", "cst", "cdt",
  "pt", "pst", "pdt", "mt", "mst", "mdt", "ast", "gst", "local", "time"
];

/** Date lines carrying one of these words give the last-updated time, not the publication date. */
export const UPDATED_WORDS: readonly string[] = ["updated", "modified", "last updated", "edited"];

/** A date line may keep at most this many other words (a byline: "By Jane Doe | 15 Nov 2024"). */
export const DATE_LINE_MAX_OTHER_WORDS = 6;

/** How many lines from the top / bottom of an article are searched for datelines and URL lines. */
export const META_TOP_LINES = 20;
export const META_BOTTOM_LINES = 8;

/** Front-matter keys, in order of preference, for each metadata field (lower case). */
export const FRONT_MATTER_KEYS = {
  title: ["title", "headline", "name"],
  published: ["published", "date", "published_at", "publishedat", "pubdate", "pub_date", "date_published", "datepublished", "created", "created_at"],
  outlet: ["outlet", "source", "publisher", "site", "site_name", "sitename", "publication", "media"],
  url: ["url", "link", "canonical", "canonical_url", "source_url", "permalink"]
} as const;

/** HTML meta names/properties that carry the publication date, in order of preference. */
export const HTML_DATE_META: readonly string[] = [
  "article:published_time",
  "og:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "parsely-pub-date",
  "sailthru.date",
  "article.published"
];

/**
 * Words of a class or id (split at "-", "_" and spaces, lower case) that mark an element as the
 * page's date stamp ("<span class="date">", "article-timestamp", "publish-date"). A `<time>`
 * element is one whatever its class.
 */
export const DATE_ELEMENT_CLASS_WORDS: readonly string[] = [
  "date", "dates", "time", "timestamp", "datetime", "pubdate", "publishdate", "published", "dateline", "posted", "publish"
];

/** Class or id words that mark a date stamp as the last-updated time, not the publication date. */
export const DATE_ELEMENT_UPDATED_WORDS: readonly string[] = ["updated", "modified", "update", "edited", "lastmod"];

/** A date stamp element is short: its text has fewer characters than this. */
export const DATE_ELEMENT_MAX_CHARS = 60;

/**
 * Words right before a date in a byline that make it a date of the author's own story, not the page's
 * publication date: "our Kyiv correspondent since 24 February 2022", "who covered the 12 June 2019 floods".
 * Lowercase.
 */
export const BYLINE_DATE_STORY_WORDS: readonly string[] = ["since", "in", "of", "from", "covered", "until", "after", "before", "during", "joined"];
