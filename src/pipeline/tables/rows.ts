/**
 * Output table rows: the contract with DuckDB, the pages and other tools.
 * snake_case so SQL needs no quoting. Columns may be added; none may be renamed.
 * docs/tables.md documents every column.
 */

export interface ArticleRow {
  article_id: string;
  file: string;
  outlet: string | null;
  outlet_source: string;
  published: string | null;
  published_source: string;
  published_inferred: boolean;
  url: string | null;
  title: string | null;
  words: number;
  sentences: number;
  status: string;
  warnings: string[];
  /** The normalised text every char_start/char_end indexes into. */
  text: string;
}

export interface SentenceRow {
  article_id: string;
  outlet: string | null;
  sentence_index: number;
  kind: string;
  char_start: number;
  char_end: number;
  sentence: string;
}

export interface EventRow {
  event_id: string;
  article_id: string;
  outlet: string | null;
  published: string | null;
  date: string | null;
  date_precision: string | null;
  date_text: string | null;
  date_basis: string | null;
  type: string;
  trigger: string;
  description: string;
  actors: string[];
  location: string | null;
  modality: string;
  sentence_index: number;
  sentence: string;
  char_start: number;
  char_end: number;
  cluster_id: string;
}

export interface FigureRow {
  figure_id: string;
  article_id: string;
  outlet: string | null;
  published: string | null;
  sentence_index: number;
  sentence: string;
  quote: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  category: string;
  group_label: string | null;
  attribution: string | null;
  period: string | null;
  as_of: string | null;
  modality: string;
  vague: boolean;
  rule: string;
  char_start: number;
  char_end: number;
}

export interface ActorRow {
  actor_id: string;
  name: string;
  kind: string;
  aliases: string[];
  mentions: number;
  outlets: string[];
  merge_notes: string[];
}

export interface MentionRow {
  article_id: string;
  outlet: string | null;
  actor_id: string;
  surface: string;
  sentence_index: number;
  char_start: number;
  char_end: number;
}

export interface InteractionRow {
  interaction_id: string;
  article_id: string;
  outlet: string | null;
  source: string;
  target: string;
  type: string;
  verb: string;
  date: string | null;
  sentence_index: number;
  sentence: string;
  modality: string;
  rule: string;
  char_start: number;
  char_end: number;
}

export interface LabelRow {
  outlet: string | null;
  actor_id: string;
  label: string;
  count: number;
  example: string;
  article_id: string;
  sentence_index: number;
  char_start: number;
  char_end: number;
}

/** Corpus-level problems (manifest rows, unreadable files), each naming the file or row. */
export interface WarningRow {
  file: string | null;
  stage: string;
  message: string;
}

export interface SuggestionRow {
  a: string;
  b: string;
  reason: string;
  score: number;
}

/** All tables the extract command and the loader write. The first six are the public contract. */
export interface Tables {
  articles: ArticleRow[];
  events: EventRow[];
  figures: FigureRow[];
  actors: ActorRow[];
  interactions: InteractionRow[];
  labels: LabelRow[];
  sentences: SentenceRow[];
  mentions: MentionRow[];
  actor_suggestions: SuggestionRow[];
  warnings: WarningRow[];
}

export const TABLE_NAMES = [
  "articles",
  "events",
  "figures",
  "actors",
  "interactions",
  "labels",
  "sentences",
  "mentions",
  "actor_suggestions",
  "warnings"
] as const;

export type TableName = (typeof TABLE_NAMES)[number];
