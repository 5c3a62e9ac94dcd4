import type {BeforeAfter} from '../../src/before-after.js';
import {part} from './element.js';

/*
 * What a printed comparison must show, for the tests that render a page as
 * print media (test/before-after.print.test.ts, test/before-after.many.test.ts).
 */

export type Layout = 'stacked' | 'side by side';

/**
 * What a printed comparison must show, as a list of what is wrong: both
 * images whole and apart, in order (before above after, or side by side in a
 * column of 37rem or more), each under its date in black text, no controls.
 */
export function printProblems(el: BeforeAfter, layout: Layout): string[] {
  const found: string[] = [];
  const box = part(el, 'base').getBoundingClientRect();
  const images = [...el.querySelectorAll('img')];
  const [before, after] = images.map((img) => img.getBoundingClientRect());
  const labels = ['before-label', 'after-label'].map((p) => part(el, p));
  const [bl, al] = labels.map((l) => l.getBoundingClientRect());
  const column = layout === 'stacked' ? box.width : (box.width - 16) / 2;
  for (const [i, img] of images.entries()) {
    const r = img.getBoundingClientRect();
    const name = img.alt;
    if (Math.abs(r.width - column) > 1)
      found.push(`${name}: ${r.width} wide in a ${column} column`);
    // Its own shape once loaded; until then (a lazy image the page has not
    // reached), the box its width and height attributes reserve.
    const [w, h] = img.naturalWidth
      ? [img.naturalWidth, img.naturalHeight]
      : [Number(img.getAttribute('width')), Number(img.getAttribute('height'))];
    const whole = (r.width * h) / w;
    if (!(whole > 0)) found.push(`${name}: no shape to check it against`);
    if (Math.abs(r.height - whole) > 1)
      found.push(`${name}: ${r.height} tall, not ${whole}`);
    if (getComputedStyle(img).visibility !== 'visible')
      found.push(`${name}: hidden`);
    // Drawn whole: no layer clips it, and it stays inside the element.
    const layer = part(el, i === 0 ? 'before' : 'after');
    if (getComputedStyle(layer).clipPath !== 'none')
      found.push(`${name}: clipped`);
    if (r.bottom > box.bottom + 1 || r.right > box.right + 1)
      found.push(`${name}: outside the box`);
  }
  const above = (a: DOMRect, b: DOMRect) => a.bottom <= b.top + 0.5;
  if (layout === 'stacked') {
    if (!above(bl, before)) found.push('before date not above its image');
    if (!above(before, al)) found.push('images overlap or swap');
    if (!above(al, after)) found.push('after date not above its image');
  } else {
    if (!(before.right <= after.left)) found.push('images overlap or swap');
    if (Math.abs(before.top - after.top) > 1) found.push('images not level');
    for (const [date, img] of [
      [bl, before],
      [al, after],
    ]) {
      if (!above(date, img) || Math.abs(date.left - img.left) > 1)
        found.push(`date at ${date.left},${date.top} not above its image`);
    }
  }
  for (const label of labels) {
    const style = getComputedStyle(label);
    if (style.color !== 'rgb(0, 0, 0)') found.push(`label in ${style.color}`);
    if (style.backgroundColor !== 'rgba(0, 0, 0, 0)')
      found.push(`label box in ${style.backgroundColor}`);
    if (style.opacity !== '1') found.push(`label at opacity ${style.opacity}`);
  }
  for (const name of ['handle', 'divider']) {
    const r = part(el, name).getBoundingClientRect();
    if (r.width > 0 || r.height > 0) found.push(`${name} shown`);
  }
  return found;
}
