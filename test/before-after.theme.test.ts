import {expect, fixture, html} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import {BEFORE, part, settled} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

/*
 * The page's global CSS, as news sites ship it: a page's normal rules beat
 * the element's own ::slotted() rules unless those are !important.
 */
const THEMES = {
  WordPress: `*, *::before, *::after { box-sizing: border-box }
    img { max-width: 100%; height: auto }
    figure { margin: 2em }`,
  hostile: `img { width: auto; height: auto; max-width: 100%; max-height: 200px;
      border: 5px solid red; padding: 10px; vertical-align: middle;
      filter: grayscale(1); object-fit: none; margin: 8px; display: inline }
    picture { display: inline; margin: 8px; padding: 10px; border: 3px solid blue }
    figure { margin: 2em }`,
};

const FOUR_THREE = new URL('./fixtures/four-three.svg', import.meta.url)
  .pathname;
const WIDE = new URL('./fixtures/wide.svg', import.meta.url).pathname;

/** Each fixture with the width and height it is drawn at. */
const SHAPES = {
  '16:9': [BEFORE, 1600, 900],
  '4:3': [FOUR_THREE, 1200, 900],
  '21:9': [WIDE, 2100, 900],
} as const;
type Shape = keyof typeof SHAPES;

function slotted(slot: string, shape: Shape, picture: boolean): Element {
  const [src, width, height] = SHAPES[shape];
  const img = Object.assign(document.createElement('img'), {
    src: `${src}?${slot}`,
    alt: `${slot} photo`,
    width,
    height,
  });
  if (!picture) {
    img.slot = slot;
    return img;
  }
  const wrapper = document.createElement('picture');
  wrapper.slot = slot;
  wrapper.append(img);
  return wrapper;
}

async function themed(
  theme: string,
  before: Shape,
  after: Shape,
  picture: boolean
): Promise<BeforeAfter> {
  const figure = await fixture<HTMLElement>(
    html`<figure style="width: 560px"></figure>`
  );
  const style = document.createElement('style');
  style.textContent = theme;
  figure.append(style);
  const el = document.createElement('before-after');
  el.append(
    slotted('before', before, picture),
    slotted('after', after, picture)
  );
  figure.append(el);
  await el.updateComplete;
  await settled(...el.querySelectorAll('img'));
  return el;
}

describe('<before-after> in a themed page', () => {
  const mixes: [Shape, Shape][] = [
    ['16:9', '4:3'],
    ['4:3', '21:9'],
    ['21:9', '16:9'],
  ];
  for (const [name, theme] of Object.entries(THEMES)) {
    for (const [before, after] of mixes) {
      for (const picture of [false, true]) {
        it(`${name} theme: ${before} before, ${after} after, as ${picture ? '<picture>' : '<img>'}, each fills the box`, async () => {
          const el = await themed(theme, before, after, picture);
          const box = part(el, 'base').getBoundingClientRect();
          const [, width, height] = SHAPES[before];
          expect(box.width).to.be.closeTo(560, 1);
          expect(box.height).to.be.closeTo((560 * height) / width, 1);
          for (const img of el.querySelectorAll('img')) {
            const r = img.getBoundingClientRect();
            const at = img.alt;
            expect(r.left, `${at} left`).to.be.closeTo(box.left, 1);
            expect(r.top, `${at} top`).to.be.closeTo(box.top, 1);
            expect(r.width, `${at} width`).to.be.closeTo(box.width, 1);
            expect(r.height, `${at} height`).to.be.closeTo(box.height, 1);
            const style = getComputedStyle(img);
            expect(style.objectFit, `${at} object-fit`).to.equal('cover');
            // No border or padding shrinks what is drawn inside the box.
            expect(img.clientWidth, `${at} content`).to.be.closeTo(
              box.width,
              1
            );
          }
        });
      }
    }
  }

  it('still lets the page choose how images fit, through the custom properties', async () => {
    const el = await themed(THEMES.hostile, '16:9', '4:3', true);
    el.style.setProperty('--before-after-object-fit', 'contain');
    for (const img of el.querySelectorAll('img'))
      expect(getComputedStyle(img).objectFit).to.equal('contain');
  });
});
