/**
 * Pure rules of the zoomed view, shared by the pointer, the wheel, the keys
 * and the buttons. A view is a scale and the point of the unzoomed box that
 * is drawn at the box's centre, in fractions of the box: it needs no px, so
 * a resized box keeps its view.
 */
import {clamp, round} from './value.js';

export interface View {
  /** 1 shows the whole box. */
  scale: number;
  /** The unzoomed box's point at the centre of the box, 0–1 from the left and the top. */
  x: number;
  y: number;
}

export const WHOLE: View = {scale: 1, x: 0.5, y: 0.5};

/**
 * The nearest view that keeps the zoomed box over the whole box: the images
 * always cover it, never an empty band at an edge.
 */
export function clampView(
  scale: number,
  x: number,
  y: number,
  max: number
): View {
  const s = clamp(Number.isFinite(scale) ? scale : 1, 1, max);
  const half = 0.5 / s;
  return {
    scale: s,
    x: clamp(x, half, 1 - half),
    y: clamp(y, half, 1 - half),
  };
}

/** The scene point drawn at (`px`, `py`), fractions of the box, as seen in `view`. */
export function scenePoint(
  view: View,
  px: number,
  py: number
): [number, number] {
  return [view.x + (px - 0.5) / view.scale, view.y + (py - 0.5) / view.scale];
}

/** Zooms to `scale`, keeping the scene point under (`px`, `py`) where it is. */
export function zoomAbout(
  view: View,
  scale: number,
  px: number,
  py: number,
  max: number
): View {
  const s = clamp(scale, 1, max);
  const [x, y] = scenePoint(view, px, py);
  return clampView(s, x - (px - 0.5) / s, y - (py - 0.5) / s, max);
}

/**
 * A pinch: the scene point under the fingers' first midpoint follows their
 * midpoint now, at the start scale times how far they spread.
 */
export function pinch(
  start: View,
  spread: number,
  from: [number, number],
  to: [number, number],
  max: number
): View {
  const s = clamp(start.scale * spread, 1, max);
  const [x, y] = scenePoint(start, from[0], from[1]);
  return clampView(s, x - (to[0] - 0.5) / s, y - (to[1] - 0.5) / s, max);
}

/** Moves the scene with the pointer by (`dx`, `dy`), fractions of the box. */
export function panBy(view: View, dx: number, dy: number, max: number): View {
  return clampView(
    view.scale,
    view.x - dx / view.scale,
    view.y - dy / view.scale,
    max
  );
}

/** How far W, A, S, D move the view, in fractions of the box. */
const PAN_STEP = 0.1;
/** By physical key, so every keyboard layout pans with the same four keys. */
const PAN_KEYS: Record<string, [number, number]> = {
  KeyW: [0, 1],
  KeyA: [1, 0],
  KeyS: [0, -1],
  KeyD: [-1, 0],
};

/**
 * The view a key press leads to, or `null` if the key is not zoom's: `+` or
 * `=` zoom in ×2 about the centre, `-` out, `0` shows the whole image; W, A,
 * S, D look up, left, down, right. None of them is a browser's or a screen
 * reader's key while a slider has focus.
 */
export function viewForKey(
  key: string,
  code: string,
  view: View,
  max: number
): View | null {
  if (key === '+' || key === '=')
    return zoomAbout(view, view.scale * 2, 0.5, 0.5, max);
  if (key === '-') return zoomAbout(view, view.scale / 2, 0.5, 0.5, max);
  if (key === '0') return WHOLE;
  const pan = PAN_KEYS[code];
  return pan ? panBy(view, pan[0] * PAN_STEP, pan[1] * PAN_STEP, max) : null;
}

/**
 * The `transform` of a zoomed picture, from its top-left corner, in percent
 * of its own box (the box): a resize needs no new transform. `mirrored` is
 * the `before` picture's frame in right-to-left, which CSS mirrors.
 */
export function viewTransform({scale, x, y}: View, mirrored: boolean): string {
  const tx = (0.5 - scale * x) * 100;
  const ty = (0.5 - scale * y) * 100;
  return `translate(${round(mirrored ? (1 - scale) * 100 - tx : tx)}%, ${round(ty)}%) scale(${scale})`;
}

/** Eases a view towards another: the scale geometrically, so a zoom feels even, the centre with it. */
export function between(from: View, to: View, t: number): View {
  const scale = from.scale * (to.scale / from.scale) ** t;
  const k =
    to.scale === from.scale
      ? t
      : (scale - from.scale) / (to.scale - from.scale);
  return {
    scale,
    x: from.x + (to.x - from.x) * k,
    y: from.y + (to.y - from.y) * k,
  };
}
