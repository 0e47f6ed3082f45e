/**
 * Shapes of the hand-annotated gold (test/fixtures/gold/annotations/*.gold.json, documented in
 * docs/evaluation.md) and of the scores computed against it. Pure data, no logic.
 */

/** One annotated figure: the number phrase as written, incl. its hedge ("approximately 2,000"). */
export interface GoldFigure {
  quote: string;
  value: number | null;
  low: number | null;
  high: number | null;
  /** Hedge word as written, lower-case ("more than", "all but") or "exact". */
  qualifier: string;
  category: string;
  /** A longer unique snippet containing `quote`, used to find WHICH occurrence is meant ("among 20 living"). */
  context?: string;
}

/** One event date expression ("on Monday") with its resolved date. */
export interface GoldDate {
  text: string;
  date: string;
  precision: "day" | "month" | "year";
  context?: string;
}

/** Who did what to whom; names are surface forms as written in the article. */
export interface GoldInteraction {
  source: string;
  target: string;
  type: string;
}

/** Gold for one article. */
export interface GoldArticle {
  /**
   * Which corpus folder the file lives in: "gold" (test/fixtures/gold/corpus), "seeds" (data/corpus) or a
   * held-out set ("heldout" … "heldout5": test/fixtures/<name>/corpus).
   */
  corpus: "gold" | "seeds" | "heldout" | "heldout2" | "heldout3" | "heldout4" | "heldout5";
  file: string;
  figures: GoldFigure[];
  event_dates: GoldDate[];
  interactions: GoldInteraction[];
  actors: string[];
}

/** Corpus-level merge gold: groups of surface forms that must be one actor, pairs that must not. */
export interface GoldMerges {
  same: string[][];
  different: string[][];
}

/** A gold item the pipeline missed (or a prediction with no gold), with the sentence for context. */
export interface Miss {
  table: "figures" | "event_dates" | "interactions" | "merges" | "actors" | "date_mentions";
  kind: "missed" | "wrong" | "extra";
  file: string;
  detail: string;
  sentence: string;
}

/** Precision/recall counts. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FigureScore extends Prf {
  /** Matches whose category equals the gold category / all matches. */
  categoryRight: number;
  qualifierRight: number;
  categoryAccuracy: number;
  qualifierAccuracy: number;
}

export interface DateScore {
  gold: number;
  /** Gold expressions with an event row whose date_text overlaps them (any date). */
  detected: number;
  /** …and with the right date and precision. */
  correct: number;
  accuracy: number;
  /** Predicted events carrying a date. */
  predictedDated: number;
  /** …whose date_text overlaps a gold expression and resolves to its date. */
  predictedCorrect: number;
  precision: number;
}

export interface MergeScore {
  groups: number;
  merged: number;
  pairs: number;
  wrongMerges: number;
}

export interface ActorScore {
  gold: number;
  found: number;
  recall: number;
}

export interface CorpusScore {
  name: string;
  articles: number;
  /** Gold articles whose file was not among the pipeline's articles (or was not status "ok"). */
  missingArticles: string[];
  figures: FigureScore;
  eventDates: DateScore;
  interactions: Prf;
  merges: MergeScore;
  actors: ActorScore;
  misses: Miss[];
}
