/** Union–find over form indexes; the root is always the smaller index, so results never depend on call order of equal unions. */
export class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({length: n}, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[i] !== r) {
      const next = this.parent[i];
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  /** Joins the sets of a and b; returns the new root. */
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const [lo, hi] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[hi] = lo;
    return lo;
  }
}
