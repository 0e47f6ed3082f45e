/**
 * A map from whole numbers (0 ≤ key < 2^53) to whole numbers (0 ≤ value < 2^31), kept in two
 * typed arrays with open addressing: the hash joins of stage 10 (events/cluster.ts) look up and
 * insert a number key per event and actor, about 400,000 times for 5,000 articles, and a JS Map
 * of numbers spent most of that stage in its own lookups, growth and garbage (each entry an
 * object of the hash table's chains). Here a lookup is a hash and a few array reads.
 *
 * @example const m = new NumberMap(); m.set(42, 7); m.get(42) // 7; m.get(5) // -1
 */
export class NumberMap {
  /** Key per slot, EMPTY where none. */
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  /** Number of keys held. */
  size = 0;

  /** `expected`: about how many keys will be set (the table grows past it as needed). */
  constructor(expected = 8) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The value set for `key`, or -1 when none was. */
  get(key: number): number {
    const {keys, mask} = this;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const k = keys[slot];
      if (k === key) return this.values[slot];
      if (k === EMPTY) return -1;
    }
  }

  /** Whether a value was set for `key`. */
  has(key: number): boolean {
    return this.get(key) >= 0;
  }

  /** Sets the value of `key` (a new key or a new value for an old one). */
  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const {keys, mask} = this;
    let slot = hash(key) & mask;
    while (keys[slot] !== key && keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    if (keys[slot] === EMPTY) {
      keys[slot] = key;
      this.size++;
    }
    this.values[slot] = value;
  }

  /** Doubles the table, placing every key again. */
  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Float64Array(oldKeys.length * 2).fill(EMPTY);
    this.values = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    const {keys, values, mask} = this;
    for (let s = 0; s < oldKeys.length; s++) {
      const key = oldKeys[s];
      if (key === EMPTY) continue;
      let slot = hash(key) & mask;
      while (keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      keys[slot] = key;
      values[slot] = oldValues[s];
    }
  }
}

/** Marks an empty slot: no key is negative. */
const EMPTY = -1;

/** Spreads a whole number (below 2^53) over 32 bits: its low and high words, mixed. */
function hash(key: number): number {
  const lo = key | 0;
  const hi = (key / 4294967296) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 13);
}
