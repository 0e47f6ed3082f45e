/**
 * Performance marks read by the site bench (src/cli/bench-site.ts):
 * `newsprism:first-chart` when the first chart is built, and the measure
 * `newsprism:filter-update` from an outlet-filter change to the last chart rebuilt after it.
 */

let filterStart: number | null = null;
let first = true;

/**
 * Call when the outlet filter changes.
 * @example markFilterStart()
 */
export function markFilterStart(): void {
  if (typeof performance === "undefined") return;
  filterStart = performance.now();
  performance.mark("newsprism:filter-start");
}

/**
 * Call when a chart element has been built.
 * @example markChart()
 */
export function markChart(): void {
  if (typeof performance === "undefined") return;
  if (first) {
    first = false;
    performance.mark("newsprism:first-chart");
  }
  if (filterStart !== null) {
    const start = filterStart;
    // Measure at the next frame, when the rebuilt chart is on screen (not just built).
    const done = () => performance.measure("newsprism:filter-update", {start, end: performance.now()});
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(done);
    else done();
  }
}
