/**
 * Verbs that attribute a figure to a source. Data for src/pipeline/figures/attribution.ts.
 * "X said", "X told Y" (X is the source), "said X" (inversion), "according to X", "citing X".
 */
export const ATTRIBUTION_VERBS: string[] = [
  "said", "says", "say", "told", "tells", "reported", "reports", "report", "announced", "announces", "stated", "states",
  "added", "adds", "claimed", "claims", "claim", "estimated", "estimates", "estimate", "confirmed", "confirms",
  "wrote", "writes", "noted", "notes", "tweeted", "posted", "warned", "insisted", "insists", "acknowledged",
  "counted", "recorded", "registered", "declared", "explained", "revealed", "disclosed", "believes",
  "put the toll at", "put the death toll at", "put the number at", "puts the toll at", "puts the death toll at", "puts the number at", "tallied", "documented"
];

/** Phrases that introduce the source after them. */
export const ATTRIBUTION_PREPOSITIONS: string[] = [
  "according to", "citing", "cited by", "as reported by", "reported by", "quoted by", "data from", "figures from",
  "figures released by", "statistics from", "per"
];

/** Auxiliaries allowed between the source and its verb ("his mother has told TASS"). */
export const ATTRIBUTION_AUXILIARIES: string[] = ["has", "have", "had", "also", "later", "previously", "earlier", "separately", "has also", "have also", "had also"];

/** Subjects that are pronouns: replaced by a mention's full name when one covers them, else dropped. */
export const PRONOUN_SOURCES: string[] = ["he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this"];

/**
 * Words after a count that make it informants, like a speech verb does ("three people familiar with the negotiations
 * said", "four officials briefed on the deal"): what they report did not happen to them. Single words (the group's next
 * word). The noun "sources" does the same by itself (SOURCE_NOUNS).
 */
export const SOURCE_QUALIFIERS: string[] = ["familiar", "briefed", "privy", "knowledgeable"];

/** Head nouns of informants: "two sources" count no victims, whatever release or death they report. */
export const SOURCE_NOUNS: string[] = ["sources", "source", "informants", "informant"];

/**
 * Speech verbs that make the count right before them the speakers ("Two officials said no prisoners would be
 * freed"): what they report did not happen to them. Single words (read as the group's next word).
 */
export const SPEAKER_VERBS: string[] = [
  "said", "say", "says", "told", "tell", "tells", "added", "stated", "noted", "warned", "insisted", "argued", "wrote",
  "announced", "explained", "recalled", "described", "testified", "complained"
];
