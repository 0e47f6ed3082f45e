/**
 * Who was counted: the noun phrase after a number ("20 living Israeli hostages" → "living israeli hostages",
 * "hundreds of people" → "people", "three of the hostages" → "hostages", "8,600 people in Gaza" → "people in gaza").
 * Also recognises day counts ("498 days"). Reads at most a few tokens to the right, so it is linear.
 */
import {DEMONYM_ENDINGS, GROUP_MODIFIERS, PERSON_NOUNS} from "../model/person-nouns.ts";

export interface Group {
  kind: "person" | "days" | "none";
  /** Lower-case head noun ("hostages", "palestinians", "days"), or null. */
  head: string | null;
  /** Normalised group label, lower case, or null. */
  label: string | null;
  /** Offsets (local to the sentence) of the head noun and of the whole group phrase. */
  headStart: number;
  headEnd: number;
  end: number;
  /** "eight of them", "24 of whom": a part of a group named before. */
  partitive?: boolean;
  /** The first word after the number (and "of the"), lower case: used for verb cues ("3,400 had been killed"). */
  next: string;
  nextStart: number;
}

const PERSON = new Set(PERSON_NOUNS.filter((w) => !w.includes(" ")));
const PERSON_PAIRS = new Set(PERSON_NOUNS.filter((w) => w.includes(" ")));
const MODIFIERS = new Set(GROUP_MODIFIERS);
const DEMONYM = new RegExp(`^[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:${DEMONYM_ENDINGS.join("|")})$`);
const ADJECTIVE_ENDING = /(?:ian|ese|ish|al|ive|ic|ous|ful|less|ary|ern|ing|ed|ly|i|y|ible|able|ant|ent|ior)$/;
const LABEL_ADJECTIVES = new Set([
  "living", "former", "young", "old", "elderly", "innocent", "unarmed", "foreign", "local", "female", "male", "dual",
  "armed", "new", "freed", "released", "abducted", "kidnapped", "surviving", "missing", "displaced", "dead",
  "injured", "wounded", "deceased", "remaining", "other", "more", "further", "additional", "civilian", "senior",
  "junior", "ordinary", "retired", "minor", "adult", "jewish", "muslim", "christian", "arab", "thai", "nepali"
]);
/** Words that end a group search: function words, auxiliaries, prepositions. */
const STOP = new Set([
  "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "since", "over",
  "during", "after", "before", "into", "across", "among", "including", "were", "was", "are", "is", "be", "been", "being",
  "had", "have", "has", "will", "would", "could", "may", "might", "must", "shall", "should", "can", "did", "do", "does",
  "who", "which", "that", "whom", "whose", "this", "these", "those", "their", "his", "her", "its", "our", "they", "he",
  "she", "it", "we", "i", "you", "not", "no", "so", "than", "then", "there", "here", "when", "where", "while", "if",
  "each", "every", "all", "both", "per", "out", "up", "down", "off", "about", "around", "according", "said", "says",
  "remain", "remained", "remains", "died", "survived", "later", "ago", "earlier", "now", "still", "also", "only"
]);
/** Person words that are adjectives after a noun ("people homeless", "civilians dead"): never extend a head. */
const NOT_COMPOUND = new Set(["homeless", "dead", "injured", "wounded", "displaced", "missing", "others", "alive"]);
/** Verb forms never modify a following person noun ("25 taken hostage", "30 held hostage"). */
const VERB_FORM = /(?:ed|en|ing|ly)$/;
const IRREGULAR_PARTICIPLES = new Set(["held", "kept", "left", "made", "found", "shot", "hit", "caught", "sent", "got", "put", "set", "brought", "stuck", "took", "led", "fled"]);
const DIGITS_REST = /[\d,.]*/y;
const TOKEN = /[ \t]*(?:([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)|(\S))/y;

interface Tok {
  word: string | null;
  text: string;
  start: number;
  end: number;
}

function readTokens(text: string, pos: number, n: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = pos;
  for (let i = 0; i < n; i++) {
    const m = TOKEN.exec(text);
    if (!m) break;
    const t = m[1] ?? m[2];
    const start = TOKEN.lastIndex - t.length;
    out.push({word: m[1] ?? null, text: t, start, end: TOKEN.lastIndex});
  }
  return out;
}

function isPersonWord(w: string): boolean {
  return PERSON.has(w.toLowerCase()) || DEMONYM.test(w);
}

function isModifier(w: string): boolean {
  const lw = w.toLowerCase();
  if (STOP.has(lw)) return false;
  if (MODIFIERS.has(lw) || LABEL_ADJECTIVES.has(lw)) return true;
  if (/^[A-Z]/.test(w)) return true; // "Israeli", "Russian-Israeli", "Gaza"
  return ADJECTIVE_ENDING.test(lw);
}

/**
 * Group phrase after the number phrase ending at `pos` in `text`. `vague` numbers read "of" first
 * ("dozens of hostages"); exact numbers accept a partitive "of the/those" ("three of the hostages").
 *
 * @example findGroup("20 living Israeli hostages that were", 2, false).label // "living israeli hostages"
 */
export function findGroup(text: string, pos: number, vague: boolean, vagueText = ""): Group {
  const toks = readTokens(text, pos, 9);
  let i = 0;
  const none = (): Group => ({
    kind: "none", head: null, label: null, headStart: -1, headEnd: -1, end: pos,
    next: (toks[i]?.text ?? "").toLowerCase(), nextStart: toks[i]?.start ?? pos
  });
  if (toks[0]?.word?.toLowerCase() === "of") {
    const t1 = toks[1]?.word?.toLowerCase();
    // "three of the hostages", "Seventy-three of our defenders"
    if (t1 === "the" || t1 === "those" || t1 === "these" || t1 === "its" || t1 === "their" || t1 === "our" || t1 === "his" || t1 === "her" || t1 === "my" || t1 === "your") {
      i = 2;
      // "All but four of the 26 trapped miners": a part of the count that follows.
      if (toks[2] && !toks[2].word && /\d/.test(toks[2].text)) {
        DIGITS_REST.lastIndex = toks[2].end;
        const whole = findGroup(text, toks[2].end + (DIGITS_REST.exec(text)?.[0].length ?? 0), false);
        // The whole keeps its own figure; the part ends before it so their cue windows stay apart.
        return whole.kind === "person" ? {...whole, partitive: true, end: toks[1].end} : {...none(), partitive: true};
      }
    }
    else if (vague) i = 1;
    else if (t1 === "them" || t1 === "whom" || t1 === "us") {
      i = 2;
      return {...none(), partitive: true};
    } else return none();
  } else if (vague && /s$/i.test(vagueText)) {
    // "thousands were killed": no group; "thousands Palestinians" is not English, so no head search.
    // ("several hundred workers" takes its noun directly.)
    return none();
  }
  const first = i;
  let mods = 0;
  while (i < toks.length && mods <= 3) {
    const t = toks[i];
    // A failed search reports the first word after the number as `next` ("8,000 joined the strike").
    if (!t.word) {
      i = first;
      return none();
    }
    const lw = t.word.toLowerCase();
    if (lw === "day" || lw === "days") {
      return {kind: "days", head: "days", label: "days", headStart: t.start, headEnd: t.end, end: t.end, next: (toks[i + 1]?.text ?? "").toLowerCase(), nextStart: toks[i + 1]?.start ?? t.end};
    }
    const pair = toks[i + 1]?.word ? `${lw} ${toks[i + 1].word!.toLowerCase()}` : "";
    if (pair && PERSON_PAIRS.has(pair)) {
      return finish(text, toks, first, i, i + 1);
    }
    if (isPersonWord(t.word)) {
      // Compound heads: "citizen hostages", "Gaza residents", "Paris residents".
      let j = i;
      while (j + 1 < toks.length && toks[j + 1].word && isPersonWord(toks[j + 1].word!) && !NOT_COMPOUND.has(toks[j + 1].word!.toLowerCase()) && j - i < 2) j++;
      // "the four missing men": the adjective-like person word is a cue, not part of the head.
      return finish(text, toks, first, j > i && NOT_COMPOUND.has(lw) ? j : i, j);
    }
    // "80 rescue workers", "12 police officers": a plain noun before a person noun modifies it.
    const nextWord = toks[i + 1]?.word;
    if (!isModifier(t.word) && !(nextWord && !STOP.has(lw) && /^[a-z]+$/.test(t.word) && !VERB_FORM.test(lw) && !IRREGULAR_PARTICIPLES.has(lw) && PERSON.has(nextWord.toLowerCase()))) {
      i = first;
      return none();
    }
    mods++;
    i++;
  }
  i = first;
  return none();
}

const PLACE_AFTER = /[ \t]+(in|from)[ \t]+((?:the[ \t]+)?[A-Z][A-Za-z’'-]*(?:[ \t]+[A-Z][A-Za-z’'-]*){0,2})/y;

function finish(text: string, toks: Tok[], first: number, headFirst: number, headLast: number): Group {
  const start = toks[first].start;
  let end = toks[headLast].end;
  const head = toks[headLast].text.toLowerCase();
  PLACE_AFTER.lastIndex = end;
  const pm = PLACE_AFTER.exec(text);
  if (pm) end = PLACE_AFTER.lastIndex;
  const label = text.slice(start, end).toLowerCase().replace(/[’']s\b/g, "").replace(/\s+/g, " ").trim();
  const nextTok = readTokens(text, toks[headLast].end, 1)[0];
  return {
    kind: "person", head, label, headStart: toks[headFirst].start, headEnd: toks[headLast].end, end,
    next: (nextTok?.text ?? "").toLowerCase(), nextStart: nextTok?.start ?? end
  };
}

const APPOSITIVE_BEFORE = /([A-Za-z]+)[ \t]*,[ \t]*$/;
const APPOSITIVE_AFTER = /^[ \t]*,/;

/**
 * "the same number of Russian soldiers, 103, had been returned": a number set off by commas right after a
 * plural person noun counts that noun. `start` is where the number phrase (with its hedge) begins, `end`
 * where the number ends. Returns null when the number is not such an aside.
 *
 * @example appositiveGroup("the soldiers, 103, were freed", 14, 17)?.head // "soldiers"
 */
export function appositiveGroup(text: string, start: number, end: number): Group | null {
  if (!APPOSITIVE_AFTER.test(text.slice(end, end + 3))) return null;
  const m = APPOSITIVE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return null;
  const word = m[1];
  const lw = word.toLowerCase();
  // Plural nouns only: "a soldier, 19," is an age.
  if (!PERSON.has(lw) || !/(?:s|men|people|children|crew|personnel)$/.test(lw)) return null;
  const headStart = start - m[0].length;
  const comma = text.indexOf(",", end);
  const nextTok = readTokens(text, comma + 1, 1)[0];
  return {
    kind: "person", head: lw, label: lw, headStart, headEnd: headStart + word.length, end,
    next: (nextTok?.text ?? "").toLowerCase(), nextStart: nextTok?.start ?? end
  };
}
