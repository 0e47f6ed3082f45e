/**
 * Disjoint sets over 0..n-1 with path halving. The root of a set is always its smallest
 * index, so which element represents a set never depends on the order of `union` calls
 * (the actor merge relies on that; event clusters only compare roots and read sizes).
 *
 * @example const u = new UnionFind(3); u.union(2, 0); u.find(2) // 0
 */
export class UnionFind {
  private parent: Int32Array;
  private size: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  /** Joins the sets of a and b; returns the new root (the smaller of the two roots). */
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const [lo, hi] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[hi] = lo;
    this.size[lo] += this.size[hi];
    return lo;
  }

  /** Number of elements in i's set. */
  sizeOf(i: number): number {
    return this.size[this.find(i)];
  }
}
