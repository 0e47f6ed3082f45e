/**
 * Site bench: serves the BUILT site (dist/) on 127.0.0.1 and measures, in headless Chromium,
 * (1) time to first chart — the `newsprism:first-chart` performance mark, relative to navigation
 * start — and (2) outlet-filter update time — the `newsprism:filter-update` measure from the
 * filter change to the rebuilt chart's next frame (see src/components/perf.ts).
 * Goals: first chart ≤ 600 ms, filter update ≤ 100 ms.
 *
 *   npm run build && npx tsx src/cli/bench-site.ts [dist] [runs] [/,/timeline,/figures]
 *   NEWSPRISM_CORPUS=/path/to/big-corpus npm run build && npx tsx src/cli/bench-site.ts
 */
import {pathToFileURL} from "node:url";
import {chromium} from "playwright-core";
import {startServer} from "./serve.ts";

export interface PageBench {
  path: string;
  /** Median ms from navigation start to the first chart. */
  firstChartMs: number;
  /** Median ms from an outlet-filter change to the rebuilt chart on screen. */
  filterUpdateMs: number | null;
  runs: number;
}

export interface SiteBench {
  pages: PageBench[];
  goals: {firstChartMs: number; filterUpdateMs: number};
  ok: boolean;
}

const GOALS = {firstChartMs: 600, filterUpdateMs: 100};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
}

/**
 * Runs the bench and returns medians per page.
 * @example const result = await benchSite({dist: "dist", runs: 3})
 */
export async function benchSite({dist = "dist", runs = 3, paths = ["/", "/timeline", "/figures"]}: {dist?: string; runs?: number; paths?: string[]} = {}): Promise<SiteBench> {
  const server = await startServer(dist, 0);
  const browser = await chromium.launch({executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]});
  const pages: PageBench[] = [];
  try {
    for (const path of paths) {
      const first: number[] = [];
      const update: number[] = [];
      for (let run = 0; run < runs; run++) {
        // A fresh context per run: no HTTP cache, no remembered filter.
        const context = await browser.newContext({viewport: {width: 1280, height: 900}});
        await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`, {waitUntil: "load"});
        await page.waitForFunction(() => performance.getEntriesByName("newsprism:first-chart").length > 0, null, {timeout: 30_000});
        first.push(await page.evaluate(() => performance.getEntriesByName("newsprism:first-chart")[0].startTime));
        await page.waitForLoadState("networkidle");
        const boxes = page.locator('.np-filter input[type="checkbox"]');
        if ((await boxes.count()) > 1) {
          await page.locator(".np-filter summary").click();
          await page.evaluate(() => performance.clearMeasures("newsprism:filter-update"));
          await boxes.first().click();
          await page.waitForFunction(() => performance.getEntriesByName("newsprism:filter-update").length > 0, null, {timeout: 10_000});
          await page.waitForTimeout(300); // let every chart on the page rebuild
          update.push(await page.evaluate(() => Math.max(...performance.getEntriesByName("newsprism:filter-update").map((e) => e.duration))));
        }
        await context.close();
      }
      pages.push({path, firstChartMs: Math.round(median(first)), filterUpdateMs: update.length ? Math.round(median(update)) : null, runs});
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ok = pages.every((p) => p.firstChartMs <= GOALS.firstChartMs && (p.filterUpdateMs === null || p.filterUpdateMs <= GOALS.filterUpdateMs));
  return {pages, goals: GOALS, ok};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [dist = "dist", runs = "3", paths] = process.argv.slice(2);
  const result = await benchSite({dist, runs: Number(runs), ...(paths ? {paths: paths.split(",")} : {})});
  for (const p of result.pages) {
    console.log(`${p.path.padEnd(10)} first chart ${String(p.firstChartMs).padStart(5)} ms   filter update ${p.filterUpdateMs === null ? "  n/a" : String(p.filterUpdateMs).padStart(5)} ms   (median of ${p.runs})`);
  }
  console.log(`goals: first chart ≤ ${result.goals.firstChartMs} ms, filter update ≤ ${result.goals.filterUpdateMs} ms → ${result.ok ? "met" : "NOT met"}`);
  console.log(JSON.stringify(result));
}
