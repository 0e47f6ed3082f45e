/**
 * Deterministic synthetic corpus for `npm run bench`: recombines the gold and seed articles with
 * substituted person names, numbers, years, weekdays, months and paragraph order, using a seeded
 * PRNG (same seed → byte-identical corpus, so runs are comparable). No I/O: callers pass the
 * template texts in and get SourceFiles + a manifest back.
 */
import type {SourceFile} from "../pipeline/types.ts";

export interface Template {
  /** File name, e.g. "g01_exchange_wire.txt"; the extension is kept. */
  name: string;
  text: string;
}

export interface BenchCorpus {
  files: SourceFile[];
  manifest: string;
  bytes: number;
}

/**
 * Mulberry32: a tiny seeded PRNG (the pipeline and the bench never use Math.random).
 *
 * @example const next = prng(42); next() // 0.6011037519201636
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Amina", "Boris", "Chen", "Dara", "Elif", "Farid", "Greta", "Hassan", "Ines", "Jonas", "Kemal", "Lena", "Mateo", "Nadia", "Olga", "Pavel", "Quentin", "Rania", "Sofia", "Tomasz", "Ugo", "Vera", "Wanjiru", "Xavier", "Yusuf", "Zofia", "Aleksei", "Bianca", "Ciaran", "Dmitri", "Esther", "Fatima", "Gustavo", "Hiroshi", "Ivana", "Jamal"];
const LAST = ["Abara", "Bergström", "Castillo", "Demir", "Eriksen", "Fofana", "Grigoryan", "Haddad", "Ivanenko", "Jovanović", "Kowalczyk", "Lindgren", "Mbeki", "Novak", "Okafor", "Petrenko", "Quispe", "Rahimi", "Sokolova", "Tanaka", "Usmanov", "Varga", "Wójcik", "Xu", "Yilmaz", "Zhukov", "Almeida", "Baranov", "Cohen", "Dlamini", "Esposito", "Ferreira", "Gonzalez", "Hussein", "Ibrahim", "Jensen"];
const OUTLETS = ["Continental Press", "Public Broadcaster World", "Daily Clarion", "Federal News Agency", "National News Service", "Dnipro Public Radio", "Ethiopian News Network", "Harbour Times", "Northern Courier", "Metro Evening Post", "Globe Wire", "Capital Herald", "Riverside Gazette", "Coastal Observer", "Union Tribune Online"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Person names in the templates: capitalised "First Last" pairs listed by the caller (e.g. from gold merges). */
function personPattern(names: string[]): RegExp | null {
  const usable = names.filter((n) => /^\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'-]+)+$/u.test(n)).sort((a, b) => b.length - a.length);
  if (usable.length === 0) return null;
  return new RegExp(`\\b(${usable.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "gu");
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function shuffle<T>(rand: () => number, list: T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One article's worth of consistent substitutions (same name → same replacement inside it). */
function substitute(text: string, rand: () => number, persons: RegExp | null): string {
  const names = new Map<string, string>();
  const surnames = new Map<string, string>();
  let out = text;
  if (persons) {
    out = out.replace(persons, (full) => {
      if (!names.has(full)) {
        const parts = full.split(" ");
        const last = parts[parts.length - 1];
        if (!surnames.has(last)) surnames.set(last, pick(rand, LAST));
        names.set(full, `${pick(rand, FIRST)} ${surnames.get(last)}`);
      }
      return names.get(full)!;
    });
    for (const [old, neu] of surnames) out = out.split(old).join(neu);
  }
  const yearShift = Math.floor(rand() * 5) - 3;
  out = out.replace(/\b(19|20)(\d\d)\b/g, (y) => String(Number(y) + yearShift));
  out = out.replace(/\b\d{1,3}(?:,\d{3})*\b/g, (n) => {
    const digits = n.replace(/,/g, "");
    if (digits.length === 1) return String(1 + Math.floor(rand() * 9));
    const low = 10 ** (digits.length - 1);
    const v = low + Math.floor(rand() * (9 * low));
    return n.includes(",") ? v.toLocaleString("en-US") : String(v);
  });
  const days = shuffle(rand, WEEKDAYS);
  out = out.replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, (d) => days[WEEKDAYS.indexOf(d)]);
  const months = shuffle(rand, MONTHS);
  out = out.replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, (m) => months[MONTHS.indexOf(m)]);
  return out;
}

/** Plain-text templates get shuffled body paragraphs and borrowed paragraphs; md/html keep their structure. */
function paragraphs(text: string): string[] {
  const sep = text.includes("\n\n") ? /\n{2,}/ : /\n/;
  return text.split(sep).filter((p) => p.trim().length > 0);
}

/**
 * Builds `count` articles from the templates. Average size is kept above 2.4 KB by borrowing two
 * to four paragraphs from other templates, so 5,000 articles make ≥ 12 MB.
 *
 * @example generateBenchCorpus(templates, ["Maxim Kharkin"], {count: 10, seed: 1}).files.length // 10
 */
export function generateBenchCorpus(templates: Template[], personNames: string[], {count, seed = 20251014}: {count: number; seed?: number}): BenchCorpus {
  const rand = prng(seed);
  const persons = personPattern(personNames);
  const plain = templates.filter((t) => t.name.endsWith(".txt"));
  const encoder = new TextEncoder();
  const files: SourceFile[] = [];
  const rows = ["file,outlet,published,url,title"];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length];
    const ext = t.name.slice(t.name.lastIndexOf("."));
    let text: string;
    if (ext === ".txt") {
      const paras = paragraphs(t.text);
      const head = paras.slice(0, 2);
      const body = shuffle(rand, paras.slice(2));
      const borrowed: string[] = [];
      const extra = 2 + Math.floor(rand() * 3);
      for (let k = 0; k < extra; k++) {
        const other = paragraphs(pick(rand, plain).text);
        borrowed.push(other[1 + Math.floor(rand() * Math.max(1, other.length - 1))] ?? "");
      }
      text = [...head, ...body, ...borrowed].join("\n\n") + "\n";
    } else text = t.text;
    text = substitute(text, rand, persons);
    const data = encoder.encode(text);
    bytes += data.length;
    const path = `bench/${String(i).padStart(5, "0")}_${t.name.replace(/\.[^.]+$/, "")}${ext}`;
    files.push({path: path.slice("bench/".length), bytes: data});
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const year = 2023 + Math.floor(rand() * 3);
    const published = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const title = ext === ".txt" ? (text.split("\n").find((l) => l.trim()) ?? "").replace(/"/g, "'").slice(0, 120) : "";
    rows.push(`${path.slice("bench/".length)},${pick(rand, OUTLETS)},${published},,"${title}"`);
  }
  return {files, manifest: rows.join("\n") + "\n", bytes};
}
