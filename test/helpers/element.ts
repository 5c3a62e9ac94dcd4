import {fixture, html, nextFrame} from '@open-wc/testing';
import type {BeforeAfter} from '../../src/before-after.js';
import '../../src/define.js';
import {BeforeAfterCaption} from '../../src/before-after-caption.js';
import {settled} from './wait.js';

// define.js fetches the caption panel once one is in the page, a little
// later; these tests create theirs and look at it at once. The lazy path has
// tests of its own (before-after-caption.lazy.test.ts).
if (!customElements.get('before-after-caption'))
  customElements.define('before-after-caption', BeforeAfterCaption);

// The element's tests import it from here.
export {settled};

export const BEFORE = new URL('../fixtures/before.svg', import.meta.url)
  .pathname;
export const AFTER = new URL('../fixtures/after.svg', import.meta.url).pathname;
export const SQUARE = new URL('../fixtures/square.svg', import.meta.url)
  .pathname;

/** A comparison as a newsroom writes it, 640 px wide unless told otherwise. */
export async function compare(
  attributes: Partial<Record<string, string>> = {},
  {width = 640, before = BEFORE, after = AFTER} = {}
): Promise<BeforeAfter> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px"></div>`
  );
  const el = document.createElement('before-after');
  for (const [name, value] of Object.entries(attributes))
    el.setAttribute(name, value!);
  el.append(image('before', before), image('after', after));
  wrapper.append(el);
  await el.updateComplete;
  await settled(...el.querySelectorAll('img'));
  await nextFrame();
  return el;
}

export function image(
  slot: string,
  src: string,
  alt = `${slot} photo`
): HTMLImageElement {
  const img = document.createElement('img');
  Object.assign(img, {slot, src, alt, width: 1600, height: 900});
  return img;
}

export const part = (el: BeforeAfter, name: string): HTMLElement =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

export const handle = (el: BeforeAfter): HTMLElement => part(el, 'handle');

/** Viewport coordinates of the point `pct` percent along the slider's axis, rounded for WebDriver. */
export function pointAt(
  el: BeforeAfter,
  pct: number,
  across = 50
): [number, number] {
  const box = part(el, 'base').getBoundingClientRect();
  const vertical = el.orientation === 'vertical';
  const rtl = getComputedStyle(el).direction === 'rtl';
  const along = rtl && !vertical ? 100 - pct : pct;
  const x = box.left + (box.width * (vertical ? across : along)) / 100;
  const y = box.top + (box.height * (vertical ? along : across)) / 100;
  return [Math.round(x), Math.round(y)];
}

/** Where the divider line is drawn, in percent along the axis from the inline-start (or top) edge. */
export function drawnAt(el: BeforeAfter): number {
  const box = part(el, 'base').getBoundingClientRect();
  const line = part(el, 'divider').getBoundingClientRect();
  if (el.orientation === 'vertical')
    return ((line.top + line.height / 2 - box.top) / box.height) * 100;
  const center = line.left + line.width / 2 - box.left;
  const rtl = getComputedStyle(el).direction === 'rtl';
  return ((rtl ? box.width - center : center) / box.width) * 100;
}

/** Waits for the controller's animation-frame flush. */
export const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await nextFrame();
};
