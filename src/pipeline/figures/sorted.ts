/**
 * Binary search over items sorted by `start`: the window lookups of stage 05 stay O(log n) per figure,
 * so a 1 MB line with 100,000 figures is not quadratic.
 */

/**
 * Index of the first item whose `start` is ≥ `pos` (items sorted by start).
 *
 * @example firstFrom([{start: 1}, {start: 5}], 3) // 1
 */
export function firstFrom(items: readonly {start: number}[], pos: number): number {
  let a = 0, b = items.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (items[mid].start < pos) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** Up to this many items sortSmall sorts by insertion. */
const SMALL = 16;

/**
 * Sorts `items` in place by `compare` and returns them, in the order Array.prototype.sort gives (both are stable,
 * so for a consistent `compare` the order is the same): by insertion for the few dates or periods of one sentence,
 * since sort() sets up state (about 1 KB) per call even for two items; by sort() beyond SMALL items.
 *
 * @example sortSmall([{start: 5}, {start: 1}], (a, b) => a.start - b.start)[0].start // 1
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SMALL) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    let j = i - 1;
    while (j >= 0 && compare(items[j], x) > 0) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = x;
  }
  return items;
}
