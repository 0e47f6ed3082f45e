/**
 * Observable Framework 1.13 configuration. Everything here keeps the site offline:
 * - globalStylesheets: [] drops the Google Fonts stylesheet Framework adds by default; the
 *   themes' font stacks then fall back to system fonts (no @font-face, nothing fetched);
 * - theme, not `style`: a `style` option would REPLACE the themes. Pages add src/style.css
 *   themselves with `<link rel="stylesheet" href="./style.css">`;
 * - duckdb extensions json/parquet set to null: Framework would otherwise download them from
 *   extensions.duckdb.org at build time. Pages feed DuckDB Arrow IPC files instead
 *   (FileAttachment("data/tables/x.arrow")), never read_parquet/read_json;
 * - search stays off: its index is fine offline, but it adds a MiniSearch import we don't vendor.
 * npm: imports are served from src/.observablehq/cache/_npm, seeded by src/cli/vendor-npm.ts.
 * See docs/offline.md.
 */
export default {
  root: "src",
  title: "Newsprism",
  pages: [
    {name: "Overview", path: "/"},
    {name: "Timeline", path: "/timeline"},
    {name: "Figures", path: "/figures"},
    {name: "Network", path: "/network"},
    {name: "Outlets", path: "/outlets"},
    {name: "Explore", path: "/explore"},
    {name: "Method", path: "/method"}
  ],
  globalStylesheets: [],
  theme: ["air", "near-midnight"],
  duckdb: {extensions: {json: null, parquet: null}},
  search: false,
  toc: true,
  pager: true,
  footer: "Newsprism",
  cleanUrls: true
};
