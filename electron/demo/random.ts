/**
 * The seeded random numbers behind the synthetic school: the same seed gives the
 * same numbers on every machine, so the same school byte for byte.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 32-bit state words,
 * period at least 2^32) seeded through splitmix32, so nearby seeds give unrelated
 * streams. Only 32-bit integer arithmetic (Math.imul, >>>): no Math.random, no
 * floating-point rounding that could differ between platforms.
 *
 * `fork(label)` derives an independent stream from this one's seed and a label,
 * without drawing from it: a pupil's own stream does not shift when another pupil
 * draws more or fewer numbers.
 */
export class Random {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 1;

  private constructor(private readonly key: number) {
    let state = key;
    const next = () => {
      state = (state + 0x9e3779b9) | 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    // The usual warm-up: the first outputs of a fresh sfc32 state are poorly mixed.
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** A stream for an integer seed (any safe integer, negative included). */
  static seeded(seed: number): Random {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`A seed is a whole number; got ${String(seed)}.`);
    const big = BigInt(seed);
    const low = Number(BigInt.asUintN(32, big));
    const high = Number(BigInt.asUintN(32, big >> 32n));
    return new Random(mix(mix(0x5eed5c00, low), high));
  }

  /** An independent stream named by `label`; drawing from it never moves this one. */
  fork(label: string): Random {
    return new Random(mix(this.key, hashString(label)));
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A number in [0, 1), from 32 bits. */
  next(): number {
    return this.uint32() / 0x1_0000_0000;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`No whole number lies from ${min} to ${max}.`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Nothing to pick from.');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value, chosen with the given weights (any non-negative numbers, not all zero). */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((sum, [, weight]) => sum + weight, 0);
    if (!(total > 0)) throw new RangeError('The weights add up to nothing.');
    let target = this.next() * total;
    for (const [value, weight] of table) {
      target -= weight;
      if (target < 0) return value;
    }
    // Rounding can leave a sliver at the end: it belongs to the last entry with a weight.
    return [...table].reverse().find(([, weight]) => weight > 0)![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** A version-4-shaped UUID made of this stream's numbers (not a random UUID: it repeats with the seed). */
  uuid(): string {
    const hex = [this.uint32(), this.uint32(), this.uint32(), this.uint32()].map((n) => n.toString(16).padStart(8, '0')).join('');
    const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** Two 32-bit words into one, well mixed (murmur3's finaliser over a multiply-xor). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x27d4eb2d, 0x165667b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over the UTF-16 code units of a label. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
