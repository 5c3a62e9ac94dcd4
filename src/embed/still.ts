/**
 * The share image: both dates split at the middle, as the comparison looks
 * before anyone drags it, at 1200 × 630 (the og:image shape), with the
 * notes' numbered markers at their points. It serves as og:image, the AMP
 * placeholder and the feed image, where no script runs.
 */
import {
  imagePointInBox,
  imageRect,
  type Size,
} from '../internal/image-point.js';
import type {Note} from './config.js';

export const STILL_WIDTH = 1200;
export const STILL_HEIGHT = 630;

export interface StillOptions {
  beforeLabel?: string;
  afterLabel?: string;
  vertical?: boolean;
  /** Right to left: `before` on the right half, as the element draws it. */
  rtl?: boolean;
  /** Numbered 1, 2, … in this order, as on the page. */
  notes?: readonly Pick<Note, 'x' | 'y' | 'side'>[];
  /** The language whose digits number the markers (the element's `lang`). */
  lang?: string;
}

export type StillResult =
  | {ok: true; blob: Blob}
  /**
   * `cors`: the image loads, but its server does not allow other pages to
   * read it, so a canvas holding it cannot be saved. `load`: it does not
   * load at all. `encode`: the browser could not make the JPEG.
   */
  | {ok: false; reason: 'load'; side: 'before' | 'after'}
  | {ok: false; reason: 'cors' | 'encode'};

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each image shows: `before` on the inline-start half, or on top. */
export function halves(options: StillOptions): {before: Rect; after: Rect} {
  if (options.vertical) {
    const h = STILL_HEIGHT / 2;
    return {
      before: {x: 0, y: 0, width: STILL_WIDTH, height: h},
      after: {x: 0, y: h, width: STILL_WIDTH, height: h},
    };
  }
  const w = STILL_WIDTH / 2;
  const start = {x: 0, y: 0, width: w, height: STILL_HEIGHT};
  const end = {x: w, y: 0, width: w, height: STILL_HEIGHT};
  return options.rtl
    ? {before: end, after: start}
    : {before: start, after: end};
}

/** The whole still: each image covers it, as in the element, and shows through its half. */
const BOX: Size = {width: STILL_WIDTH, height: STILL_HEIGHT};

/** Markers as the element draws them, scaled to the still: a 40 px disc (24 px at the least on the page) with a white ring. */
export const MARKER = {radius: 20, ring: 3, font: 700, size: 22};

export interface MarkerPlace {
  /** The note's number: its place among all the notes, drawn or not. */
  number: number;
  left: number;
  top: number;
}

/**
 * Where each note's marker goes on the still: its point mapped through the
 * cover crop of the image it is on (`after` for a note on the after image,
 * else `before`, as the element maps it). A note whose point is cropped
 * away has none, and so does a note on one image whose point falls on the
 * other image's half, which covers it there.
 */
export function markerPlaces(
  notes: StillOptions['notes'],
  images: {before: Size; after: Size},
  options: StillOptions
): MarkerPlace[] {
  const areas = halves(options);
  const places: MarkerPlace[] = [];
  (notes ?? []).forEach(({x, y, side}, i) => {
    const on = side === 'after' ? 'after' : 'before';
    const point = imagePointInBox(x, y, images[on], BOX);
    if (!point) return;
    if (side && !contains(areas[side], point.left, point.top)) return;
    places.push({number: i + 1, ...point});
  });
  return places;
}

function contains(area: Rect, left: number, top: number): boolean {
  return (
    left >= area.x &&
    left <= area.x + area.width &&
    top >= area.y &&
    top <= area.y + area.height
  );
}

/** Label boxes as the element places them, scaled to the still. */
export const LABEL = {font: 600, size: 28, inset: 24, padX: 17, padY: 6};

/**
 * The box of each label, given its text's measured width: `before` at the
 * top inline-start corner, `after` at the top inline-end one, or the bottom
 * inline-start one when vertical. At most 45 % of the width, as on the page.
 */
export function labelBox(
  side: 'before' | 'after',
  textWidth: number,
  options: StillOptions
): Rect {
  const width = Math.min(textWidth + 2 * LABEL.padX, STILL_WIDTH * 0.45);
  const height = LABEL.size * 1.4 + 2 * LABEL.padY;
  const atEnd = side === 'after' && !options.vertical;
  const right = atEnd !== Boolean(options.rtl);
  return {
    x: right ? STILL_WIDTH - LABEL.inset - width : LABEL.inset,
    y:
      side === 'after' && options.vertical
        ? STILL_HEIGHT - LABEL.inset - height
        : LABEL.inset,
    width,
    height,
  };
}

/** Draws the still on a 1200 × 630 canvas context. */
export function drawStill(
  ctx: CanvasRenderingContext2D,
  before: HTMLImageElement,
  after: HTMLImageElement,
  options: StillOptions
): void {
  const areas = halves(options);
  for (const [image, area] of [
    [before, areas.before],
    [after, areas.after],
  ] as const) {
    const rect = imageRect(naturalSize(image), BOX);
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.x, area.y, area.width, area.height);
    ctx.clip();
    ctx.drawImage(image, rect.left, rect.top, rect.width, rect.height);
    ctx.restore();
  }
  const places = markerPlaces(
    options.notes,
    {before: naturalSize(before), after: naturalSize(after)},
    options
  );
  for (const place of places) drawMarker(ctx, place, options.lang);
  drawDivider(ctx, Boolean(options.vertical));
  ctx.font = `${LABEL.font} ${LABEL.size}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.direction = options.rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'center';
  for (const side of ['before', 'after'] as const) {
    const text = side === 'before' ? options.beforeLabel : options.afterLabel;
    if (!text) continue;
    const box = labelBox(side, ctx.measureText(text).width, options);
    ctx.fillStyle = 'rgb(0 0 0 / 0.7)';
    ctx.beginPath();
    ctx.roundRect(box.x, box.y, box.width, box.height, 7);
    ctx.fill();
    ctx.fillStyle = '#fff';
    ctx.fillText(
      fit(ctx, text, box.width - 2 * LABEL.padX),
      box.x + box.width / 2,
      box.y + box.height / 2
    );
  }
}

function naturalSize(image: HTMLImageElement): Size {
  return {width: image.naturalWidth, height: image.naturalHeight};
}

/** A map marker as the comparison draws it: a red disc in a white ring, its number in white in the page's digits. */
function drawMarker(
  ctx: CanvasRenderingContext2D,
  {number, left, top}: MarkerPlace,
  lang = 'en'
): void {
  ctx.save();
  ctx.beginPath();
  ctx.arc(left, top, MARKER.radius, 0, 2 * Math.PI);
  ctx.fillStyle = '#b3261e';
  ctx.fill();
  ctx.lineWidth = MARKER.ring;
  ctx.strokeStyle = '#fff';
  ctx.stroke();
  ctx.fillStyle = '#fff';
  ctx.font = `${MARKER.font} ${MARKER.size}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.direction = 'ltr';
  ctx.fillText(digits(lang, number), left, top + 1);
  ctx.restore();
}

function digits(lang: string, n: number): string {
  try {
    return new Intl.NumberFormat(lang).format(n);
  } catch {
    return String(n);
  }
}

function drawDivider(ctx: CanvasRenderingContext2D, vertical: boolean): void {
  const cx = STILL_WIDTH / 2;
  const cy = STILL_HEIGHT / 2;
  ctx.fillStyle = '#fff';
  if (vertical) ctx.fillRect(0, cy - 2, STILL_WIDTH, 4);
  else ctx.fillRect(cx - 2, 0, 4, STILL_HEIGHT);
  ctx.beginPath();
  ctx.arc(cx, cy, 30, 0, 2 * Math.PI);
  ctx.fillStyle = 'rgb(0 0 0 / 0.55)';
  ctx.fill();
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#fff';
  ctx.stroke();
  // Two arrowheads along the axis: the still reads as something to slide.
  ctx.fillStyle = '#fff';
  for (const sign of [-1, 1]) {
    const tip = 20 * sign;
    const back = 8 * sign;
    ctx.beginPath();
    if (vertical) {
      ctx.moveTo(cx, cy + tip);
      ctx.lineTo(cx - 7, cy + back);
      ctx.lineTo(cx + 7, cy + back);
    } else {
      ctx.moveTo(cx + tip, cy);
      ctx.lineTo(cx + back, cy - 7);
      ctx.lineTo(cx + back, cy + 7);
    }
    ctx.fill();
  }
}

/** The text, cut with an ellipsis to fit the width. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number) {
  if (ctx.measureText(text).width <= width) return text;
  let cut = [...text];
  while (cut.length > 1 && ctx.measureText(`${cut.join('')}…`).width > width)
    cut = cut.slice(0, -1);
  return `${cut.join('')}…`;
}

function load(url: string, cors: boolean): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const image = new Image();
    if (cors) image.crossOrigin = 'anonymous';
    image.onload = () => resolve(image);
    image.onerror = () => resolve(null);
    image.src = url;
  });
}

/**
 * Loads both images for reading (CORS), draws the still and encodes it as
 * JPEG. Resolves, never rejects: a failure says which image and why, so the
 * builder can say so in words.
 */
export async function makeStill(
  beforeUrl: string,
  afterUrl: string,
  options: StillOptions
): Promise<StillResult> {
  const images = await Promise.all([
    load(beforeUrl, true),
    load(afterUrl, true),
  ]);
  for (const [i, side] of (['before', 'after'] as const).entries()) {
    if (images[i]) continue;
    // Shown on a page but refused to a canvas: the server sends no CORS header.
    const plain = await load(i === 0 ? beforeUrl : afterUrl, false);
    return plain
      ? {ok: false, reason: 'cors'}
      : {ok: false, reason: 'load', side};
  }
  const canvas = document.createElement('canvas');
  canvas.width = STILL_WIDTH;
  canvas.height = STILL_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) return {ok: false, reason: 'encode'};
  drawStill(ctx, images[0]!, images[1]!, options);
  try {
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.9)
    );
    return blob ? {ok: true, blob} : {ok: false, reason: 'encode'};
  } catch {
    // SecurityError: a redirect to another origin can still taint the canvas.
    return {ok: false, reason: 'cors'};
  }
}
