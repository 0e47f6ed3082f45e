/**
 * A stable sort for the short lists the stages sort per sentence or per actor (a sentence's dates, periods and
 * events, an actor's aliases, a date window's results), where Array.prototype.sort's set-up cost more than the
 * sorting: by insertion up to `small` items, by sort() beyond, so a hostile list still costs n log n.
 */

/**
 * Sorts `items` in place by `compare` and returns them, in the order Array.prototype.sort gives (both are stable,
 * so for a consistent `compare` the order is the same): by insertion up to `small` items, since sort() sets up state
 * (about 1 KB) per call even for two items; by sort() beyond.
 *
 * @example sortSmall([{start: 5}, {start: 1}], (a, b) => a.start - b.start)[0].start // 1
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number, small = 16): T[] {
  if (items.length > small) return items.sort(compare);
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
