/**
 * Where a point of an image lands in the box that shows it, through CSS's
 * `object-fit` and `object-position`. Notes, the share still and zoom all
 * place image points with this one function.
 */

export interface Size {
  width: number;
  height: number;
}

/** A point of the box in px from its top-left corner. */
export interface BoxPoint {
  left: number;
  top: number;
}

/** `object-fit` values; anything else is treated as `cover`, the element's default. */
export type Fit = 'cover' | 'contain' | 'fill' | 'none' | 'scale-down';

/** How the image is drawn in its box, as CSS computes it. */
export interface Placement {
  fit?: string;
  /** The computed `object-position`: two lengths or percentages, e.g. `50% 50%` or `0px 10px`. */
  position?: string;
}

/**
 * The image's drawn rectangle in the box: its size and its top-left corner
 * (which may lie outside the box when it is cropped).
 */
export function imageRect(
  image: Size,
  box: Size,
  {fit = 'cover', position = '50% 50%'}: Placement = {}
): {left: number; top: number; width: number; height: number} {
  // An image of unknown size fills the box, as the element reserves it.
  const known = image.width > 0 && image.height > 0;
  const iw = known ? image.width : box.width;
  const ih = known ? image.height : box.height;
  const contain = Math.min(box.width / iw, box.height / ih);
  const scale: Record<string, [number, number]> = {
    fill: [box.width / iw, box.height / ih],
    contain: [contain, contain],
    none: [1, 1],
    'scale-down': [Math.min(1, contain), Math.min(1, contain)],
  };
  const cover = Math.max(box.width / iw, box.height / ih);
  const [sx, sy] = scale[fit] ?? [cover, cover];
  const width = iw * sx;
  const height = ih * sy;
  const [px, py] = parsePosition(position);
  return {
    left: offset(px, box.width - width),
    top: offset(py, box.height - height),
    width,
    height,
  };
}

/**
 * Where the point (`x`, `y`), in percent of the image's width and height
 * from its top-left corner, is drawn in the box; `null` when that part of
 * the image is cropped away (with `cover`), so it is not shown.
 */
export function imagePointInBox(
  x: number,
  y: number,
  image: Size,
  box: Size,
  placement?: Placement
): BoxPoint | null {
  const rect = imageRect(image, box, placement);
  const left = rect.left + (x / 100) * rect.width;
  const top = rect.top + (y / 100) * rect.height;
  // Half a pixel of rounding either way still counts as shown.
  const inside = (n: number, size: number) => n >= -0.5 && n <= size + 0.5;
  return inside(left, box.width) && inside(top, box.height)
    ? {left, top}
    : null;
}

/** The inverse: which point of the image (percent) is drawn at a point of the box. */
export function boxPointInImage(
  left: number,
  top: number,
  image: Size,
  box: Size,
  placement?: Placement
): {x: number; y: number} {
  const rect = imageRect(image, box, placement);
  return {
    x: rect.width > 0 ? ((left - rect.left) / rect.width) * 100 : 50,
    y: rect.height > 0 ? ((top - rect.top) / rect.height) * 100 : 50,
  };
}

type Offset = {percent: number} | {px: number};

/** The two parts of a computed `object-position`; what cannot be read means the centre. */
function parsePosition(position: string): [Offset, Offset] {
  const words: Record<string, number> = {
    left: 0,
    top: 0,
    center: 50,
    right: 100,
    bottom: 100,
  };
  const parts = position.trim().split(/\s+/);
  const read = (part: string | undefined): Offset => {
    if (part === undefined) return {percent: 50};
    if (part in words) return {percent: words[part]!};
    const match = /^(-?[\d.]+(?:e-?\d+)?)(%|px)$/.exec(part);
    if (!match) return {percent: 50};
    const n = Number(match[1]);
    return match[2] === '%' ? {percent: n} : {px: n};
  };
  // One keyword names its own axis: `top` alone is `center top`.
  if (parts.length === 1 && (parts[0] === 'top' || parts[0] === 'bottom'))
    return [{percent: 50}, read(parts[0])];
  return [read(parts[0]), read(parts[1])];
}

function offset(at: Offset, room: number): number {
  return 'px' in at ? at.px : (at.percent / 100) * room;
}

/** The `<img>` in a side's slot (itself, or inside a `<picture>`). */
export function imageOf(host: Element, side: string): HTMLImageElement | null {
  const slotted = host.querySelector(`:scope > [slot='${side}']`);
  return slotted instanceof HTMLImageElement
    ? slotted
    : (slotted?.querySelector('img') ?? null);
}

/** The image's own size: loaded, or as its width and height attributes promise. */
export function naturalSize(image: HTMLImageElement | null): Size {
  if (!image) return {width: 0, height: 0};
  if (image.naturalWidth > 0)
    return {width: image.naturalWidth, height: image.naturalHeight};
  const attr = (name: string) => Number(image.getAttribute(name)) || 0;
  return {width: attr('width'), height: attr('height')};
}
