/**
 * Stage 04 core: gazetteer names, role descriptions and capitalised chunks in one pass per
 * sentence, then in-article resolution (see resolve.ts).
 */
import type {Article, Context, Mention, Sentence} from "../types.ts";
import type {Candidate} from "./candidate.ts";
import {chunkEnd, chunkNames, isStopCap} from "./chunker.ts";
import {compileGazetteer, matchAt, type CompiledGazetteer} from "./gazetteer-matcher.ts";
import {FIRST, ORG, PARTICLES} from "./lexicon.ts";
import {resolveCandidates} from "./resolve.ts";
import {resolveRole} from "./roles.ts";
import {titleBefore} from "./titles.ts";
import {sentenceTokens, type Token} from "./tokens.ts";

const TITLE_SMALL = new Set(["a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "as", "vs", "from", "with", "into", "over", "than", "s"]);
const SKIP_KINDS = new Set(["boilerplate", "credit"]);

/** Title Case or ALL CAPS lines (headlines not marked as such by stage 02). */
export function looksLikeHeadline(tokens: Token[]): boolean {
  // Title Case leaves only short function words lowercase ("Kremlin Hosts Hamas Official to Discuss…").
  let caps = 0;
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    if (t.cap) caps++;
    else if (!TITLE_SMALL.has(t.key)) return false;
  }
  return caps >= 3;
}

function slice(article: Article, start: number, end: number): string {
  const s = article.text.slice(start, end);
  return /[\n\t\r\u00a0]| {2}/.test(s) ? s.replace(/\s+/g, " ") : s;
}

/** Verbs that follow a named subject ("Hezbollah said", "Olsen is"): a sentence-initial word before one is kept. */
const SUBJECT_VERBS = new Set(["said", "says", "told", "has", "had", "is", "was", "will", "would", "claimed", "announced", "denied", "warned", "insisted", "stated", "added", "confirmed", "reported", "accused", "urged", "called", "launched", "vowed", "rejected", "agreed", "added"]);
/** Plural common nouns at a sentence start ("Officials said", "Analysts say") are not names. */
const PLURAL_NOUN = /(ials|ists|ents|ers|ors|ics|ses|ies|ans|ens|ees|ives)$/;

function subjectOfVerb(tokens: Token[], next: number): boolean {
  const t = tokens[next - 1];
  const v = tokens[next];
  return !!v && !v.cap && v.sep === " " && SUBJECT_VERBS.has(v.key) && !PLURAL_NOUN.test(t.key);
}

/** Name from tokens: hyphens kept ("al-Sisi", "Stoke-on-Trent"), any other gap becomes one space ("[Peter] Olsen"). */
function joinName(tokens: Token[], from: number, to: number): string {
  let s = tokens[from].text;
  for (let k = from + 1; k < to; k++) s += (tokens[k].sep === "-" ? "-" : " ") + tokens[k].text;
  return s;
}

/** Keys of tokens [from, to) in one array (no intermediate slice). */
function keysOf(tokens: Token[], from: number, to: number): string[] {
  const keys = new Array<string>(to - from);
  for (let k = from; k < to; k++) keys[k - from] = tokens[k].key;
  return keys;
}

/** Starts of sentence-like positions: first token, or right after an opening quote/colon/dash. */
function isInitial(tokens: Token[], i: number): boolean {
  return i === 0 || tokens[i].opener;
}

function sentenceCandidates(article: Article, s: Sentence, tokens: Token[], g: CompiledGazetteer, headline: boolean): Candidate[] {
  const out: Candidate[] = [];
  const n = tokens.length;
  // Gazetteer matches per token, computed on demand (undefined = not yet tried).
  const gazAt: (ReturnType<typeof matchAt> | undefined)[] = new Array(n);
  const gaz = (j: number) => {
    let m = gazAt[j];
    if (m === undefined) m = gazAt[j] = tokens[j].cap ? matchAt(g.names, tokens, j) : null;
    return m;
  };
  const si = s.index;
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    // "the Russian president", "the Kremlin spokesman" → the gazetteer entry holding that role.
    // …and possessive roles without "the": "Russia's top diplomat said".
    const possRole = t.cap && t.poss && i + 1 < n && g.roles.next.size > 0;
    if ((t.key === "the" && i + 1 < n && g.roles.next.size) || possRole) {
      const rm = matchAt(g.roles, tokens, possRole ? i : i + 1, false);
      if (rm) {
        const after = rm.end < n ? tokens[rm.end] : null;
        const named = after && after.cap && after.sep === " " && !isStopCap(after);
        const key = tokens.slice(possRole ? i : i + 1, rm.end).map((x, k) => (possRole && k === 0 ? x.key + "'s" : x.key)).join(" ");
        const entry = named ? null : resolveRole(g.roleTargets.get(key), article.published);
        if (entry !== null && rm.end > i + 1) {
          const e = g.entries[entry];
          out.push({sentenceIndex: si, start: t.start, end: tokens[rm.end - 1].end, keys: e.name.toLowerCase().split(/\s+/), name: e.name, kind: e.kind, kindSure: true, gazetteerName: e.name, via: "role", title: null, weak: null});
          i = rm.end;
          continue;
        }
      }
    }
    // "al-Sisi", "el-Sisi": a gazetteer alias may start with a lowercase particle.
    // (Cheap checks before the set lookup: most lowercase words are not before a hyphen.)
    if (!t.cap && i + 1 < n && tokens[i + 1].sep === "-" && tokens[i + 1].cap && PARTICLES.has(t.key)) gazAt[i] = matchAt(g.names, tokens, i);
    else if (!t.cap || isStopCap(t)) {
      i++;
      continue;
    }
    const gm = gaz(i);
    if (!t.cap && !gm) {
      i++;
      continue;
    }
    // A first name that is also a place ("Jordan", "Israel") followed by a surname is a person.
    const nameLike = gm && gm.end === i + 1 && FIRST.has(t.key) && i + 1 < n && tokens[i + 1].cap && tokens[i + 1].sep === " " && !isStopCap(tokens[i + 1]) && !gaz(i + 1) && !t.poss;
    if (gm && !nameLike) {
      const e = g.entries[gm.entries[0]];
      let end = gm.end;
      // "Gaza Health Ministry" when only "Gaza" is known: the organisation word wins.
      let extended = false;
      for (let k = end; k < n && k < end + 4 && !tokens[k - 1].poss && tokens[k].cap && tokens[k].sep === " " && !isStopCap(tokens[k]) && !gaz(k); k++) {
        if (ORG.has(tokens[k].key)) {
          end = k + 1;
          extended = true;
        }
      }
      const startTok = tokens[i];
      const endTok = tokens[end - 1];
      if (extended) {
        out.push({sentenceIndex: si, start: startTok.start, end: endTok.end, keys: keysOf(tokens, i, end), name: slice(article, startTok.start, endTok.end), kind: "organization", kindSure: true, gazetteerName: null, via: "chunk", title: null, weak: null});
      } else {
        const title = e.kind === "person" ? titleBefore(tokens, i) : null;
        out.push({
          sentenceIndex: si,
          start: startTok.start,
          end: endTok.end,
          keys: keysOf(tokens, i, end),
          name: e.name,
          kind: e.kind,
          kindSure: true,
          gazetteerName: e.name,
          via: "gazetteer",
          title: title ? slice(article, tokens[title.start].start, tokens[title.end - 1].end) : null,
          weak: null
        });
      }
      i = end;
      continue;
    }
    const end = chunkEnd(tokens, i, (j) => !!gaz(j));
    if (headline) {
      // Title Case: every word is capitalised, so only names corroborated by the body count (resolve.ts).
      for (let k = i; k < end; k++) {
        if (isStopCap(tokens[k])) continue;
        out.push({sentenceIndex: si, start: tokens[k].start, end: tokens[k].end, keys: [tokens[k].key], name: tokens[k].text, kind: "organization", kindSure: false, gazetteerName: null, via: "chunk", title: null, weak: "headline", group: tokens[i].start});
      }
      i = end;
      continue;
    }
    // Include a particle glued before the chunk: "al-Sinwar", "bin Salman".
    let from = i;
    if (i > 0 && !tokens[i - 1].cap && PARTICLES.has(tokens[i - 1].key) && (t.sep === "-" || t.sep === " ") && tokens[i - 1].key.length <= 3 && (tokens[i - 1].sep === " " || tokens[i - 1].sep === "start") && t.sep === "-") from = i - 1;
    for (const part of chunkNames(tokens, i, end)) {
      const a = part.from === i ? from : part.from;
      const startTok = tokens[a];
      const endTok = tokens[part.to - 1];
      const single = part.to - part.from === 1;
      // "[Peter] Olsen": the surface keeps both brackets.
      const bracketed = part.to - a > 1 && tokens[a + 1].sep === "]" && article.text[startTok.start - 1] === "[";
      const weak = single && isInitial(tokens, part.from) && !subjectOfVerb(tokens, part.to) && !part.title && !FIRST.has(tokens[part.from].key) && !tokens[part.from].upper && !tokens[part.from].poss && !(part.kindSure && part.kind !== "person") ? "initial" : null;
      out.push({
        sentenceIndex: si,
        start: bracketed ? startTok.start - 1 : startTok.start,
        end: endTok.end,
        keys: keysOf(tokens, a, part.to),
        name: joinName(tokens, a, part.to),
        kind: part.kind,
        kindSure: part.kindSure,
        gazetteerName: null,
        via: part.via,
        title: part.title ? slice(article, tokens[part.title.start].start, tokens[part.title.end - 1].end) : null,
        weak
      });
    }
    i = end;
  }
  return out;
}

/**
 * All actor mentions of one article, sorted by position.
 *
 * @example findArticleMentions(article, sentences, ctx)[0].name // "Vladimir Putin"
 */
export function findArticleMentions(article: Article, sentences: Sentence[], ctx: Context): Mention[] {
  const g = compileGazetteer(ctx.gazetteer ?? []);
  const all: Candidate[] = [];
  /** Keys of capitalised words seen after the first word of a body sentence: evidence for sentence-initial ones. */
  const midCaps = new Set<string>();
  const perSentence: {s: Sentence; tokens: Token[]; headline: boolean}[] = [];
  for (const s of sentences) {
    if (SKIP_KINDS.has(s.kind)) continue;
    if (s.end <= s.start || s.end > article.text.length) continue;
    const tokens = sentenceTokens(article, s);
    const headline = s.kind === "headline" || looksLikeHeadline(tokens);
    if (!headline) for (let k = 1; k < tokens.length; k++) if (tokens[k].cap && !isInitial(tokens, k)) midCaps.add(tokens[k].key);
    perSentence.push({s, tokens, headline});
  }
  // A loop, not push(...spread): one huge sentence can yield more candidates than the call stack allows.
  for (const {s, tokens, headline} of perSentence) for (const c of sentenceCandidates(article, s, tokens, g, headline)) all.push(c);
  return resolveCandidates(all, midCaps).map((c) => ({
    sentenceIndex: c.sentenceIndex,
    start: c.start,
    end: c.end,
    text: article.text.slice(c.start, c.end),
    name: c.name,
    kind: c.kind,
    gazetteerName: c.gazetteerName,
    via: c.via,
    title: c.title
  }));
}
