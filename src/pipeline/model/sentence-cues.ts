/**
 * Cue words that give a line (or sentence) of an article its kind in stage 02.
 * Data only (lowercase unless noted); the matching logic lives in `src/pipeline/sentences/kinds.ts`.
 */

/** A line that starts with one of these is a photo/video credit ("Photo: Jane Doe/Reuters"). */
export const CREDIT_PREFIXES: string[] = [
  "photo:", "photos:", "photo credit:", "image:", "images:", "picture:", "pictures:", "credit:", "credits:",
  "video:", "file photo", "file picture", "file image", "©", "(c) ", "copyright ", "photograph:", "illustration:",
  "screenshot:", "source:"
];

/** A line or sentence containing one of these is a credit ("(AP Photo/Jane Doe)", "Getty Images"). */
export const CREDIT_PHRASES: string[] = [
  "ap photo", "afp photo", "reuters photo", "getty images", "via getty", "afp via", "/ afp", "/afp", "/ reuters",
  "/reuters", "/ ap", "epa-efe", "/ epa", "/epa", "shutterstock", "photo by ", "photo credit", "file photo",
  "image credit", "courtesy of", "photo courtesy", "video grab", "screen grab", "screengrab", "handout photo",
  "/ handout", "/handout", "pool photo", "/ pool", "/pool", "sputnik /", "tass /", "ria novosti /", "anadolu agency /",
  "xinhua /", "(photo:", "(photo by", "(image:", "(video:"
];

/** Lines that are boilerplate when they are the whole line (normalised: lowercase, no punctuation). */
export const BOILERPLATE_LINES: string[] = [
  "advertisement", "advertising", "sponsored", "share", "share this", "share this article", "subscribe", "print",
  "email", "comments", "recommended", "trending", "most read", "loading", "accept", "log in", "login", "register",
  "original url", "source url", "listen", "listen to this article", "watch", "read more", "see also", "related",
  "more", "close", "menu", "search", "home", "skip to content", "cookies", "newsletter", "follow us", "video"
];

/**
 * Line openings that mark boilerplate (normalised, matched on a word boundary, lines under 40 words):
 * "Related article: …", "This article was originally published in …".
 */
export const BOILERPLATE_PREFIXES: string[] = [
  "share this", "share on", "subscribe to", "sign up", "follow us", "follow on", "read more", "read also",
  "see also", "related article", "related articles", "related stories", "related coverage", "more on this",
  "click here", "tap here", "download the", "this article was originally published", "this story was originally published",
  "originally published", "all rights reserved", "leave a comment", "listen to this", "watch the video",
  "you may also like", "skip to", "we use cookies", "join our", "get the latest", "support our", "tags",
  "topics", "filed under", "reporting by", "editing by", "writing by", "additional reporting by",
  "this story has been updated", "this article has been updated", "original url", "source url", "sign in",
  "you can share", "checkout latest", "check out latest", "check out our", "source link", "back to top", "share this story",
  "continue reading", "story continues", "scroll to continue", "open in app", "get our app"
];

/** Sentences ending with one of these are agency sign-offs ("AFP contributed reporting."). */
export const BOILERPLATE_SUFFIXES: string[] = [
  "contributed reporting", "contributed to this report", "contributed to this story", "contributed to this article",
  "all rights reserved"
];

/** Lowercase words that open a byline ("By Jane Doe"). */
export const BYLINE_PREFIXES: string[] = ["by", "written by", "reported by", "words by", "story by", "author:", "authors:"];

/**
 * Capitalised words that usually begin a new sentence. Used to decide whether "the U.N. Security
 * Council" (no) or "born in the U.S. He left" (yes) splits after a dotted acronym. Case as written.
 */
export const SENTENCE_STARTERS: string[] = [
  "A", "An", "The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its",
  "Their", "Our", "My", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "If", "When", "While", "After",
  "Before", "Since", "Although", "Though", "However", "Meanwhile", "There", "Here", "Then", "Now", "Some", "Many",
  "Most", "Such", "Other", "Another", "One", "Two", "Three", "No", "Not", "Still", "Also", "Last", "Earlier", "Later",
  "According", "Officials", "Both", "Neither", "Each", "Every", "All", "What", "Who", "Why", "How", "Where", "For",
  "With", "From", "To", "By", "Under", "During", "Despite", "Even", "Only", "Instead", "Thus", "Asked"
];
