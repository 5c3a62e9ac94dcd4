import {MAX, clamp, round} from './value.js';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where a pointer at (x, y) puts the divider, in percent from the inline-start
 * edge (or the top edge when vertical). `null` for a box with no size, where
 * no position can be told.
 */
export function valueAtPoint(
  x: number,
  y: number,
  box: Box,
  vertical: boolean,
  rtl: boolean
): number | null {
  const size = vertical ? box.height : box.width;
  if (!(size > 0)) return null;
  const offset = vertical ? y - box.top : x - box.left;
  const fromStart = rtl && !vertical ? size - offset : offset;
  return round(clamp((fromStart / size) * MAX));
}

/** Right-to-left by the `dir` the element inherits, as CSS's `:dir()` sees it. */
export function isRtl(element: Element): boolean {
  try {
    return element.matches(':dir(rtl)');
  } catch {
    return (
      element.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl'
    );
  }
}
