/**
 * Seeds Observable Framework's npm cache from node_modules so builds never touch the network
 * (see docs/offline.md and /work/shared/notes/framework-offline.md). Run by prebuild/predev.
 *
 * Framework 1.13 resolves every `npm:` import to `/_npm/<name>@<version>/…` and fetches the
 * version from registry.npmjs.org and the file from cdn.jsdelivr.net unless the folder/file
 * already exists under `src/.observablehq/cache/_npm/`. So this script:
 *  1. clears that folder (stale versions would otherwise win the version look-up), unless a
 *     stamp shows it already holds exactly what this run would write (`--force` ignores it);
 *  2. bundles each browser package we use with esbuild into `_npm/<name>@<installed>/_esm.js`
 *     (what jsDelivr's `+esm` would return), keeping imports between vendored packages as
 *     relative imports of each other's `_esm.js`, so e.g. Plot shares the vendored d3;
 *  3. copies the non-JS files Framework resolves with `import.meta.resolve` (DuckDB's wasm
 *     and worker scripts) into DuckDB's folder, which must be named with Framework's pinned
 *     DUCKDB_WASM_VERSION even though the content is the installed version;
 *  4. creates empty `<name>@0.0.0-offline` folders for every other `npm:` name the Framework
 *     runtime mentions (react-dom, lodash, …) so its version look-up is answered locally. A page
 *     that really imports one of them fails the build naming `0.0.0-offline`: install it.
 */
import {build, type Plugin} from "esbuild";
import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {copyFile, mkdir, readFile, readdir, rm, writeFile} from "node:fs/promises";
import {dirname, join, posix, relative, resolve} from "node:path";

/** The app's browser packages. Pages may add others with `npm:<name>` imports (found by scanSources). */
export const BROWSER_PACKAGES = [
  "d3",
  "d3-dsv",
  "@observablehq/plot",
  "htl",
  "isoformat",
  "arquero",
  "apache-arrow",
  "@duckdb/duckdb-wasm"
];

/** Extra files Framework resolves inside a package folder (`import.meta.resolve("npm:…/file")`). */
export const PACKAGE_FILES: Record<string, string[]> = {
  "@duckdb/duckdb-wasm": [
    "dist/duckdb-mvp.wasm",
    "dist/duckdb-eh.wasm",
    "dist/duckdb-browser-mvp.worker.js",
    "dist/duckdb-browser-eh.worker.js"
  ],
  "parquet-wasm": ["esm/parquet_wasm_bg.wasm"]
};

/**
 * Dependencies Framework itself shares across packages whatever the declared range (npm.js
 * getDependencyResolver maps apache-arrow to "latest" for these): we do the same, so an Arrow
 * table made by the page is the same class DuckDB sees.
 */
const SHARED_DESPITE_NESTED: Record<string, string[]> = {
  "@duckdb/duckdb-wasm": ["apache-arrow"],
  arquero: ["apache-arrow"]
};

/** Folders under the source root that never run in the browser. */
const NODE_SIDE = new Set(["cli", "pipeline", "data"]);

const PLACEHOLDER_VERSION = "0.0.0-offline";

/** `npm:<name>` specifiers in source text, name only ("npm:d3-array/x" → "d3-array"). */
const NPM_SPECIFIER = /npm:((?:@[\w.-]+\/)?[\w.-]+)/g;

/**
 * Every package name mentioned as `npm:<name>` in the text.
 *
 * @example npmNames('import("npm:@duckdb/duckdb-wasm/dist/x.wasm"); import("npm:lodash")') // ["@duckdb/duckdb-wasm", "lodash"]
 */
export function npmNames(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(NPM_SPECIFIER)) names.add(match[1].replace(/\.$/, ""));
  return [...names];
}

async function listFiles(dir: string, keep: (file: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, {withFileTypes: true});
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      out.push(...(await listFiles(path, keep)));
    } else if (keep(path)) out.push(path);
  }
  return out;
}

async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, "utf-8"));
}

/** Installed version of a top-level package, or null when it is not installed. */
async function installedVersion(modules: string, name: string): Promise<string | null> {
  const path = join(modules, name, "package.json");
  return existsSync(path) ? String((await readJson(path)).version) : null;
}

/** Names after the first path segment(s): "@a/b/c" → "@a/b", "d3-array/x" → "d3-array". */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

export interface VendorResult {
  vendored: {name: string; version: string; bytes: number}[];
  placeholders: string[];
  ms: number;
  /** True when the cache already matched and nothing was rewritten. */
  skipped: boolean;
}

/**
 * Rebuilds `<root>/.observablehq/cache/_npm` from node_modules.
 *
 * @example await vendorNpm({root: "src", modules: "node_modules"})
 */
export async function vendorNpm(options: {root: string; modules: string; force?: boolean; log?: (line: string) => void}): Promise<VendorResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const modules = resolve(options.modules);
  const cache = resolve(options.root, ".observablehq", "cache", "_npm");
  const framework = join(modules, "@observablehq", "framework", "dist");

  const duckdbSource = await readFile(join(framework, "duckdb.js"), "utf-8");
  const pinned = /DUCKDB_WASM_VERSION\s*=\s*"([^"]+)"/.exec(duckdbSource)?.[1];
  if (!pinned) throw new Error("DUCKDB_WASM_VERSION not found in @observablehq/framework/dist/duckdb.js");

  // Builtins map npm:@observablehq/inputs etc. to Framework's own bundles: never via the cache.
  const resolvers = await readFile(join(framework, "resolvers.js"), "utf-8");
  const builtins = new Set([...resolvers.matchAll(/\["npm:((?:@[\w.-]+\/)?[\w.-]+)",/g)].map((m) => m[1]));

  const runtimeFiles = await listFiles(framework, (f) => f.endsWith(".js"));
  const runtimeNames = new Set<string>();
  for (const file of runtimeFiles) {
    // Comments hold examples such as "npm:foo/bar.js" that nothing imports.
    const code = (await readFile(file, "utf-8")).replace(/(^|\s)\/\/[^\n]*/g, "$1");
    for (const name of npmNames(code)) runtimeNames.add(name);
  }

  // Browser code only: pages and components (node-side folders mention npm: in comments).
  const root = resolve(options.root);
  const sourceFiles = await listFiles(root, (f) => {
    const top = relative(root, f).split(/[\\/]/)[0];
    return !NODE_SIDE.has(top) && /\.(md|js|ts|jsx|tsx)$/.test(f);
  });
  const pageNames = new Set<string>();
  for (const file of sourceFiles) for (const name of npmNames(await readFile(file, "utf-8"))) pageNames.add(name);

  const wanted = new Set(BROWSER_PACKAGES);
  for (const name of pageNames) if (!builtins.has(name) && (await installedVersion(modules, name))) wanted.add(name);

  const versions = new Map<string, string>();
  for (const name of wanted) {
    const version = await installedVersion(modules, name);
    if (!version) throw new Error(`${name} is not installed: run npm install`);
    // Framework always asks for DuckDB-wasm at its pinned version (npm.js resolveNpmImport).
    versions.set(name, name === "@duckdb/duckdb-wasm" ? pinned : version);
  }

  const folder = (name: string) => `${name}@${versions.get(name)}`;
  const placeholders = [...new Set([...runtimeNames, ...pageNames])]
    .filter((name) => !versions.has(name) && !builtins.has(name))
    .sort();

  // Same packages, versions, placeholders, Framework, esbuild and script as last time → the
  // cache already holds exactly what we would write: skip (saves ~1 s of a warm build).
  // The stamp lives outside _npm, whose entries Framework parses as name@version.
  const stampPath = join(cache, "..", "newsprism-vendor.json");
  const stamp = JSON.stringify({
    script: createHash("sha256").update(await readFile(new URL(import.meta.url))).digest("hex"),
    framework: await installedVersion(modules, "@observablehq/framework"),
    esbuild: await installedVersion(modules, "esbuild"),
    versions: [...versions].sort(),
    placeholders
  });
  const upToDate =
    !options.force &&
    (await readFile(stampPath, "utf-8").catch(() => "")) === stamp &&
    [...versions.keys()].every((name) => existsSync(join(cache, folder(name), "_esm.js"))) &&
    placeholders.every((name) => existsSync(join(cache, `${name}@${PLACEHOLDER_VERSION}`)));
  if (upToDate) {
    log("npm cache is up to date");
    return {vendored: [], placeholders, ms: performance.now() - started, skipped: true};
  }

  await rm(stampPath, {force: true});
  await rm(cache, {recursive: true, force: true});
  await mkdir(cache, {recursive: true});

  const vendored: VendorResult["vendored"] = [];
  await Promise.all(
    [...versions.keys()].map(async (name) => {
      const outFile = join(cache, folder(name), "_esm.js");
      const nested = (dep: string) =>
        existsSync(join(modules, name, "node_modules", dep)) && !SHARED_DESPITE_NESTED[name]?.includes(dep);
      const shareVendored: Plugin = {
        name: "share-vendored",
        setup(b) {
          b.onResolve({filter: /^[@\w]/}, (args) => {
            const dep = packageOf(args.path);
            if (dep === name || !versions.has(dep) || nested(dep) || args.path !== dep) return undefined;
            // Relative, so Framework follows it as a "local" npm import and copies it into dist.
            const target = posix.join(folder(dep), "_esm.js");
            return {path: posix.relative(posix.dirname(posix.join(folder(name), "_esm.js")), target), external: true};
          });
        }
      };
      const result = await build({
        stdin: {contents: `export * from ${JSON.stringify(name)};\n${await defaultExport(modules, name)}`, resolveDir: modules},
        bundle: true,
        format: "esm",
        platform: "browser",
        target: "es2022",
        minify: true,
        legalComments: "none",
        write: false,
        logLevel: "error",
        define: {"process.env.NODE_ENV": '"production"', global: "globalThis"},
        plugins: [shareVendored]
      });
      const code = stripCdnUrls(result.outputFiles[0].text, (n) => n && log(`${name}: ${n} CDN URL(s) made local`));
      await mkdir(dirname(outFile), {recursive: true});
      await writeFile(outFile, code);
      for (const file of PACKAGE_FILES[name] ?? []) {
        const target = join(cache, folder(name), file);
        await mkdir(dirname(target), {recursive: true});
        await copyFile(join(modules, name, file), target);
      }
      vendored.push({name, version: versions.get(name)!, bytes: Buffer.byteLength(code)});
      log(`vendored ${name}@${versions.get(name)} (${(Buffer.byteLength(code) / 1024).toFixed(0)} kB)`);
    })
  );

  for (const name of placeholders) await mkdir(join(cache, `${name}@${PLACEHOLDER_VERSION}`), {recursive: true});
  log(`placeholders (${placeholders.length}): ${placeholders.join(" ")}`);
  vendored.sort((a, b) => (a.name < b.name ? -1 : 1));
  await writeFile(stampPath, stamp);
  return {vendored, placeholders, ms: performance.now() - started, skipped: false};
}

/** CDN origins libraries fall back to (e.g. DuckDB-wasm's getJsDelivrBundles, which Framework never calls). */
const CDN_URL = /https:\/\/(?:cdn\.jsdelivr\.net|unpkg\.com|esm\.sh)\//g;

/**
 * Rewrites CDN origins in vendored code to a local path that does not exist, so a code path we
 * don't use fails with a loopback 404 instead of reaching the internet, and the built site
 * provably names no CDN (test/browser/offline.test.ts greps dist).
 *
 * @example stripCdnUrls('"https://cdn.jsdelivr.net/npm/"') // '"/_npm/offline-cdn/npm/"'
 */
export function stripCdnUrls(code: string, report: (count: number) => void = () => {}): string {
  let count = 0;
  const out = code.replace(CDN_URL, () => (count++, "/_npm/offline-cdn/"));
  report(count);
  return out;
}

/**
 * `export *` drops a default export; re-export it when the package has one (htl has none,
 * but e.g. a CommonJS package's whole API is its default).
 */
async function defaultExport(modules: string, name: string): Promise<string> {
  const hasDefault = await build({
    stdin: {contents: `export {default} from ${JSON.stringify(name)};`, resolveDir: modules},
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent"
  }).then(() => true, () => false);
  return hasDefault ? `export {default} from ${JSON.stringify(name)};\n` : "";
}

async function main(): Promise<void> {
  const quiet = process.argv.includes("--quiet");
  const result = await vendorNpm({
    root: "src",
    modules: "node_modules",
    force: process.argv.includes("--force"),
    log: quiet ? undefined : (line) => console.error(`[vendor] ${line}`)
  });
  if (result.skipped) {
    console.error(`[vendor] npm cache up to date (${(result.ms / 1000).toFixed(1)} s; --force rebuilds it)`);
    return;
  }
  console.error(
    `[vendor] ${result.vendored.length} packages bundled, ${result.placeholders.length} placeholders, ` +
      `${(result.ms / 1000).toFixed(1)} s → ${relative(process.cwd(), resolve("src/.observablehq/cache/_npm"))}`
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main().catch((error) => {
    console.error(`[vendor] failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  });
}
