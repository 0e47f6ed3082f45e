/**
 * Observable Framework 1.13 configuration. Everything here keeps the site offline:
 * - globalStylesheets: [] drops the Google Fonts stylesheet Framework adds by default; the
 *   themes' font stacks then fall back to system fonts (no @font-face, nothing fetched);
 * - theme, not `style`: a `style` option would REPLACE the themes. Pages add src/style.css
 *   themselves with `<link rel="stylesheet" href="./style.css">`;
 * - duckdb extensions json/parquet set to null: Framework would otherwise download them from
 *   extensions.duckdb.org at build time. Pages feed DuckDB Arrow IPC files instead
 *   (FileAttachment("data/tables/x.arrow")), never read_parquet/read_json;
 * - search on: Framework builds the index at build time and bundles MiniSearch from node_modules,
 *   so it needs no network (checked by test/browser/offline.test.ts).
 * npm: imports are served from src/.observablehq/cache/_npm, seeded by src/cli/vendor-npm.ts.
 * See docs/offline.md.
 */
import {existsSync} from "node:fs";

/** Sidebar order. A page whose src/<file>.md is missing is left out instead of failing the build. */
export const PAGES = [
  {name: "Overview", path: "/", file: "index.md"},
  {name: "Timeline", path: "/timeline", file: "timeline.md"},
  {name: "Figures", path: "/figures", file: "figures.md"},
  {name: "Network", path: "/network", file: "network.md"},
  {name: "Outlets", path: "/outlets", file: "outlets.md"},
  {name: "Explore", path: "/explore", file: "explore.md"},
  {name: "Method", path: "/method", file: "method.md"}
];

export default {
  root: "src",
  // The browser tests build into their own folder (test/browser/setup.ts) so a test run never
  // overwrites, or reads half-written, the dist/ that `npm start` serves.
  output: process.env.NEWSPRISM_OUTPUT || "dist",
  title: "Newsprism",
  pages: PAGES.filter((p) => existsSync(new URL(`src/${p.file}`, import.meta.url))).map(({name, path}) => ({name, path})),
  globalStylesheets: [],
  // An empty icon: without it browsers request /favicon.ico, a 404 logged as a console error.
  head: '<link rel="icon" href="data:,">',
  theme: ["air", "near-midnight"],
  duckdb: {extensions: {json: null, parquet: null}},
  search: true,
  toc: true,
  pager: true,
  footer: "Newsprism"
};
