/**
 * Built-in word lists for stage 01's boilerplate rules (data only; the rules are in
 * src/pipeline/ingest/boilerplate.ts). Every entry is lower case. A line is compared
 * after lower-casing, collapsing spaces and dropping trailing punctuation/arrows, so
 * "ADVERTISEMENT", "Advertisement:" and "Read more »" all hit.
 */

/** Whole lines that are page chrome, never article prose ("Advertisement", "Back to top"). */
export const BOILERPLATE_LINES: readonly string[] = [
  "advertisement",
  "advertising",
  "ad",
  "ads",
  "sponsored",
  "sponsored content",
  "paid content",
  "promoted",
  "promoted content",
  "story continues below advertisement",
  "article continues below",
  "continue reading below",
  "continue reading",
  "continue reading the main story",
  "skip to content",
  "skip to main content",
  "skip to navigation",
  "jump to content",
  "back to top",
  "back to top button",
  "scroll to top",
  "go to top",
  "top of page",
  "source link",
  "original url",
  "original link",
  "source url",
  "read more",
  "read next",
  "read also",
  "see also",
  "more",
  "show more",
  "load more",
  "view more",
  "more stories",
  "more news",
  "more from",
  "related",
  "related articles",
  "related article",
  "related stories",
  "related news",
  "related content",
  "related topics",
  "recommended",
  "recommended stories",
  "recommended for you",
  "you may also like",
  "you might also like",
  "most read",
  "most popular",
  "most viewed",
  "trending",
  "trending now",
  "top stories",
  "latest news",
  "latest stories",
  "editor's picks",
  "share",
  "share this",
  "share this article",
  "share this story",
  "share this page",
  "share article",
  "share on facebook",
  "share on twitter",
  "share on x",
  "share on whatsapp",
  "share via email",
  "copy link",
  "link copied",
  "copied",
  "tweet",
  "email",
  "print",
  "print this article",
  "comments",
  "comment",
  "view comments",
  "leave a comment",
  "show comments",
  "hide comments",
  "subscribe",
  "subscribe now",
  "sign up",
  "sign in",
  "log in",
  "login",
  "register",
  "menu",
  "close",
  "search",
  "loading",
  "loading...",
  "listen to this article",
  "listen",
  "play video",
  "watch",
  "watch video",
  "watch live",
  "click to expand",
  "click here",
  "toggle navigation",
  "accept",
  "accept all",
  "accept cookies",
  "reject all",
  "manage cookies",
  "cookie settings",
  "privacy policy",
  "terms of use",
  "terms of service",
  "all rights reserved",
  "follow us",
  "tags",
  "topics",
  "filed under",
  "newsletter",
  "sign up for our newsletter",
  "get the app",
  "download the app",
  "advertisement - scroll to continue",
  "scroll to continue with content",
  "save",
  "save article",
  "listen to article",
  "listen to this story",
  "report an error",
  "report a correction",
  "sign up here"
];

/**
 * Section labels a page prints alone on a line above the headline ("Europe", "World",
 * "Business"): the first line of an article, followed by the headline, is dropped when it is
 * one of these (rule "section_label"), compared as lineKey compares ("U.S." → "u.s").
 * Broad desks and regions only; a topic tag ("Floods in Spain") is not a section.
 */
export const SECTION_LABELS: readonly string[] = [
  "world",
  "world news",
  "international",
  "national",
  "local",
  "europe",
  "uk",
  "us",
  "u.s",
  "americas",
  "latin america",
  "north america",
  "asia",
  "asia pacific",
  "asia-pacific",
  "africa",
  "middle east",
  "middle east and africa",
  "australia",
  "politics",
  "business",
  "economy",
  "markets",
  "finance",
  "tech",
  "technology",
  "science",
  "health",
  "environment",
  "climate",
  "sport",
  "sports",
  "culture",
  "arts",
  "entertainment",
  "lifestyle",
  "travel",
  "opinion",
  "analysis",
  "comment",
  "commentary",
  "editorial",
  "explainer",
  "exclusive",
  "investigation",
  "news",
  "latest",
  "breaking",
  "breaking news",
  "live",
  "in pictures",
  "society",
  "conflict",
  "defence",
  "defense",
  "security",
  "crime",
  "justice",
  "law",
  "education",
  "diplomacy"
];

/** Reading-time badges ("5 min read", "3 minute read"): a number plus one of these. */
export const READ_TIME_SUFFIXES: readonly string[] = ["min read", "mins read", "minute read", "minutes read"];

/**
 * Line starts that mark a prompt, a teaser or a cookie notice ("Read more: …", "Follow us on …",
 * "We use cookies …"). Only lines of at most `BOILERPLATE_PREFIX_MAX_WORDS` words are tested,
 * so a long paragraph of prose that happens to start with "Related" survives.
 */
export const BOILERPLATE_PREFIXES: readonly string[] = [
  "read more:",
  "read more at",
  "read more about",
  "read also:",
  "read next:",
  "also read:",
  "see also:",
  "related:",
  "related article:",
  "related articles:",
  "related story:",
  "related stories:",
  "related news:",
  "more on this story",
  "more on this topic",
  "recommended:",
  "watch:",
  "watch more:",
  "listen:",
  "follow us",
  "follow our",
  "join us on",
  "join our",
  "subscribe to",
  "subscribe for",
  "sign up for",
  "sign up to",
  "sign up now",
  "get our",
  "get the latest",
  "download our",
  "download the",
  "you can share this",
  "share this story",
  "share this article",
  "share on",
  "click here",
  "click to",
  "tap here",
  "checkout latest",
  "check out latest",
  "check out our latest",
  "we use cookies",
  "this website uses cookies",
  "this site uses cookies",
  "by continuing to use",
  "by using this site",
  "by using our site",
  "we value your privacy",
  "your privacy choices",
  "copyright ©",
  "© copyright",
  "all rights reserved",
  "original url:",
  "source link:",
  "source url:",
  "originally published at",
  "this story has been shared",
  "support our journalism",
  "support independent journalism",
  "to continue reading",
  "already a subscriber",
  "become a member",
  "have a news tip",
  "please enable javascript",
  "you need to enable javascript",
  "javascript is disabled",
  "already have an account",
  "our standards:",
  "got a story",
  "send us your"
];

/** Prefix rules apply to short lines only (a teaser line, not a paragraph). */
export const BOILERPLATE_PREFIX_MAX_WORDS = 25;

/**
 * Social networks, for "Follow X on Telegram"-style prompts: a short line that starts with
 * "follow" (or "join") and names one of these is a prompt.
 */
export const SOCIAL_NETWORKS: readonly string[] = [
  "telegram",
  "twitter",
  "x",
  "facebook",
  "instagram",
  "whatsapp",
  "youtube",
  "tiktok",
  "linkedin",
  "threads",
  "bluesky",
  "mastodon",
  "vk",
  "vkontakte",
  "rumble",
  "odysee",
  "google news",
  "flipboard",
  "reddit",
  "viber",
  "signal"
];

/** Separators of navigation/breadcrumb lines ("World News || Latest News || U.S. News", "Home › World › Europe"). */
export const NAV_SEPARATORS: readonly string[] = ["||", "|", "•", "·", "›", "»", ">", "/"];

/** A line splitting into at least this many short items on one separator is navigation. */
export const NAV_MIN_ITEMS = 3;

/** …each item having at most this many words. */
export const NAV_MAX_ITEM_WORDS = 4;

/** Cross-article rule: a line this short (words / chars) seen in enough articles is page chrome. */
export const REPEATED_LINE_MAX_WORDS = 12;
export const REPEATED_LINE_MAX_CHARS = 100;
/** …seen in articles of at least this many different outlets, or this many articles of one outlet. */
export const REPEATED_LINE_MIN_ARTICLES = 3;

/** A paragraph printed again inside one article is dropped when it has at least this many words. */
export const REPEATED_PARAGRAPH_MIN_WORDS = 3;

/** Article.warnings gets a note when boilerplate rules removed at least this share of the characters. */
export const SUBSTANTIAL_REMOVAL_SHARE = 0.15;

/**
 * Words in an HTML element's class or id that name a box of links to other stories or a
 * sign-up box, never the article ("related-stories", "most_read", "alsoRead"). Compared with
 * the class/id lower-cased and without "-", "_" and spaces, so "most-read" is "mostread".
 */
export const LINK_BOX_NAMES: readonly string[] = [
  "related",
  "mostread",
  "mostpopular",
  "mostviewed",
  "mostshared",
  "recommended",
  "recommendation",
  "alsoread",
  "readalso",
  "readmore",
  "seealso",
  "morestories",
  "morenews",
  "trending",
  "newsletter",
  "outbrain",
  "taboola"
];

/**
 * A box named by LINK_BOX_NAMES goes when links hold at least this share of its letters
 * (`<div class="related"><a>Dam bursts</a> <a>Levee holds</a></div>`: 1), or when it is a
 * sign-up box (SIGNUP_BOX_NAMES). A named box of plain prose is a mislabelled article body
 * (`<div class="content with-related-rail">`).
 */
export const LINK_BOX_MIN_SHARE = 0.5;

/**
 * Names (among LINK_BOX_NAMES) of a sign-up box: a line of text and one "Sign up" link or a
 * form, so few of its letters are links (`<div class="newsletter-box">Get our daily edition
 * by email <a>Sign up</a></div>`). Such a box goes when it has a link or a form and at most
 * LINK_BOX_MAX_PROSE_WORDS words.
 */
export const SIGNUP_BOX_NAMES: readonly string[] = ["newsletter"];

/** A sign-up box has at most this many words; more is an article (a newsletter's own edition). */
export const LINK_BOX_MAX_PROSE_WORDS = 60;

/**
 * A box or list holding more than this share of the page's words (outside nav, header, footer
 * and asides) is the article's content, whatever its name or links say: a story that is a list
 * of closed roads, a page whose wrapper is classed "with-related-rail".
 */
export const LINK_BOX_MAX_PAGE_SHARE = 0.5;

/**
 * A list item is "a link" when links hold at least this share of its letters
 * (`<li><a>Floods close schools</a></li>`: 1; `<li>Two bridges closed, <a>map</a></li>`: low).
 */
export const LINK_ITEM_MIN_SHARE = 0.8;

/** A <ul>/<ol> is a list of links when at least this share of its non-empty items are links. */
export const LINK_LIST_MIN_SHARE = 0.75;

/**
 * Words in an HTML element's class or id that name a standfirst (the sentence under the
 * headline: "sub-text", "standfirst", "article-subtitle"), compared as LINK_BOX_NAMES are.
 */
export const STANDFIRST_NAMES: readonly string[] = ["standfirst", "subtitle", "subtext", "subhead", "subheadline", "deck", "dek", "strapline", "summary", "lede", "excerpt", "intro"];

/** Elements that may hold a standfirst (an <h2 class="sub-text">, a <p class="article-dek">). */
export const STANDFIRST_TAGS: readonly string[] = ["h2", "h3", "h4", "p", "div"];

/** A standfirst is a sentence or two: fewer words than this is a label ("Live updates")… */
export const STANDFIRST_MIN_WORDS = 4;
/** …more words than this is the body. */
export const STANDFIRST_MAX_WORDS = 80;

/** A standfirst candidate with at least this share of its letters in links is a teaser link, not a standfirst. */
export const STANDFIRST_MAX_LINK_SHARE = 0.5;

/**
 * A caption line counts as already in the text when a text line of at least this share of its
 * characters is part of it (the caption less a "Share this" button Readability trimmed), so a
 * short line that merely occurs in it ("Rain fell") does not.
 */
export const CAPTION_MIN_KEPT_SHARE = 0.5;

/**
 * Words in an HTML element's class or id that name a headline strip: a ticker or breaking-news
 * bar listing other stories' headlines as plain text (`<ul class="site-ticker"><li>Port strike
 * enters its third day</li><li>9 hurt as bus overturns</li></ul>`), often without links, so the link-box test
 * misses it. Compared as LINK_BOX_NAMES are (nameKey: lower case, "-", "_" and spaces dropped).
 */
export const TICKER_NAMES: readonly string[] = ["ticker", "breaking", "newsflash", "marquee"];

/** A headline strip is short: an element named like one with more words than this is content. */
export const TICKER_MAX_WORDS = 60;
