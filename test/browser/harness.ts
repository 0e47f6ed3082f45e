/**
 * Browser test harness: drive the BUILT site (dist/, served on loopback by test/browser/setup.ts)
 * in headless Debian Chromium through playwright-core, with every non-loopback request blocked.
 *
 * API (import from "./harness.ts"):
 *
 *   baseUrl(): string
 *       Root URL of the static server, e.g. "http://127.0.0.1:41234" (no trailing slash).
 *   distDir(): string
 *       Absolute path of the built site the server serves.
 *   openPage(path, {width = 1200, height = 900, waitUntil = "networkidle", timeout = 30_000, colorScheme?})
 *       → Promise<OpenedPage>. `path` is site-relative ("/", "/timeline"). Launches a fresh Chromium
 *       with its own temporary --user-data-dir (nothing cached between pages), installs a route that
 *       ABORTS and records every request to a non-loopback host, then navigates.
 *   OpenedPage = {
 *     page: Page;                     // playwright-core Page
 *     url: string;                    // absolute URL that was opened
 *     requests: string[];             // every request URL seen (page + workers), in order
 *     externalRequests: string[];     // non-loopback requests (all were aborted)
 *     failedRequests: {url: string; reason: string}[]; // network failures + HTTP status >= 400 (excl. the aborted external ones)
 *     consoleErrors: string[];        // console.error messages and uncaught page errors ("pageerror: …")
 *     close(): Promise<void>;         // closes the browser and deletes its profile folder
 *   }
 *   cellErrors(page): Promise<string[]>
 *       Text of Framework's rendered cell errors (".observablehq--error"): a cell that threw shows one.
 *   waitForIdle(page, ms = 500): Promise<void>
 *       Waits until the page has made no request for `ms` (lazy charts, DuckDB queries).
 *   settle(page, {idleMs = 1500, timeout = 30_000}): Promise<boolean>
 *       Waits until no cell shows Framework's loading indicator (<observablehq-loading>) and the
 *       network has been idle for idleMs; false if the timeout came first. DuckDB pages need
 *       this: the 34 MB wasm compiles with no request in flight before the tables load.
 *   screenshot(page, name): Promise<string>
 *       Full-page PNG to test-output/screenshots/<name>.png; returns the file path.
 *
 * Typical use:
 *   const p = await openPage("/figures", {width: 1280});
 *   try { expect(p.externalRequests).toEqual([]); await screenshot(p.page, "figures-1280"); }
 *   finally { await p.close(); }
 */
import {mkdir, mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {chromium, type BrowserContext, type Page} from "playwright-core";
import {inject} from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

/** Debian's Chromium; src/cli/ensure-chromium.ts installs it when missing. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Flags that keep Chromium from phoning home (updates, sync, QUIC probes) and run it headless as root. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

export interface OpenOptions {
  width?: number;
  height?: number;
  waitUntil?: "load" | "domcontentloaded" | "networkidle";
  timeout?: number;
  colorScheme?: "light" | "dark";
}

export interface OpenedPage {
  page: Page;
  url: string;
  requests: string[];
  externalRequests: string[];
  failedRequests: {url: string; reason: string}[];
  consoleErrors: string[];
  close(): Promise<void>;
}

/**
 * Root URL of the static server started by the global setup.
 *
 * @example fetch(`${baseUrl()}/index.html`)
 */
export function baseUrl(): string {
  return inject("baseUrl");
}

/**
 * Absolute path of the built site being served.
 *
 * @example readdirSync(distDir())
 */
export function distDir(): string {
  return inject("distDir");
}

/**
 * Whether a URL stays on this machine. data:/blob: URLs never touch the network.
 *
 * @example isLoopback("http://127.0.0.1:3000/") // true
 */
export function isLoopback(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:") return true;
  const host = u.hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}

/**
 * Opens a site page in a fresh headless Chromium with the network limited to loopback.
 *
 * @example const p = await openPage("/timeline", {width: 800});
 */
export async function openPage(path: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const {width = 1200, height = 900, waitUntil = "networkidle", timeout = 30_000, colorScheme} = options;
  const profile = await mkdtemp(join(tmpdir(), "newsprism-chromium-"));
  let context: BrowserContext;
  try {
    // launchPersistentContext is how playwright takes a --user-data-dir: a new empty one per page
    // means no HTTP cache or storage leaks between pages, so every page proves itself offline.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: {width, height},
      colorScheme,
      timeout
    });
  } catch (error) {
    await rm(profile, {recursive: true, force: true});
    throw error;
  }
  const requests: string[] = [];
  const externalRequests: string[] = [];
  const failedRequests: {url: string; reason: string}[] = [];
  const consoleErrors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    externalRequests.push(url);
    return route.abort("blockedbyclient");
  });
  context.on("request", (request) => requests.push(request.url()));
  context.on("requestfailed", (request) => {
    const url = request.url();
    if (!isLoopback(url)) return; // already recorded as external
    failedRequests.push({url, reason: request.failure()?.errorText ?? "failed"});
  });
  context.on("response", (response) => {
    if (response.status() >= 400) failedRequests.push({url: response.url(), reason: `HTTP ${response.status()}`});
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
  const url = new URL(path, `${baseUrl()}/`).href;
  const close = async () => {
    await context.close().catch(() => {});
    await rm(profile, {recursive: true, force: true});
  };
  try {
    await page.goto(url, {waitUntil, timeout});
  } catch (error) {
    await close();
    throw error;
  }
  return {page, url, requests, externalRequests, failedRequests, consoleErrors, close};
}

/**
 * Text of every Framework cell error on the page (a cell that threw renders ".observablehq--error").
 *
 * @example expect(await cellErrors(p.page)).toEqual([])
 */
export async function cellErrors(page: Page): Promise<string[]> {
  return page.locator(".observablehq--error").allInnerTexts();
}

/**
 * Waits until no request has started for `ms` milliseconds (max 20 s), for lazily rendered cells.
 *
 * @example await waitForIdle(p.page, 800)
 */
export async function waitForIdle(page: Page, ms = 500): Promise<void> {
  let last = Date.now();
  const onRequest = () => (last = Date.now());
  page.on("request", onRequest);
  const deadline = Date.now() + 20_000;
  try {
    while (Date.now() - last < ms && Date.now() < deadline) await page.waitForTimeout(100);
  } finally {
    page.off("request", onRequest);
  }
}

/**
 * Waits for Framework cells to resolve and the network to go quiet. Returns false on timeout.
 *
 * @example await settle(p.page, {idleMs: 2000})
 */
export async function settle(page: Page, {idleMs = 1500, timeout = 30_000}: {idleMs?: number; timeout?: number} = {}): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const loading = await page.locator("observablehq-loading").count();
    if (loading === 0) {
      await waitForIdle(page, idleMs);
      if ((await page.locator("observablehq-loading").count()) === 0) return true;
    } else await page.waitForTimeout(100);
  }
  return false;
}

/** Where screenshots go; test-output/ is git-ignored. */
export const SCREENSHOT_DIR = resolve("test-output", "screenshots");

/**
 * Saves a full-page screenshot to test-output/screenshots/<name>.png and returns the path.
 *
 * @example await screenshot(p.page, "overview-1280")
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, {recursive: true});
  const file = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, "_")}.png`);
  await page.screenshot({path: file, fullPage: true});
  return file;
}
