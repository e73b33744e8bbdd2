/**
 * A small seeded PRNG (xoshiro128**, seeded through cyrb128) for the synthetic case generator.
 * Math.random cannot be seeded, and the generator must write identical rows, ids included, for
 * the same seed: every case draws from a stream of its own (`Random.of(seed, …, index)`), so a
 * case does not depend on how many numbers the cases before it happened to draw.
 */

/** cyrb128: four well-mixed 32-bit words from a string (public domain, bryc). */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hexOfWord = (word: number) => hex[(word >>> 24) & 255]! + hex[(word >>> 16) & 255]! + hex[(word >>> 8) & 255]! + hex[word & 255]!;

export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  private constructor([a, b, c, d]: [number, number, number, number]) {
    // xoshiro must not start from the all-zero state; cyrb128 practically never yields it.
    this.s0 = a | 0 || 0x9e3779b9;
    this.s1 = b | 0;
    this.s2 = c | 0;
    this.s3 = d | 0;
  }

  /** A stream named by its parts: the same parts always give the same numbers. */
  static of(...parts: (string | number)[]): Random {
    return new Random(cyrb128(parts.join('\u001f')));
  }

  /** The next unsigned 32-bit integer. */
  next(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 4_294_967_296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Triangular distribution: durations that cluster around `mode` but have a long tail. */
  triangular(min: number, mode: number, max: number): number {
    const u = this.float();
    const split = (mode - min) / (max - min);
    return u < split ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  }

  /** A version-4-shaped UUID from this stream (deterministic, unlike crypto.randomUUID). */
  uuid(): string {
    const a = hexOfWord(this.next());
    const b = hexOfWord(((this.next() & 0xffff0fff) | 0x00004000) >>> 0);
    const c = hexOfWord(((this.next() & 0x3fffffff) | 0x80000000) >>> 0);
    const d = hexOfWord(this.next());
    return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
  }
}

/** Weighted choice with precomputed cumulative weights (tables are drawn from millions of times). */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError('a weighted table needs at least one entry');
    this.items = entries.map(([item]) => item);
    let sum = 0;
    this.cumulative = entries.map(([, weight]) => (sum += weight));
    this.total = sum;
  }

  draw(random: Random): T {
    const target = random.float() * this.total;
    let index = 0;
    while (index < this.cumulative.length - 1 && this.cumulative[index]! <= target) index += 1;
    return this.items[index]!;
  }
}
