/**
 * Dashboard pages on the built site (harness.ts builds and serves it): every page renders with no
 * console error and no failed or external request; the outlet filter changes what the charts
 * draw, lives in the URL and survives a reload; clicking a mark opens its evidence; Explore runs
 * SQL; screenshots at 1280 and 375 px go to test-output/screenshots/ (look at them).
 */
import {describe, expect, it} from "vitest";
import type {Page} from "playwright-core";
import {cellErrors, openPage, screenshot, settle} from "./harness.ts";

const PAGES = [
  {path: "/", name: "overview"},
  {path: "/timeline", name: "timeline"},
  {path: "/figures", name: "figures"},
  {path: "/network", name: "network"},
  {path: "/outlets", name: "outlets"},
  {path: "/explore", name: "explore"},
  {path: "/method", name: "method"}
];

/** Marks the dashboard made clickable, inside the first chart of the page. */
async function markCount(page: Page, chart = ".np-chart"): Promise<number> {
  return page.locator(`${chart} >> nth=0`).locator(".np-mark").count();
}

async function selectOnly(page: Page, outletIndex: number): Promise<string> {
  await page.locator(".np-filter summary").click();
  await page.locator('.np-filter button[data-group="none"]').click();
  const box = page.locator('.np-filter input[type="checkbox"]').nth(outletIndex);
  const id = (await box.getAttribute("value"))!;
  await box.check();
  await settle(page, {idleMs: 300});
  return id;
}

describe("dashboard pages", () => {
  for (const {path, name} of PAGES) {
    for (const width of [1280, 375]) {
      it(`${path} renders at ${width}px with no errors and no failed or external requests`, async () => {
        const p = await openPage(path, {width});
        try {
          await settle(p.page, {idleMs: path === "/explore" ? 2500 : 800, timeout: 45_000});
          await screenshot(p.page, `${name}-${width}`);
          expect(await cellErrors(p.page)).toEqual([]);
          expect(p.consoleErrors).toEqual([]);
          expect(p.failedRequests).toEqual([]);
          expect(p.externalRequests).toEqual([]);
          // Every chart figure has a title, a caption and (unless empty) an accessible name.
          const charts = p.page.locator("figure.np-chart");
          for (let i = 0; i < (await charts.count()); i++) {
            const chart = charts.nth(i);
            expect(await chart.locator(".np-chart-title").textContent()).toBeTruthy();
            expect(await chart.locator("figcaption").textContent()).toMatch(/\d/);
            if ((await chart.getAttribute("data-empty")) !== "true") {
              expect(await chart.locator("[aria-label]").first().getAttribute("aria-label")).toBeTruthy();
            }
          }
        } finally {
          await p.close();
        }
      });
    }
  }

  it("the outlet filter changes the marks, is carried in the URL and restored on reload", async () => {
    const p = await openPage("/", {width: 1280});
    try {
      await settle(p.page, {idleMs: 500});
      const before = await markCount(p.page);
      expect(before).toBeGreaterThan(1);
      const id = await selectOnly(p.page, 0);
      const after = await markCount(p.page);
      expect(after).toBeGreaterThan(0);
      expect(after).toBeLessThan(before);
      expect(new URL(p.page.url()).searchParams.get("outlets")).toBe(id);
      // Navigation links carry the filter to the other pages.
      expect(await p.page.locator('#observablehq-sidebar a[href*="timeline"]').getAttribute("href")).toContain(`outlets=${id}`);
      await p.page.reload({waitUntil: "networkidle"});
      await settle(p.page, {idleMs: 500});
      expect(await markCount(p.page)).toBe(after);
      expect(await p.page.locator(".np-filter summary").textContent()).toMatch(/1 of \d+ selected/);
      // Selecting none leaves an explicit empty state, not a blank chart.
      await p.page.locator(".np-filter summary").click();
      await p.page.locator('.np-filter button[data-group="none"]').click();
      await settle(p.page, {idleMs: 300});
      expect(await p.page.locator('figure.np-chart[data-empty="true"] .np-empty').first().textContent()).toMatch(/No articles match/);
      expect(p.consoleErrors).toEqual([]);
    } finally {
      await p.close();
    }
  });

  it("remembers the filter between pages (localStorage) when the URL has none", async () => {
    const p = await openPage("/", {width: 1280});
    try {
      await settle(p.page, {idleMs: 500});
      const id = await selectOnly(p.page, 0);
      await p.page.goto(new URL("/timeline", p.url).href, {waitUntil: "networkidle"});
      await settle(p.page, {idleMs: 500});
      const checked = await p.page.locator('.np-filter input[type="checkbox"]:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      expect(checked).toEqual([id]);
    } finally {
      await p.close();
    }
  });

  it("figure charts below the first row render only once scrolled into view", async () => {
    const p = await openPage("/figures", {width: 1280, height: 500});
    try {
      await settle(p.page, {idleMs: 500});
      const before = await p.page.locator(".np-chart").count();
      // The bundled corpus has more comparable groups than the first row holds.
      expect(before).toBe(2);
      await p.page.locator("h2", {hasText: "Where outlets disagree"}).scrollIntoViewIfNeeded();
      await expect.poll(() => p.page.locator(".np-chart").count()).toBeGreaterThan(2);
    } finally {
      await p.close();
    }
  });

  it("clicking a figure opens the evidence panel with its sentence and highlighted quote", async () => {
    const p = await openPage("/figures", {width: 1280});
    try {
      await settle(p.page, {idleMs: 500});
      const mark = p.page.locator(".np-chart .np-mark").first();
      expect(await mark.count()).toBe(1);
      const label = (await mark.getAttribute("aria-label"))!;
      const quote = /“(.+)”/.exec(label)![1];
      // Keyboard activation: marks are focusable buttons (and glyphs may sit close together).
      await mark.focus();
      await p.page.keyboard.press("Enter");
      const panel = p.page.locator(".np-evidence");
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.locator("mark").first().textContent()).toBe(quote);
      // Source links, when an article has a URL, are http(s) only and open without an opener.
      const links = await panel.locator("a").evaluateAll((els) => els.map((a) => [a.getAttribute("href"), a.getAttribute("rel")]));
      for (const [href, rel] of links) {
        expect(href).toMatch(/^https?:/);
        expect(rel).toContain("noopener");
      }
      await panel.locator(".np-evidence-close").click();
      expect(await panel.isVisible()).toBe(false);
    } finally {
      await p.close();
    }
  });

  it("clicking an article dot on the overview lists those articles in the evidence panel", async () => {
    const p = await openPage("/", {width: 1280});
    try {
      await settle(p.page, {idleMs: 500});
      const mark = p.page.locator(".np-chart .np-mark").first();
      const label = (await mark.getAttribute("aria-label"))!;
      await mark.click();
      const items = p.page.locator(".np-evidence .np-evidence-item");
      await expect.poll(() => items.count()).toBeGreaterThan(0);
      expect(label).toContain(`${await items.count()} article`);
    } finally {
      await p.close();
    }
  });

  it("network: hovering an actor dims non-neighbours and the edge list matches the drawn edges", async () => {
    const p = await openPage("/network", {width: 1280});
    try {
      await settle(p.page, {idleMs: 500});
      const edges = await p.page.locator(".np-edge").count();
      expect(edges).toBeGreaterThan(0);
      const rows = await p.page.locator("form table tbody tr, table tbody tr").count();
      expect(rows).toBeGreaterThanOrEqual(Math.min(edges, 15));
      await p.page.locator(".np-node").first().hover();
      expect(await p.page.locator(".np-node:not(.np-dim)").count()).toBeGreaterThan(1);
    } finally {
      await p.close();
    }
  });

  it("network: relations told as not done ('is not asking') are left out until 'not done or only possible' is ticked", async () => {
    const p = await openPage("/network", {width: 1280});
    try {
      await settle(p.page, {idleMs: 500});
      const told = p.page.locator("form").filter({hasText: "Told as"});
      const hypothetical = told.getByLabel("not done or only possible");
      expect(await hypothetical.isChecked()).toBe(false);
      expect(await told.getByLabel("reported").isChecked()).toBe(true);
      // Reports over all drawn edges, read from their labels ("A met B: 2 reports (rt)").
      const reports = async () => (await p.page.locator(".np-edge").evaluateAll((gs) => gs.map((g) => g.getAttribute("aria-label") ?? "")))
        .reduce((sum, label) => sum + Number(/: (\d+) reports?/.exec(label)?.[1] ?? 0), 0);
      const before = await reports();
      expect(before).toBeGreaterThan(0);
      await hypothetical.check();
      // The bundled corpus holds one such row ("Hamas is not asking Russia for military aid"): one more report.
      await expect.poll(reports).toBe(before + 1);
    } finally {
      await p.close();
    }
  });

  for (const width of [375, 1280]) {
    it(`network at ${width}px: no two drawn actor names overlap, all stay inside the chart, the rest show on hover`, async () => {
      const p = await openPage("/network", {width});
      try {
        await settle(p.page, {idleMs: 500});
        const svg = p.page.locator("svg.np-network-svg");
        const {box, labels, nodes} = await svg.evaluate((el) => {
          const rect = (r: DOMRect) => ({x0: r.left, y0: r.top, x1: r.right, y1: r.bottom});
          const shown = [...el.querySelectorAll(".np-node text")].filter((t) => getComputedStyle(t).visibility !== "hidden");
          return {box: rect(el.getBoundingClientRect()), labels: shown.map((t) => ({text: t.textContent, ...rect(t.getBoundingClientRect())})), nodes: el.querySelectorAll(".np-node").length};
        });
        const overlaps: string[] = [];
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            const [a, b] = [labels[i], labels[j]];
            if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) overlaps.push(`${a.text} / ${b.text}`);
          }
        }
        expect(overlaps).toEqual([]);
        for (const l of labels) expect([l.text, l.x0 >= box.x0 && l.x1 <= box.x1 && l.y0 >= box.y0 && l.y1 <= box.y1]).toEqual([l.text, true]);
        // Every actor is named at 1280 px (as before); on a phone, at least half are.
        expect(labels.length).toBeGreaterThanOrEqual(width >= 1280 ? nodes : Math.ceil(nodes / 2));
        // A node whose name is cut short (or missing) shows it in full while hovered.
        const cut = p.page.locator(".np-node", {has: p.page.locator("text", {hasText: "…"})}).or(p.page.locator(".np-node:not(:has(text))")).first();
        if (await cut.count()) {
          const name = (await cut.locator("title").textContent())!.replace(/ \(.*$/, "");
          await cut.locator("circle").hover();
          expect(await p.page.locator(".np-node-hover text").textContent()).toBe(name);
          await screenshot(p.page, `network-${width}-hover`);
        }
      } finally {
        await p.close();
      }
    });
  }

  it("explore runs a SQL query with DuckDB and shows rows with a CSV download", async () => {
    const p = await openPage("/explore", {width: 1280});
    try {
      await settle(p.page, {idleMs: 2500, timeout: 45_000});
      const status = p.page.locator('[role="status"]').filter({hasText: /rows in/});
      await expect.poll(() => status.count(), {timeout: 30_000}).toBe(1);
      expect(await status.textContent()).toMatch(/^[1-9]\d* rows in/);
      expect(await p.page.locator("table tbody tr").count()).toBeGreaterThan(0);
      expect(await p.page.locator("a.np-download").getAttribute("href")).toMatch(/^blob:/);
      // A custom query.
      await p.page.locator("textarea").fill("SELECT count(*) AS n FROM articles");
      await p.page.getByRole("button", {name: "Run query"}).click();
      await expect.poll(async () => (await status.textContent()) ?? "", {timeout: 15_000}).toMatch(/^1 rows in/);
      expect(p.consoleErrors).toEqual([]);
    } finally {
      await p.close();
    }
  });
});
