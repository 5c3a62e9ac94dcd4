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

/** Where the labels end along the divider's axis, in percent of the box (see labelExtents). */
export interface LabelExtents {
  /** The divider must be past this for the `before` label to show. */
  beforeEnd: number;
  /** The divider must be short of this for the `after` label to show. */
  afterStart: number;
  /** How far past either the label takes to fade in fully. */
  fade: number;
}

/**
 * How far from the inline-start (or top) edge each label reaches, in percent
 * of the box, so CSS can fade a label out before the divider reaches it.
 * `gap` (px) is kept clear between a label and the divider's centre (half
 * the divider's thickness and some air); `fade` (px) is the fade's length.
 * A label with no box (empty, so not shown) never needs hiding.
 */
export function labelExtents(
  box: Box,
  before: Box | null,
  after: Box | null,
  {
    vertical,
    rtl,
    gap,
    fade,
  }: {vertical: boolean; rtl: boolean; gap: number; fade: number}
): LabelExtents {
  const size = vertical ? box.height : box.width;
  if (!(size > 0)) return {beforeEnd: 0, afterStart: MAX, fade: 1};
  const pct = (px: number) => (px / size) * MAX;
  const shown = (label: Box | null): label is Box =>
    label !== null && (label.width > 0 || label.height > 0);
  // Distance from the inline-start (or top) edge to each end of a label.
  const span = (label: Box): [number, number] => {
    if (vertical)
      return [label.top - box.top, label.top + label.height - box.top];
    const fromLeft = label.left - box.left;
    const toRight = fromLeft + label.width;
    return rtl
      ? [box.width - toRight, box.width - fromLeft]
      : [fromLeft, toRight];
  };
  return {
    beforeEnd: shown(before) ? pct(span(before)[1] + gap) : 0,
    afterStart: shown(after) ? pct(span(after)[0] - gap) : MAX,
    fade: pct(fade),
  };
}
