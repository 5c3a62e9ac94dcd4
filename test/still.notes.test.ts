import {expect} from '@open-wc/testing';
import {imagePointInBox} from '../src/internal/image-point.js';
import type {Note} from '../src/embed/config.js';
import {
  drawStill,
  makeStill,
  markerPlaces,
  STILL_HEIGHT,
  STILL_WIDTH,
  type StillOptions,
} from '../src/embed/still.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

/*
 * The share still's notes: a numbered marker at each note's point, mapped
 * through the same cover crop the page uses (src/internal/image-point.ts),
 * on the half of its image, read back pixel by pixel.
 */

/** Flat sand, 1600 × 900 (16:9), and flat grey, 1200 × 900 (4:3): two shapes, two crops. */
const BEFORE = '/test/fixtures/embed/still-before.svg';
const AFTER = '/test/fixtures/embed/still-after.svg';
const SAND = [200, 182, 138];
const GREY = [109, 109, 109];
const BOX = {width: STILL_WIDTH, height: STILL_HEIGHT};
const SIZES = {
  before: {width: 1600, height: 900},
  after: {width: 1200, height: 900},
};

type Rgb = number[];
type NoteAt = Pick<Note, 'x' | 'y' | 'side'>;

async function image(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = url;
  await img.decode();
  return img;
}

/** The still drawn on a canvas of its own, for exact pixels. */
async function still(options: StillOptions): Promise<CanvasRenderingContext2D> {
  const canvas = document.createElement('canvas');
  canvas.width = STILL_WIDTH;
  canvas.height = STILL_HEIGHT;
  const ctx = canvas.getContext('2d', {willReadFrequently: true})!;
  drawStill(ctx, await image(BEFORE), await image(AFTER), options);
  return ctx;
}

const pixel = (ctx: CanvasRenderingContext2D, x: number, y: number): Rgb => [
  ...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3),
];

const near = (a: Rgb, b: Rgb, tolerance = 24) =>
  a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);
/** The markers' red (#b3261e), as the comparison's markers are. */
const red = ([r, g, b]: Rgb) => r > 140 && g < 80 && b < 80;
const white = (c: Rgb) => Math.min(...c) > 225;

/** Where a note's point is on the still, mapped as the page maps it. */
function pointOf({x, y, side}: NoteAt) {
  const size = SIZES[side === 'after' ? 'after' : 'before'];
  return imagePointInBox(x, y, size, BOX)!;
}

/**
 * What a marker at (left, top) looks like: a red disc, a white ring at 18.5–21.5 px
 * from the centre, a white number in the middle, and the image outside it.
 */
function expectMarker(
  ctx: CanvasRenderingContext2D,
  {left, top}: {left: number; top: number},
  what: string
) {
  for (const [dx, dy] of [
    [-13, 0],
    [13, 0],
    [0, -13],
    [0, 13],
  ] as const)
    expect(red(pixel(ctx, left + dx, top + dy)), `${what}: red disc`).to.be
      .true;
  for (const [dx, dy] of [
    [-20, 0],
    [20, 0],
    [0, -20],
    [0, 20],
  ] as const)
    expect(white(pixel(ctx, left + dx, top + dy)), `${what}: white ring`).to.be
      .true;
  // The number: white strokes in the middle of the disc.
  const {data} = ctx.getImageData(left - 7, top - 9, 14, 18);
  let strokes = 0;
  for (let i = 0; i < data.length; i += 4)
    if (Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 200) strokes++;
  expect(strokes, `${what}: a white number`).to.be.above(10);
}

/** The marker's width across its centre: from the ring's first white pixel to its last. */
function width(
  ctx: CanvasRenderingContext2D,
  {left, top}: {left: number; top: number}
) {
  const row = ctx.getImageData(left - 40, top, 81, 1).data;
  const whites: number[] = [];
  for (let i = 0; i < 81; i++)
    if (white([row[i * 4]!, row[i * 4 + 1]!, row[i * 4 + 2]!])) whites.push(i);
  return whites.at(-1)! - whites[0]! + 1;
}

describe('the share still: notes', () => {
  it('places each marker at its point through the cover crop, numbered among all notes', () => {
    const notes: NoteAt[] = [
      // Cropped away: 1600 × 900 covers 1200 × 630 at 1200 × 675, 22.5 px cut top and bottom.
      {x: 40, y: 1},
      {x: 25, y: 50},
      {x: 75, y: 50, side: 'after'},
      // On the later half, but shown on the earlier image only: covered there.
      {x: 75, y: 30, side: 'before'},
      {x: 20, y: 80, side: 'before'},
    ];
    expect(markerPlaces(notes, SIZES, {})).to.deep.equal([
      {number: 2, left: 300, top: 315},
      {number: 3, ...pointOf(notes[2]!)},
      {number: 5, ...pointOf(notes[4]!)},
    ]);
    // The later image is 4:3: its own crop, 135 px cut top and bottom.
    expect(pointOf(notes[2]!)).to.deep.equal({left: 900, top: 315});
    expect(pointOf(notes[4]!).top).to.equal(-22.5 + 0.8 * 675);
    // Right to left the earlier image is the right half: the other one-sided notes swap.
    expect(
      markerPlaces(notes, SIZES, {rtl: true}).map((p) => p.number)
    ).to.deep.equal([2, 4]);
  });

  it('draws numbered map markers, at least 24 px wide, where the page would put them', async () => {
    const notes: NoteAt[] = [
      {x: 40, y: 1},
      {x: 25, y: 50},
      {x: 75, y: 50, side: 'after'},
      {x: 75, y: 30, side: 'before'},
    ];
    const ctx = await still({notes});
    const first = pointOf(notes[1]!);
    const second = pointOf(notes[2]!);
    expectMarker(ctx, first, 'note 2, on both images');
    expectMarker(ctx, second, 'note 3, on the later image');
    expect(width(ctx, first)).to.be.within(40, 46);
    expect(width(ctx, second)).to.be.at.least(24);
    // Just outside the ring, the image.
    expect(pixel(ctx, first.left + 26, first.top), 'sand around').to.satisfy(
      (c: Rgb) => near(c, SAND)
    );
    expect(pixel(ctx, second.left - 26, second.top), 'grey around').to.satisfy(
      (c: Rgb) => near(c, GREY)
    );
    // No marker for the cropped point (it would reach into the top rows) or the covered one.
    expect(near(pixel(ctx, 480, 1), SAND), 'cropped note').to.be.true;
    const covered = pointOf(notes[3]!);
    for (const dx of [-13, 0, 13, 20])
      expect(near(pixel(ctx, covered.left + dx, covered.top), GREY), 'covered')
        .to.be.true;
  });

  it('keeps one-sided markers on their image’s half, right to left and top to bottom', async () => {
    const before: NoteAt = {x: 75, y: 30, side: 'before'};
    const rtl = await still({rtl: true, notes: [before]});
    expectMarker(
      rtl,
      pointOf(before),
      'right to left, the earlier image on the right'
    );

    const notes: NoteAt[] = [
      {x: 50, y: 25, side: 'after'},
      {x: 30, y: 75, side: 'after'},
      {x: 70, y: 25, side: 'before'},
    ];
    const vertical = await still({vertical: true, notes});
    // 4:3 on the lower half: y 25 % is 90 px down, still on the upper (earlier) half.
    const hidden = pointOf(notes[0]!);
    expect(hidden.top).to.be.below(315);
    expect(near(pixel(vertical, hidden.left - 13, hidden.top), SAND)).to.be
      .true;
    expect(pointOf(notes[1]!).top).to.be.above(315);
    expectMarker(vertical, pointOf(notes[1]!), 'the later image, below');
    expectMarker(vertical, pointOf(notes[2]!), 'the earlier image, above');
  });

  it('draws nothing more without notes', async () => {
    const ctx = await still({});
    expect(near(pixel(ctx, 300, 315), SAND)).to.be.true;
    expect(near(pixel(ctx, 900, 315), GREY)).to.be.true;
    expect(near(pixel(ctx, 300 - 13, 315), SAND)).to.be.true;
  });

  it('keeps the markers in the JPEG it makes', async () => {
    const notes: NoteAt[] = [{x: 25, y: 50}];
    const result = await makeStill(BEFORE, AFTER, {notes});
    if (!result.ok) throw new Error(`no still: ${result.reason}`);
    const bitmap = await createImageBitmap(result.blob);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d', {willReadFrequently: true})!;
    ctx.drawImage(bitmap, 0, 0);
    const at = pointOf(notes[0]!);
    expect(red(pixel(ctx, at.left - 13, at.top)), 'red disc').to.be.true;
    expect(Math.min(...pixel(ctx, at.left + 20, at.top))).to.be.above(200);
    expect(near(pixel(ctx, at.left + 30, at.top), SAND, 30)).to.be.true;
  });
});
