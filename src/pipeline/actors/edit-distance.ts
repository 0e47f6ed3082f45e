/**
 * Rows of the distance table, reused between calls (the merge compares many surname pairs;
 * three fresh arrays per pair were most of its allocation). Grown when a longer word comes.
 */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Optimal-string-alignment Damerau–Levenshtein distance with an early exit above `max`
 * ("Volkov"/"Volkow" → 1, "Volkov"/"Vlokov" → 1).
 *
 * @example editDistance("volkov", "volkow", 2) // 1
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  if (rows[0].length < m + 1) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  prev2.fill(0, 0, m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  cur.fill(0, 0, m + 1);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[m];
}
