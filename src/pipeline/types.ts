/**
 * The shapes that flow between pipeline stages. camelCase inside TypeScript;
 * the output tables (see `tables/rows.ts`) use snake_case.
 *
 * Flow: SourceFile[] → (01) Article[] → per article (02–08) ArticleExtraction
 * → corpus stages (09 actors, 10 clusters) → (11) Tables.
 * Per-article stages see one article and the Context only, so they can later
 * run in worker threads; corpus stages are the only ones that see everything.
 */

/** A file handed to the pipeline by a loader: path relative to the corpus root, raw bytes. */
export interface SourceFile {
  /** Relative path with forward slashes, e.g. "rt/000_abc.txt". */
  path: string;
  bytes: Uint8Array;
  /** Set by the loader when the file could not be read (permissions…): stage 01 gives it status "unreadable". */
  readError?: string;
  /**
   * Set by the loader instead of reading a file over stage 01's size limit (MAX_FILE_BYTES in
   * ingest/decode.ts): its size in bytes; `bytes` is then empty and stage 01 gives it status "too_large".
   */
  sizeOnDisk?: number;
}

export type MetaSource = "manifest" | "front_matter" | "url" | "text" | "html_meta" | "none";

export type ArticleStatus =
  | "ok"
  | "empty"
  | "binary"
  | "unreadable"
  | "encoding"
  | "unsupported"
  | "duplicate"
  | "too_large"
  | "failed";

/** One article after ingestion (stage 01). All char offsets elsewhere index into `text`. */
export interface Article {
  articleId: string;
  file: string;
  outlet: string | null;
  outletSource: MetaSource;
  /** ISO date `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), or null when unknown. */
  published: string | null;
  publishedSource: MetaSource;
  /** True when the date was inferred rather than stated (manifest column `published_inferred`). */
  publishedInferred: boolean;
  url: string | null;
  title: string | null;
  /** Day-first numeric dates (03.02.2025 = 3 Feb) for this article: from the outlet's country or the text. */
  dayFirst: boolean;
  /** Normalised text (NFC, LF line endings, boilerplate removed). */
  text: string;
  /**
   * Map back to the decoded source: for the k-th entry, text offset `textStart[k]`
   * corresponds to raw offset `rawStart[k]` (piecewise-constant shift). Empty when identical.
   */
  offsetMap: {textStart: number[]; rawStart: number[]};
  words: number;
  status: ArticleStatus;
  warnings: string[];
  /**
   * Spans of `text` whose paragraph kind the HTML markup states (stage 01, ingest/page-parts.ts):
   * a <figcaption>'s lines are "caption", a standfirst's "body". Absent for other articles.
   */
  markup?: MarkupSpan[];
}

/** A span of Article.text whose paragraph kind the markup states (a figcaption's lines: "caption"). */
export interface MarkupSpan {
  start: number;
  end: number;
  kind: SentenceKind;
}

export type SentenceKind = "headline" | "body" | "caption" | "credit" | "dateline" | "boilerplate";

/** Stage 02. */
export interface Sentence {
  index: number;
  /** Offsets into Article.text; `text === article.text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  kind: SentenceKind;
  /** Index of the paragraph (newline block) it belongs to. */
  paragraph: number;
  /** When this sentence's paragraph repeats an earlier paragraph of the same article: that paragraph's index. */
  repeatOf: number | null;
}

export type DatePrecision = "day" | "month" | "year";
export type DateBasis = "explicit" | "relative" | "inferred";

/** Stage 03: one date expression in a sentence. */
export interface DateMention {
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when it could not be resolved (e.g. undated article). */
  date: string | null;
  precision: DatePrecision | null;
  basis: DateBasis;
  /** What the date is to its clause: "point" dates the event itself; "since" starts a period ("since October", "since the war began in October"), "until" ends one ("until Friday"), "duration" is a length of time ("held for 52 days before"). Events should not date an event with a since/until/duration date. */
  role?: "point" | "since" | "until" | "duration";
}

export type ActorKind = "person" | "organization" | "country" | "place" | "media" | "group";

/** Stage 04: a reference to an actor in the text (a name, or a role resolved through the gazetteer). */
export interface Mention {
  sentenceIndex: number;
  start: number;
  end: number;
  /** Surface form as written, e.g. "Maria Zakharova", "Zakharova", "the Kremlin". */
  text: string;
  /** Full name this mention stands for inside the article (a lone surname resolved to the full name seen earlier). */
  name: string;
  kind: ActorKind;
  /** Canonical gazetteer name when the gazetteer matched, else null. */
  gazetteerName: string | null;
  /** How it was found: "gazetteer", "title", "chunk", "role", "pronoun"… */
  via: string;
  /** A role/title seen with it, e.g. "Deputy Foreign Minister". */
  title: string | null;
}

export type FigureCategory =
  | "killed"
  | "wounded"
  | "abducted"
  | "hostages_held"
  | "hostages_released"
  | "hostages_dead"
  | "prisoners_released"
  | "captivity_days"
  | "displaced"
  | "other";

export type Modality = "reported" | "claimed" | "planned" | "hypothetical";

/** Stage 05. */
export interface Figure {
  sentenceIndex: number;
  /** Offsets of the quoted number phrase ("approximately 2,000"). */
  start: number;
  end: number;
  quote: string;
  value: number | null;
  low: number | null;
  high: number | null;
  /** Hedge word ("over", "some", "nearly", "about", "at least", "up to", "another", "all but"…) or "exact". */
  qualifier: string;
  category: FigureCategory;
  groupLabel: string | null;
  attribution: string | null;
  period: string | null;
  asOf: string | null;
  modality: Modality;
  /** True for vague quantities kept with value null ("dozens"). */
  vague: boolean;
  rule: string;
}

export type EventType =
  | "release"
  | "abduction"
  | "attack"
  | "killing"
  | "meeting"
  | "visit"
  | "call"
  | "agreement"
  | "video"
  | "ruling"
  | "statement"
  | "promise"
  | "petition"
  | "negotiation"
  | "exchange"
  | "other";

/** Stage 06 (per article); actors are mention indexes until stage 09 resolves them. */
export interface EventMention {
  sentenceIndex: number;
  start: number;
  end: number;
  type: EventType;
  /** The trigger word as written ("freed", "abducted"). */
  trigger: string;
  description: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateText: string | null;
  dateBasis: DateBasis | null;
  /** Indexes into ArticleExtraction.mentions. */
  actorMentions: number[];
  location: string | null;
  modality: Modality;
}

export type InteractionType =
  | "met"
  | "released"
  | "abducted"
  | "held"
  | "called_on"
  | "thanked"
  | "promised"
  | "negotiated"
  | "asked"
  | "visited"
  | "killed"
  | "attacked"
  | "mediated"
  | "assisted"
  | "criticized"
  | "other";

/** Stage 07. */
export interface InteractionMention {
  sentenceIndex: number;
  start: number;
  end: number;
  /** Indexes into ArticleExtraction.mentions. */
  sourceMention: number;
  targetMention: number;
  type: InteractionType;
  verb: string;
  date: string | null;
  modality: Modality;
  rule: string;
}

/** Stage 08: a descriptor the outlet attaches to an actor ("Palestinian militant group"). */
export interface LabelMention {
  sentenceIndex: number;
  start: number;
  end: number;
  mention: number;
  label: string;
  rule: string;
}

/** Everything the per-article stages produce for one article. */
export interface ArticleExtraction {
  article: Article;
  sentences: Sentence[];
  dates: DateMention[];
  mentions: Mention[];
  figures: Figure[];
  events: EventMention[];
  interactions: InteractionMention[];
  labels: LabelMention[];
  /** Stage failures, e.g. "05-figures: RangeError …"; the article keeps what the other stages produced. */
  warnings: string[];
}

/** Stage 09: a corpus-level actor after variant merging. */
export interface Actor {
  actorId: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  mentions: number;
  outlets: string[];
  /** Why variants were merged, e.g. "Harkin→Kharkin: translit key kharkin". */
  mergeNotes: string[];
}

/** An uncertain merge written for the user to confirm (`actor_suggestions`). */
export interface MergeSuggestion {
  a: string;
  b: string;
  reason: string;
  score: number;
}

/** Gazetteer row (data/reference/actors.csv). */
export interface GazetteerEntry {
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Canonical name of the organisation/country it belongs to. */
  affiliation: string | null;
  /** Role descriptions that point to this actor ("the Russian president"), with validity. */
  roles: {role: string; from: string | null; to: string | null}[];
  /** Names that must never be merged with this one. */
  notSame: string[];
}

/** Outlet reference row (data/reference/outlets.csv). */
export interface OutletEntry {
  id: string;
  name: string;
  country: string | null;
  ownership: string | null;
  domain: string | null;
  /** Whether the outlet writes numeric dates day-first (most non-US outlets). */
  dayFirst: boolean;
}

/** Everything the stages may consult besides the article itself. Built once per run. */
export interface Context {
  gazetteer: GazetteerEntry[];
  outlets: OutletEntry[];
}

/** Files and reference texts a loader hands to the pipeline. */
export interface PipelineInput {
  files: SourceFile[];
  /** Text of manifest.csv, if the corpus has one. */
  manifest?: string | null;
  /** Text of data/reference/actors.csv. */
  actorsCsv?: string | null;
  /** Text of data/reference/outlets.csv. */
  outletsCsv?: string | null;
  /**
   * Progress callback (the loader prints it to stderr): once per article, in file order, called
   * for a whole batch of articles (64) after their per-article stages are done.
   */
  onProgress?: (done: number, total: number, file: string) => void;
}
