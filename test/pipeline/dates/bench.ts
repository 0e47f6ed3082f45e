/**
 * Throughput of stages 02 and 03 on the bundled articles repeated N times (default 1000), with
 * in-process references so numbers from a loaded machine can be compared: raw `sbd` over the
 * same text (stage 02 is built on it) and `chrono.casual` over every sentence (the notes measured
 * it at ~5.9 MB/s unloaded). CPU time of this process, median of 3 runs.
 *
 *   npx tsx test/pipeline/dates/bench.ts 1000
 */
import {readFileSync, readdirSync} from "node:fs";
import * as chrono from "chrono-node";
import sbd from "sbd";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {findDates} from "../../../src/pipeline/stages/03-dates.ts";
import {makeArticle} from "./make-article.ts";

const reps = Number(process.argv[2] ?? 1000);
const texts = readdirSync("data/corpus").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`data/corpus/${f}`, "utf8"));
const articles = Array.from({length: reps}, () => texts.map((t) => makeArticle(t, {published: "2024-11-15"}))).flat();
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
const cpu = (run: () => void) => {
  const c0 = process.cpuUsage();
  run();
  return process.cpuUsage(c0).user / 1e6;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
const s02: number[] = [], s03: number[] = [], rawSbd: number[] = [], casual: number[] = [];
for (let run = 0; run < 3; run++) {
  let sentences: ReturnType<typeof splitSentences>[] = [];
  s02.push(cpu(() => { sentences = articles.map((a) => splitSentences(a)); }));
  // Stage 03 keeps nothing between sentences, so repeating the articles does not flatter it.
  s03.push(cpu(() => articles.forEach((a, i) => findDates(a, sentences[i]))));
  rawSbd.push(cpu(() => articles.forEach((a) => sbd.sentences(a.text, {newline_boundaries: true}))));
  const ref = {instant: new Date(Date.UTC(2024, 10, 15, 12)), timezone: 0};
  // chrono.casual on every 10th article only (it is slow), scaled up.
  casual.push(10 * cpu(() => { for (let i = 0; i < articles.length; i += 10) for (const s of sentences[i]) chrono.casual.parse(s.text, ref); }));
}
const rate = (t: number) => (mb / t).toFixed(1);
console.log(`${mb.toFixed(1)} MB: stage 02 ${rate(median(s02))} MB/s (raw sbd ${rate(median(rawSbd))}), stage 03 ${rate(median(s03))} MB/s (chrono.casual on every sentence ${rate(median(casual))})`);
