/**
 * Seeded randomness: a small PRNG, independent streams per scene part, and
 * value noise for the ground and the grade. Nothing else in the renderer may
 * draw random numbers, so the same seed always gives the same bytes.
 */

/**
 * mulberry32: a tiny 32-bit PRNG, enough for scattering stones.
 * @param {number} seed
 * @returns {() => number} uniform values in [0, 1)
 */
function mulberry32(seed) {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Integer hash of a lattice point to [0, 1); the basis of the value noise.
 * @param {number} x
 * @param {number} y
 * @param {number} seed
 */
function hash2(x, y, seed) {
  let h = seed ^ Math.imul(x, 0x27d4eb2d) ^ Math.imul(y, 0x165667b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/**
 * One independent PRNG stream per scene part, so that editing one part (or
 * drawing the 2017 ruins) never shifts the random numbers of another.
 * @param {number} seed
 * @param {number} salt
 */
export const stream = (seed, salt) =>
  mulberry32(hash2(salt, 0x51ed, seed) * 2 ** 32);

/** Smoothly interpolated lattice noise in [0, 1). */
export function valueNoise(x, y, seed) {
  const xi = Math.floor(x);
  const yi = Math.floor(y);
  const fx = x - xi;
  const fy = y - yi;
  const u = fx * fx * (3 - 2 * fx);
  const v = fy * fy * (3 - 2 * fy);
  const a = hash2(xi, yi, seed);
  const b = hash2(xi + 1, yi, seed);
  const c = hash2(xi, yi + 1, seed);
  const d = hash2(xi + 1, yi + 1, seed);
  return a + (b - a) * u + (c - a) * v + (a - b - c + d) * u * v;
}

/** Fractal sum of value noise, normalised to [0, 1). */
export function fbm(x, y, seed, octaves) {
  let sum = 0;
  let norm = 0;
  for (let i = 0, amp = 1, f = 1; i < octaves; i++, amp /= 2, f *= 2) {
    sum += amp * valueNoise(x * f, y * f, seed + i);
    norm += amp;
  }
  return sum / norm;
}
