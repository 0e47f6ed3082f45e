/**
 * Evidence panel: clicking a mark shows the sentences behind it — outlet, date, a link to the
 * source (http/https only, rel=noopener) and the quote highlighted. Built from text nodes only.
 */
import {el, safeHref} from "./dom.js";

/** A row of any table that points into an article (figures, events, interactions, labels…). */
export interface SourceRow {
  article_id: string;
  outlet?: string | null;
  sentence_index: number;
  char_start: number;
  char_end: number;
  sentence?: string;
  example?: string;
  quote?: string;
}

export interface EvidenceItem {
  article_id: string;
  outlet: string;
  published: string | null;
  title: string | null;
  url: string | null;
  sentence: string;
  /** Highlight offsets relative to `sentence` (null when they do not fall inside it). */
  start: number | null;
  end: number | null;
  note?: string;
}

interface ArticleLike {
  article_id: string;
  outlet?: string | null;
  published?: string | null;
  title?: string | null;
  url?: string | null;
}

interface SentenceLike {
  article_id: string;
  sentence_index: number;
  char_start: number;
  sentence: string;
}

/**
 * Returns a function turning table rows into evidence items, using the sentences table to
 * convert article offsets into sentence offsets.
 * @example const toEvidence = evidenceContext(articles, sentences); toEvidence(figure)
 */
export function evidenceContext(articles: ArticleLike[] | null | undefined, sentences: SentenceLike[] | null | undefined, outletNames: Map<string, string> = new Map()) {
  const byArticle = new Map((articles ?? []).map((a) => [a.article_id, a]));
  const bySentence = new Map((sentences ?? []).map((s) => [`${s.article_id}\u0000${s.sentence_index}`, s]));
  return function toEvidence(row: SourceRow, note?: string): EvidenceItem {
    const article = byArticle.get(row.article_id);
    const sentence = bySentence.get(`${row.article_id}\u0000${row.sentence_index}`);
    const text = sentence?.sentence ?? row.sentence ?? row.example ?? "";
    let start: number | null = null;
    let end: number | null = null;
    if (sentence) {
      const s = row.char_start - sentence.char_start;
      const e = row.char_end - sentence.char_start;
      if (s >= 0 && e <= text.length && s < e) [start, end] = [s, e];
    } else if (row.quote) {
      // Without the sentences table, find the quote in the row's own sentence text.
      const at = text.indexOf(row.quote);
      if (at >= 0) [start, end] = [at, at + row.quote.length];
    }
    return {
      article_id: row.article_id,
      outlet: outletNames.get(row.outlet ?? article?.outlet ?? "unknown") ?? row.outlet ?? article?.outlet ?? "unknown",
      published: article?.published ?? null,
      title: article?.title ?? null,
      url: article?.url ?? null,
      sentence: text,
      start,
      end,
      note
    };
  };
}

/**
 * Renders one sentence with [start, end) wrapped in <mark>.
 * @example highlighted("Two were killed.", 0, 3)
 */
export function highlighted(sentence: string, start: number | null, end: number | null): HTMLElement {
  if (start === null || end === null) return el("q", {}, sentence);
  return el("q", {}, sentence.slice(0, start), el("mark", {}, sentence.slice(start, end)), sentence.slice(end));
}

/**
 * Shows rows in the panel, loading the sentences table on the first click only, so charts never
 * wait for it (it holds every sentence of the corpus).
 * @example const show = evidenceShower(panel, articles, () => FileAttachment("data/tables/sentences.json").json())
 */
export function evidenceShower(
  panel: EvidencePanel,
  articles: ArticleLike[] | null | undefined,
  loadSentences: () => Promise<SentenceLike[] | null | undefined>,
  outletNames: Map<string, string> = new Map()
): <R extends SourceRow>(rows: R[], heading: string, note?: (row: R) => string | undefined) => Promise<void> {
  let context: Promise<ReturnType<typeof evidenceContext>> | null = null;
  return async (rows, heading, note) => {
    context ??= loadSentences().then(
      (sentences) => evidenceContext(articles, sentences, outletNames),
      () => evidenceContext(articles, [], outletNames) // fall back to each row's own sentence text
    );
    const toEvidence = await context;
    panel.show(rows.map((row) => toEvidence(row, note?.(row))), heading);
  };
}

export interface EvidencePanel extends HTMLElement {
  show(items: EvidenceItem[], heading?: string): void;
  clear(): void;
}

/**
 * The panel element (place it once on a page). Hidden until `show` is called.
 * @example const panel = evidencePanel(); panel.show([item], "Killed: 3")
 */
export function evidencePanel(): EvidencePanel {
  const title = el("h2", {id: "np-evidence-title"}, "Evidence");
  const list = el("ol", {class: "np-evidence-list"});
  const close = el("button", {type: "button", class: "np-evidence-close", "aria-label": "Close evidence"}, "×");
  const panel = el("aside", {class: "np-evidence", role: "dialog", "aria-labelledby": "np-evidence-title", hidden: true}, close, title, list) as EvidencePanel;
  close.addEventListener("click", () => panel.clear());
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") panel.clear();
  });
  panel.show = (items, heading = "Evidence") => {
    title.textContent = `${heading} — ${items.length} sentence${items.length === 1 ? "" : "s"}`;
    list.replaceChildren(
      ...items.slice(0, 200).map((item) => {
        const href = safeHref(item.url);
        const source = href
          ? el("a", {href, target: "_blank", rel: "noopener noreferrer"}, item.title || href)
          : el("span", {}, item.title || item.article_id);
        return el(
          "li",
          {class: "np-evidence-item"},
          el("div", {class: "np-evidence-meta"}, el("strong", {}, item.outlet), " · ", item.published ?? "undated", " · ", source),
          highlighted(item.sentence, item.start, item.end),
          item.note ? el("div", {class: "np-evidence-note"}, item.note) : null
        );
      })
    );
    if (items.length > 200) list.append(el("li", {}, `… and ${items.length - 200} more`));
    panel.hidden = false;
    close.focus({preventScroll: true});
  };
  panel.clear = () => {
    panel.hidden = true;
    list.replaceChildren();
  };
  return panel;
}
