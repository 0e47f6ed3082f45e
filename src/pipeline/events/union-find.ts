/**
 * Disjoint sets over 0..n-1 with path halving and union by size: near-constant time
 * per operation. The components do not depend on the order of `union` calls.
 *
 * @example const u = new UnionFind(3); u.union(0, 2); u.find(2) === u.find(0) // true
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

  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
  }

  sizeOf(i: number): number {
    return this.size[this.find(i)];
  }
}
