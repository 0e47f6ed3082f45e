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
