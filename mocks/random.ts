/**
 * Deterministic randomness for the seed and for ids the mock hands out. Nothing in mocks/
 * that ends up in the store may call Math.random: tests compare against the seed, and the
 * demo must look the same on every machine.
 */

/** mulberry32: tiny, fast, and good enough to pick names and numbers. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** Integer in [min, max]. */
    int(min: number, max: number): number {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    hex(length: number): string {
      let out = '';
      while (out.length < length) out += Math.floor(next() * 16).toString(16);
      return out;
    },
  };
}

export type Random = ReturnType<typeof createRandom>;

/** Milliseconds between the Gregorian epoch (1582-10-15) and the Unix epoch. */
const gregorianOffsetMs = 12_219_292_800_000;

/**
 * A UUID of version 1 built from a time and a counter, shaped like the ids UCS returns
 * (`b0d1ecb5-7947-11ee-9467-0255ac1001bf`): time-based, with Huawei Cloud's `0255ac` node
 * prefix. Same inputs, same id, so seeds and tests are reproducible.
 */
export function timeUuid(ms: number, sequence: number): string {
  const ticks =
    (BigInt(Math.floor(ms)) + BigInt(gregorianOffsetMs)) * 10_000n + BigInt(sequence % 10_000);
  const timeLow = (ticks & 0xffffffffn).toString(16).padStart(8, '0');
  const timeMid = ((ticks >> 32n) & 0xffffn).toString(16).padStart(4, '0');
  const timeHigh = (((ticks >> 48n) & 0x0fffn) | 0x1000n).toString(16).padStart(4, '0');
  const clockSeq = (0x8000 | ((sequence * 7919) % 0x3fff)).toString(16).padStart(4, '0');
  const node = `0255ac${(0x100000 + (sequence % 0xeffff)).toString(16).padStart(6, '0')}`;
  return `${timeLow}-${timeMid}-${timeHigh}-${clockSeq}-${node}`;
}

/** 32 lowercase hex digits: the shape of Huawei Cloud project, user and domain ids. */
export function hexId(random: Random): string {
  return random.hex(32);
}
