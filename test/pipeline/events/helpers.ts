/**
 * Small builders for stage 06/07 tests: they stand in for stages 02–04 so these tests
 * do not depend on how other stages split sentences or find names.
 */
import {findEvents} from "../../../src/pipeline/stages/06-events.ts";
import type {ActorKind, Article, Context, DatePrecision, DateBasis, DateMention, Mention, Sentence, SentenceKind} from "../../../src/pipeline/types.ts";

export const emptyCtx: Context = {gazetteer: [], outlets: []};

/**
 * Stage 06 on one sentence with the given dates ("Saturday=2025-10-11", see datesFrom), as
 * "type:trigger=date" rows, with "/modality" appended when asked: the one-line check of the
 * sentence → event tests.
 *
 * @example sentenceEvents("Floods hit Bern on Monday.", ["Monday=2025-10-13"]) // ["other:hit=2025-10-13"]
 */
export function sentenceEvents(s: string, d: string[], withModality = false): string[] {
  const {article, sentences} = makeArticle([s]);
  return findEvents(article, sentences, datesFrom(sentences[0], d), [], emptyCtx).map((e) => `${e.type}:${e.trigger}=${e.date}${withModality ? `/${e.modality}` : ""}`);
}

/** An article whose sentences are the given lines joined by a space (kind body unless given). */
export function makeArticle(lines: (string | {text: string; kind?: SentenceKind; repeatOf?: number})[]): {article: Article; sentences: Sentence[]} {
  let text = "";
  const sentences: Sentence[] = [];
  lines.forEach((line, index) => {
    const spec = typeof line === "string" ? {text: line} : line;
    if (index > 0) text += "\n";
    const start = text.length;
    text += spec.text;
    sentences.push({index, start, end: text.length, text: spec.text, kind: spec.kind ?? "body", paragraph: index, repeatOf: spec.repeatOf ?? null});
  });
  const article: Article = {
    articleId: "a1", file: "a1.txt", outlet: "test", outletSource: "none", published: "2025-10-15", publishedSource: "none",
    publishedInferred: false, url: null, title: null, dayFirst: true, text, offsetMap: {textStart: [], rawStart: []},
    words: text.split(/\s+/).length, status: "ok", warnings: []
  };
  return {article, sentences};
}

/** Finds `needle` (its `nth` occurrence) in the sentence; throws when absent so a typo fails the test. */
function locate(sentence: Sentence, needle: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = sentence.text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in "${sentence.text}"`);
  }
  return sentence.start + at;
}

/** A Mention of `needle` in the sentence. */
export function mention(sentence: Sentence, needle: string, kind: ActorKind = "person", opts: {nth?: number; name?: string; gazetteer?: string} = {}): Mention {
  const start = locate(sentence, needle, opts.nth ?? 0);
  return {
    sentenceIndex: sentence.index, start, end: start + needle.length, text: needle, name: opts.name ?? needle, kind,
    gazetteerName: opts.gazetteer ?? null, via: "test", title: null
  };
}

/** A DateMention of `needle` in the sentence. */
export function date(sentence: Sentence, needle: string, iso: string | null, precision: DatePrecision | null = "day", basis: DateBasis = "explicit"): DateMention {
  const start = locate(sentence, needle);
  return {sentenceIndex: sentence.index, start, end: start + needle.length, text: needle, date: iso, precision, basis};
}

/** Mention specs as written in test tables: "Name" (person) or "Name:kind". */
export function mentionsFrom(sentence: Sentence, specs: string[]): Mention[] {
  return specs.map((spec) => {
    const at = spec.lastIndexOf(":");
    const kinds = ["person", "organization", "country", "place", "media", "group"];
    if (at > 0 && kinds.includes(spec.slice(at + 1))) return mention(sentence, spec.slice(0, at), spec.slice(at + 1) as ActorKind);
    return mention(sentence, spec, "person");
  });
}

/**
 * Date specs as written in test tables: "text=2025-10-13" (day), "text=2025-10" (month), "text=2025" (year), "text=?" (unresolved);
 * a role after "@" ("since October=2025-10@since") sets DateMention.role.
 */
export function datesFrom(sentence: Sentence, specs: string[]): DateMention[] {
  return specs.map((spec) => {
    const at = spec.lastIndexOf("=");
    const [raw, role] = spec.slice(at + 1).split("@");
    const iso = raw === "?" ? null : raw;
    const precision: DatePrecision | null = iso === null ? null : iso.length === 10 ? "day" : iso.length === 7 ? "month" : "year";
    const d = date(sentence, spec.slice(0, at), iso, precision, "explicit");
    if (role) d.role = role as NonNullable<DateMention["role"]>;
    return d;
  });
}
