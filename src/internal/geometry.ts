import {isServer} from 'lit';
import {MAX, clamp, round} from './value.js';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where a pointer at (x, y) is, in percent from the inline-start edge (or
 * the top edge when vertical): below 0 or above 100 outside the box (the
 * element clamps once, where the reader's move arrives). `null` for a box
 * with no size, where no position can be told.
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
  return (fromStart / size) * MAX;
}

/**
 * How far from each end, in percent, the handle stops so it stays whole in
 * the box: half its length. Between these stops it is drawn on the divider.
 */
export function handleStop({size, handle}: Measures): number {
  return size > handle ? (handle / 2 / size) * MAX : 0;
}

/**
 * Right-to-left by the `dir` the element inherits, as CSS's `:dir()` sees it.
 * By its own `dir` only on the server, which has no page, and with `own`.
 */
export function isRtl(element: Element, own?: boolean): boolean {
  if (isServer || own)
    return element.getAttribute('dir')?.toLowerCase() === 'rtl';
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

/** What drawing a position needs, in px, measured once per resize (see BoxController). */
export interface Measures {
  /** The box's length along the divider's axis. */
  size: number;
  /** The handle's length along that axis. */
  handle: number;
  labels: LabelExtents;
}

export const UNMEASURED: Measures = {
  size: 0,
  handle: 0,
  labels: {beforeEnd: 0, afterStart: MAX, fade: 1},
};

/** The style values a position draws, by the element that takes each. */
export interface Drawing {
  /** `transform` of the before layer: a window onto its picture, its far edge at the divider. */
  window: string;
  /** `transform` of the before picture: moved back by as much, so it stays put. */
  picture: string;
  /** `transform` of the divider's line, which carries the handle. */
  mover: string;
  /**
   * `transform` of the handle: centred on the line, and kept half its size
   * inside the box by CSS (percentages of the handle, container units of
   * the box), so it is right from the first frame, before any measuring
   * (WebKit keeps the page's scrollable overflow from a handle drawn where
   * it stuck out, when only the handle moves after).
   */
  handle: string;
  /** `opacity` of each label: gone before the divider reaches it. */
  beforeLabel: string;
  afterLabel: string;
}

/**
 * What a position (0–100) draws, as transforms along the axis from the
 * inline-start or top edge: percentages of each element's own box or of the
 * container, so only the labels' fades need px. Right-to-left is CSS's job (it mirrors the moving parts), so a
 * flip of `dir` needs no script. `serverStyles` (before-after.styles.ts)
 * draws the same in CSS for server-rendered markup: keep the two the same.
 */
export function drawing(
  value: number,
  vertical: boolean,
  measures: Measures
): Drawing {
  const axis = vertical ? 'Y' : 'X';
  const {labels} = measures;
  const unit = vertical ? 'cqh' : 'cqw';
  const at = `${value}${unit}`;
  const along = `calc(clamp(min(50%,50${unit}),${at},100${unit} - 50%) - ${at} - 50%)`;
  const opacity = (n: number) => String(round(clamp(n, 0, 1)));
  return {
    window: `translate${axis}(${value - MAX}%)`,
    picture: `translate${axis}(${MAX - value}%)`,
    mover: `translate${axis}(${at})`,
    handle: vertical
      ? `translate(-50%,${along}) rotate(90deg)`
      : `translate(${along},-50%)`,
    beforeLabel: opacity((value - labels.beforeEnd) / labels.fade),
    afterLabel: opacity((labels.afterStart - value) / labels.fade),
  };
}
