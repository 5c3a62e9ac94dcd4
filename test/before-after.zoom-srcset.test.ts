import {expect, fixture, html} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import {AFTER, BEFORE, frames, settled} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';
import {centreOf} from './helpers/notes.js';
import {until} from './helpers/wait.js';
import {
  boxOf,
  button,
  byReader,
  expectBox,
  imageOf,
  shown,
  zoomReady,
  zoomedBox,
} from './helpers/zoom.js';

guardConsole({resetMouse: true});

/*
 * Sharp at every level (issue 17, /work/notes/zoom-contract.md): once the
 * reader zooms, each image with a srcset is asked for a larger candidate
 * (its `sizes` raised to the zoomed drawn width), and nothing larger is
 * requested before. The candidates are the 16:9 fixtures under widths of
 * 700, 1300 and 2600 px, each URL marked with the test's own token, so that
 * Resource Timing tells which this test's page asked for.
 */

const WIDTHS = [700, 1300, 2600];

let tokens = 0;
/** A token of this test's own, so no URL is in any cache yet. */
const token = () => `${Date.now().toString(36)}-${++tokens}`;

const candidate = (src: string, t: string, w: number) => `${src}?t=${t}&w=${w}`;
const srcset = (src: string, t: string) =>
  WIDTHS.map((w) => `${candidate(src, t, w)} ${w}w`).join(', ');

/** The candidate widths the page has requested for token `t`, in order. */
const requested = (t: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name, location.href))
    .filter((url) => url.searchParams.get('t') === t)
    .map((url) => Number(url.searchParams.get('w')));

/** The width of the candidate an image shows. */
const shownWidth = (img: HTMLImageElement) =>
  Number(new URL(img.currentSrc, location.href).searchParams.get('w'));

/** The candidate a browser picks for a slot of `px` CSS px: the smallest that is dense enough. */
const expected = (px: number) =>
  WIDTHS.find((w) => w >= px * devicePixelRatio) ?? WIDTHS.at(-1)!;

interface Sharp {
  el: BeforeAfter;
  /** Per side, the token its candidates carry. */
  t: {before: string; after: string};
}

/**
 * A comparison with `zoom` whose images have a srcset and sizes (as `<img>`
 * or as `<picture>` with a `<source>`), loaded, with its zoom code arrived.
 */
async function sharp({
  width = 640,
  sizes = `${width}px`,
  picture = false,
  ratio = '',
}: {
  width?: number;
  sizes?: string;
  picture?: boolean;
  ratio?: string;
} = {}): Promise<Sharp> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px"></div>`
  );
  const el = document.createElement('before-after');
  el.zoom = true;
  if (ratio) el.style.setProperty('--before-after-aspect-ratio', ratio);
  const t = {before: token(), after: token()};
  for (const [side, src] of [
    ['before', BEFORE],
    ['after', AFTER],
  ] as const) {
    const img = document.createElement('img');
    Object.assign(img, {alt: `${side} photo`, width: 1600, height: 900});
    if (picture) {
      const frame = document.createElement('picture');
      frame.slot = side;
      // sizes before srcset: a srcset alone is picked for 100vw at once.
      const source = document.createElement('source');
      source.type = 'image/svg+xml';
      source.sizes = sizes;
      source.srcset = srcset(src, t[side]);
      img.src = candidate(src, t[side], WIDTHS[0]!);
      frame.append(source, img);
      el.append(frame);
    } else {
      img.slot = side;
      img.sizes = sizes;
      img.srcset = srcset(src, t[side]);
      img.src = candidate(src, t[side], WIDTHS[0]!);
      el.append(img);
    }
  }
  wrapper.append(el);
  await el.updateComplete;
  await settled(...el.querySelectorAll('img'));
  await zoomReady(el);
  return {el, t};
}

/** Where `sizes` is given: the `<source>` of a `<picture>`, else the `<img>`. */
const sizesHolder = (el: BeforeAfter, side: 'before' | 'after') =>
  el.querySelector<HTMLSourceElement>(`[slot="${side}"] source`) ??
  imageOf(el, side);

const SIDES = ['before', 'after'] as const;

/**
 * Waits until both images show a candidate at least `w` wide, and Resource
 * Timing lists its request (the entry may come a little after the load).
 */
const sharpened = async (el: BeforeAfter, t: Sharp['t'], w: number) => {
  await until(
    () => SIDES.every((side) => shownWidth(imageOf(el, side)) >= w),
    `both images at ${w}w or more (showing ${SIDES.map((side) => imageOf(el, side).currentSrc).join(', ')})`
  );
  await until(
    () =>
      SIDES.every((side) =>
        requested(t[side]).includes(shownWidth(imageOf(el, side)))
      ),
    'the requests for what the images show'
  );
};

describe('<before-after> zoom, sharp', () => {
  for (const picture of [false, true]) {
    const kind = picture ? '<picture> with a <source srcset>' : '<img srcset>';

    it(`asks for a larger candidate of an ${kind} only once the reader zooms, and shows it`, async () => {
      const {el, t} = await sharp({picture});
      const box = boxOf(el);
      const first = expected(640);
      // Given time, nothing larger than the 640 px slot needs is fetched before a zoom.
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const side of SIDES) {
        expect(shownWidth(imageOf(el, side)), `${side} at 1×`).to.equal(first);
        expect(requested(t[side]), `${side} requested at 1×`).to.deep.equal([
          first,
        ]);
        expect(
          sizesHolder(el, side).getAttribute('sizes'),
          `${side} sizes untouched at 1×`
        ).to.equal('640px');
      }
      // The reader zooms in ×2 with the button.
      await byReader(el, () =>
        sendMouse({
          type: 'click',
          position: centreOf(button(el, 'zoom-in')!),
        })
      );
      expect(el.zoomLevel).to.equal(2);
      await sharpened(el, t, expected(1280));
      for (const side of SIDES) {
        expect(shownWidth(imageOf(el, side)), `${side} at 2×`).to.equal(
          expected(1280)
        );
        expect(
          Math.max(...requested(t[side])),
          `${side}: nothing larger than 2× needs`
        ).to.equal(expected(1280));
        expect(sizesHolder(el, side).getAttribute('sizes')).to.equal('1280px');
      }
      // The swap moves nothing: the view is the same.
      await frames();
      expectBox(shown(el), zoomedBox(box, 2), 'after the sharper image came');
      // 4×: the largest.
      await el.zoomTo(4);
      await sharpened(el, t, expected(2560));
      for (const side of SIDES)
        expect(sizesHolder(el, side).getAttribute('sizes')).to.equal('2560px');
      // Back to 1×: sizes is never lowered, nothing smaller is fetched again.
      const before = SIDES.map((side) => requested(t[side]).length);
      await el.zoomTo(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const [i, side] of SIDES.entries()) {
        expect(sizesHolder(el, side).getAttribute('sizes')).to.equal('2560px');
        expect(shownWidth(imageOf(el, side))).to.equal(expected(2560));
        expect(requested(t[side])).to.have.length(before[i]!);
      }
      expectBox(shown(el), box, 'back at 1×');
    });
  }

  it('raises sizes to the zoomed drawn width of the image, not of the box', async () => {
    // 1600×900 covering a 360×360 box is drawn 640 px wide: ×2 is 1280 px, not 720.
    const {el, t} = await sharp({width: 360, sizes: '640px', ratio: '1 / 1'});
    expect(boxOf(el).height).to.be.closeTo(360, 0.5);
    expect(requested(t.before)).to.deep.equal([expected(640)]);
    await el.zoomTo(2);
    await sharpened(el, t, expected(1280));
    for (const side of SIDES) {
      const sizes = sizesHolder(el, side).getAttribute('sizes')!;
      expect(sizes, `${side} sizes`).to.match(/^\d+px$/);
      expect(parseInt(sizes, 10), `${side} sizes`).to.be.within(1280, 1281);
    }
  });

  it('leaves an image without a srcset alone: no sizes, no other request', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:640px"></div>`
    );
    const el = document.createElement('before-after');
    el.zoom = true;
    const t = token();
    for (const [side, src] of [
      ['before', BEFORE],
      ['after', AFTER],
    ] as const) {
      const img = document.createElement('img');
      Object.assign(img, {
        slot: side,
        alt: side,
        width: 1600,
        height: 900,
        src: candidate(src, t, 700),
      });
      el.append(img);
    }
    wrapper.append(el);
    await settled(...el.querySelectorAll('img'));
    await zoomReady(el);
    await el.zoomTo(4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const side of SIDES)
      expect(imageOf(el, side).hasAttribute('sizes'), side).to.be.false;
    expect(requested(t)).to.deep.equal([700, 700]);
  });
});
