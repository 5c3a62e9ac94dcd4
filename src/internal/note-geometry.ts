/**
 * Pure rules for the notes' markers and bubble, in the box's px: which
 * image covers a marker, and where the open note's bubble goes.
 */
import type {BoxPoint, Size} from './image-point.js';
import {MAX} from './value.js';

/** Space between a marker's centre and its bubble, and between the bubble and the box's edges, in px. */
const GAP = 18;
const EDGE = 8;
/** Below this box width (px) the bubble spans the box instead of sitting beside its marker. */
const NARROW = 480;

/** How far along the divider's axis a point is, in percent from the inline-start (or top) edge: where the divider meets it. */
export function alongAxis(
  {left, top}: BoxPoint,
  {width, height}: Size,
  vertical: boolean,
  rtl: boolean
): number {
  if (vertical) return (top / height) * MAX;
  return ((rtl ? width - left : left) / width) * MAX;
}

/**
 * Whether the other image covers a marker shown on one image only: the
 * `before` image lies before the divider, the `after` image past it.
 */
export function covered(
  side: 'before' | 'after' | 'both',
  along: number,
  value: number
): boolean {
  if (side === 'before') return along >= value;
  return side === 'after' && along <= value;
}

/** The bubble's horizontal frame, as style values: beside its marker on the side with more room, or across a narrow box. */
export function bubbleAcross(
  {left}: BoxPoint,
  {width}: Size
): {left: string; right: string; width: string; maxWidth: string} {
  if (width < NARROW)
    return {
      left: `${EDGE}px`,
      right: `${EDGE}px`,
      width: 'auto',
      maxWidth: 'none',
    };
  const toRight = left < width / 2;
  const room = toRight ? width - left : left;
  const offset = (from: number) => `${Math.min(from + GAP, width - EDGE)}px`;
  return {
    left: toRight ? offset(left) : '',
    right: toRight ? '' : offset(width - left),
    width: '',
    maxWidth: `${Math.max(room - GAP - EDGE, width / 3)}px`,
  };
}

/**
 * The bubble's top, once its height (`tall`) is known: centred on its
 * marker and kept inside the box; across a narrow box, at the edge away
 * from the marker.
 */
export function bubbleTop(
  {top}: BoxPoint,
  {width, height}: Size,
  tall: number
): number {
  const lowest = Math.max(EDGE, height - tall - EDGE);
  if (width < NARROW) return top < height / 2 ? lowest : EDGE;
  return Math.max(EDGE, Math.min(top - tall / 2, lowest));
}
