/**
 * The built site works with the network cut to loopback: every page that exists loads with no
 * request leaving the machine, no failed request and no console error, and the served HTML/JS
 * names no CDN.
 */
import {existsSync} from "node:fs";
import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {PAGES as SITE_PAGES} from "../../observablehq.config.ts";
import {distDir, openPage, screenshot, settle, type OpenedPage} from "./harness.ts";

// The sidebar's own list, so a page added to the site is tested without editing this file.
const PAGES = SITE_PAGES.filter((p) => existsSync(join("src", p.file))).map((p) => ({
  path: p.path,
  file: p.file,
  name: p.path === "/" ? "overview" : p.path.slice(1)
}));

/** Hosts the site must never load from (Framework's defaults reach for them). */
const CDN = /cdn\.jsdelivr\.net|fonts\.googleapis\.com|fonts\.gstatic\.com|registry\.npmjs\.org|extensions\.duckdb\.org/;

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

describe("offline", () => {
  it("has at least the overview page to test", () => {
    expect(PAGES.map((p) => p.path)).toContain("/");
  });

  const opened: OpenedPage[] = [];
  afterAll(async () => {
    for (const p of opened) await p.close();
  });

  it.each(PAGES)("$path loads with no external request, failed request or console error", async ({path, name}) => {
    const p = await openPage(path, {width: 1280});
    opened.push(p);
    expect(await settle(p.page, {idleMs: 2500})).toBe(true);
    await screenshot(p.page, `offline-${name}`);
    expect(p.externalRequests).toEqual([]);
    expect(p.failedRequests).toEqual([]);
    expect(p.consoleErrors).toEqual([]);
    expect(p.requests.length).toBeGreaterThan(0);
    await p.close();
  });

  it("finds a page with the sidebar search, offline", async () => {
    // A word certain to be indexed: the overview page's title or first heading.
    const source = await readFile(join("src", "index.md"), "utf-8");
    const title = /^title:\s*(.+)$/m.exec(source)?.[1] ?? /^#\s+(.+)$/m.exec(source)?.[1] ?? "Newsprism";
    const word = title.trim().split(/\s+/)[0].replace(/[^\p{L}\p{N}]/gu, "");
    const p = await openPage("/");
    opened.push(p);
    await p.page.locator("#observablehq-search input").fill(word);
    await expect.poll(() => p.page.locator("#observablehq-search-results li").count(), {timeout: 10_000}).toBeGreaterThan(0);
    expect(p.requests.some((url) => /\/_observablehq\/minisearch\.\w+\.json$/.test(url))).toBe(true);
    expect(p.externalRequests).toEqual([]);
    expect(p.failedRequests).toEqual([]);
    expect(p.consoleErrors).toEqual([]);
    await p.close();
  });

  it("serves HTML, JS and CSS that name no CDN", async () => {
    const served = (await files(distDir())).filter((f) => /\.(html|js|css)$/.test(f));
    expect(served.length).toBeGreaterThan(0);
    const offenders: string[] = [];
    for (const file of served) {
      const match = CDN.exec(await readFile(file, "utf-8"));
      if (match) offenders.push(`${file}: ${match[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
