/** Pure value rules shared by the element, its keyboard and its pointer logic. */

export const MIN = 0;
export const MAX = 100;
export const DEFAULT_VALUE = 50;
export const DEFAULT_STEP = 1;
/** Shift+Arrow and PageUp/PageDown move by this much (or by `step`, if larger). */
export const BIG_STEP = 10;

export const clamp = (n: number, min = MIN, max = MAX): number =>
  Math.min(max, Math.max(min, n));

/** Keeps two decimals: enough for a 1 px drag on a 10 000 px wide image. */
export const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Sanitises a value the way `<input type=range>` does: anything that is not a
 * number falls back to the default, ±Infinity and out-of-range numbers clamp.
 */
export function sanitizeValue(input: unknown): number {
  const n = typeof input === 'number' ? input : parseNumber(input);
  if (Number.isNaN(n)) return DEFAULT_VALUE;
  return round(clamp(n));
}

/** A step must be a positive finite number; anything else means the default. */
export function sanitizeStep(input: unknown): number {
  const n = typeof input === 'number' ? input : parseNumber(input);
  return Number.isFinite(n) && n > 0 ? Math.min(n, MAX) : DEFAULT_STEP;
}

/**
 * Parses attribute text strictly: `"42"`, `" 42.5 "`, `"Infinity"` are
 * numbers; `""`, `"abc"`, `"42px"` and `null` are not (NaN).
 */
export function parseNumber(input: unknown): number {
  if (typeof input !== 'string' || input.trim() === '') return NaN;
  return Number(input);
}

/** Snaps to the nearest multiple of `step` that lies within 0–100. */
export function snap(value: number, step: number): number {
  const top = Math.floor(MAX / step) * step;
  return round(clamp(Math.round(value / step) * step, MIN, top));
}
