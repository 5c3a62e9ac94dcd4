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
 * Sanitises a value much as `<input type=range>` does: text that is not a
 * number falls back to the default; out-of-range numbers, ±Infinity
 * included, clamp.
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

/**
 * Snaps to the nearest multiple of `step`, or to 100, which is always a stop
 * (so End reaches the end whatever the step).
 */
export function snap(value: number, step: number): number {
  if (value >= MAX) return MAX;
  return round(clamp(Math.round(value / step) * step));
}

/** Default `max-zoom`. */
export const MAX_ZOOM = 4;

/** `max-zoom` as the element takes it: not a number or below 1 means 4; above 8 means 8. */
export function sanitizeMaxZoom(input: unknown): number {
  const n = typeof input === 'number' ? input : parseNumber(input);
  return n >= 1 ? Math.min(n, 8) : MAX_ZOOM;
}

/** Attribute text as is, for a property whose setter sanitises it. */
export function asText(text: string | null): string | null {
  return text;
}
