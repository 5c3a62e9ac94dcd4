import {BIG_STEP, MAX, MIN, snap} from './value.js';

export interface KeyContext {
  value: number;
  step: number;
  vertical: boolean;
  rtl: boolean;
}

/**
 * The value a key press leads to, or `null` if the key is not the slider's.
 * Arrows move the divider the way it looks: in RTL, ArrowLeft moves it left,
 * which is towards the inline end and so raises the value; in vertical mode
 * ArrowDown and PageDown move it down. Home and End go to the ends.
 */
export function valueForKey(
  key: string,
  shiftKey: boolean,
  {value, step, vertical, rtl}: KeyContext
): number | null {
  // A whole number of steps, so a big move is the same size both ways.
  const big = step * Math.max(1, Math.round(BIG_STEP / step));
  const by = shiftKey ? big : step;
  let delta: number;
  switch (key) {
    case 'Home':
      return snap(MIN, step);
    case 'End':
      return snap(MAX, step);
    case 'PageUp':
      delta = vertical ? -big : big;
      break;
    case 'PageDown':
      delta = vertical ? big : -big;
      break;
    case 'ArrowRight':
      delta = rtl && !vertical ? -by : by;
      break;
    case 'ArrowLeft':
      delta = rtl && !vertical ? by : -by;
      break;
    case 'ArrowDown':
      delta = vertical ? by : -by;
      break;
    case 'ArrowUp':
      delta = vertical ? -by : by;
      break;
    default:
      return null;
  }
  // Start from the grid point behind the value, so a value a drag left off
  // the grid moves to the next grid point, not past it.
  const cells = value / step;
  const from =
    (delta > 0 ? Math.floor(cells + EPSILON) : Math.ceil(cells - EPSILON)) *
    step;
  return snap(from + delta, step);
}

const EPSILON = 1e-9;
