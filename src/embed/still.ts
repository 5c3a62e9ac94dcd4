/**
 * The share image: both dates split at the middle, as the comparison looks
 * before anyone drags it, at 1200 × 630 (the og:image shape). It serves as
 * og:image, the AMP placeholder and the feed image, where no script runs.
 */

export const STILL_WIDTH = 1200;
export const STILL_HEIGHT = 630;

export interface StillOptions {
  beforeLabel?: string;
  afterLabel?: string;
  vertical?: boolean;
  /** Right to left: `before` on the right half, as the element draws it. */
  rtl?: boolean;
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

/** The part of a source image that `object-fit: cover` shows in a box, centred. */
export function coverCrop(
  sourceWidth: number,
  sourceHeight: number,
  boxWidth: number,
  boxHeight: number
): Rect {
  if (!(sourceWidth > 0 && sourceHeight > 0))
    return {x: 0, y: 0, width: sourceWidth, height: sourceHeight};
  const scale = Math.max(boxWidth / sourceWidth, boxHeight / sourceHeight);
  const width = boxWidth / scale;
  const height = boxHeight / scale;
  return {
    x: (sourceWidth - width) / 2,
    y: (sourceHeight - height) / 2,
    width,
    height,
  };
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
    // Each image covers the whole canvas and shows through its half, as in the element.
    const crop = coverCrop(
      image.naturalWidth,
      image.naturalHeight,
      STILL_WIDTH,
      STILL_HEIGHT
    );
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.x, area.y, area.width, area.height);
    ctx.clip();
    if (crop.width > 0 && crop.height > 0)
      ctx.drawImage(
        image,
        crop.x,
        crop.y,
        crop.width,
        crop.height,
        0,
        0,
        STILL_WIDTH,
        STILL_HEIGHT
      );
    else ctx.drawImage(image, 0, 0, STILL_WIDTH, STILL_HEIGHT);
    ctx.restore();
  }
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
