import {expect, fixture, html} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import {emulateMediaType} from './helpers/commands.js';
import {BEFORE, compare, part, settled} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

const FOUR_THREE = new URL('./fixtures/four-three.svg', import.meta.url)
  .pathname;
const DATES = {
  'before-label': 'June 6, 2016',
  'after-label': 'February 5, 2017',
};

type Layout = 'stacked' | 'side by side';

/**
 * What a printed comparison must show, as a list of what is wrong: both
 * images whole and apart, in order (before above after, or side by side in a
 * column of 37rem or more), each under its date in black text, no controls.
 */
function printProblems(el: BeforeAfter, layout: Layout): string[] {
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
    const whole = (r.width * img.naturalHeight) / img.naturalWidth;
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

describe('<before-after> printed', () => {
  before(async function () {
    // Firefox's BiDi and WebKitGTK's driver cannot render a page as print media.
    if (!(await emulateMediaType('print'))) this.skip();
  });
  after(() => emulateMediaType(''));

  // 592 px = 37rem: from there each image gets a column of its own.
  const widths: [number, Layout][] = [
    [480, 'stacked'],
    [640, 'side by side'],
  ];
  for (const [width, layout] of widths) {
    for (const value of ['0', '30', '100']) {
      it(`shows both images whole and in order, each under its date, ${layout} at ${width} px (value ${value})`, async () => {
        const el = await compare({...DATES, value}, {width});
        expect(printProblems(el, layout)).to.deep.equal([]);
        expect(part(el, 'before-label').textContent).to.equal('June 6, 2016');
        expect(getComputedStyle(el).breakInside).to.equal('avoid');
      });
    }

    it(`prints an after image of another shape in its own shape, ${layout}`, async () => {
      const el = await compare(DATES, {
        width,
        before: BEFORE,
        after: FOUR_THREE,
      });
      expect(printProblems(el, layout)).to.deep.equal([]);
      const after = el.querySelector('[slot=after]')!.getBoundingClientRect();
      expect(after.height).to.be.closeTo((after.width * 3) / 4, 1);
    });
  }

  it('prints <picture> images whole, in a vertical comparison too', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 480px"></div>`
    );
    const el = document.createElement('before-after');
    el.setAttribute('orientation', 'vertical');
    for (const [name, value] of Object.entries(DATES))
      el.setAttribute(name, value);
    el.innerHTML = `
      <picture slot="before"><img src="${BEFORE}" alt="2016" width="1600" height="900"></picture>
      <picture slot="after"><img src="${FOUR_THREE}" alt="2017" width="1200" height="900"></picture>`;
    wrapper.append(el);
    await el.updateComplete;
    await settled(...el.querySelectorAll('img'));
    expect(printProblems(el, 'stacked')).to.deep.equal([]);
  });

  it('prints a missing image’s message as text in its place', async () => {
    const el = await compare(DATES, {
      width: 480,
      after: '/test/fixtures/missing.jpg',
    });
    const message = part(el, 'error');
    const label = part(el, 'after-label').getBoundingClientRect();
    const r = message.getBoundingClientRect();
    expect(r.top).to.be.at.least(label.bottom - 0.5);
    expect(getComputedStyle(message).color).to.equal('rgb(0, 0, 0)');
    expect(part(el, 'base').getBoundingClientRect().bottom).to.be.at.least(
      r.bottom
    );
  });

  it('prints both images and their dates before the upgrade, from before-after.css', async () => {
    // A page whose script has not run: the element is not defined in it.
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 520px; height: 800px; border: 0';
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, {once: true})
    );
    frame.srcdoc = `<link rel="stylesheet" href="/src/before-after.css">
      <before-after before-label="June 6, 2016" after-label="February 5, 2017">
        <img slot="before" src="${BEFORE}" alt="2016" width="1600" height="900">
        <img slot="after" src="${FOUR_THREE}" alt="2017" width="1200" height="900">
      </before-after>`;
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      await settled(...doc.images);
      const [before, after] = [...doc.images].map((img) =>
        img.getBoundingClientRect()
      );
      expect(before.height).to.be.closeTo((before.width * 9) / 16, 1);
      expect(after.height).to.be.closeTo((after.width * 3) / 4, 1);
      expect(after.top).to.be.at.least(before.bottom);
      const el = doc.querySelector('before-after')!;
      expect(getComputedStyle(el, '::before').content).to.equal(
        '"June 6, 2016"'
      );
      expect(getComputedStyle(el).breakInside).to.equal('avoid');
    } finally {
      frame.remove();
    }
  });

  it('goes back to the slider on screen', async () => {
    const el = await compare(DATES);
    await emulateMediaType('');
    try {
      const [a, b] = [...el.querySelectorAll('img')].map((img) =>
        img.getBoundingClientRect().toJSON()
      );
      expect(a).to.deep.equal(b);
      expect(part(el, 'handle').getBoundingClientRect().width).to.be.at.least(
        44
      );
    } finally {
      await emulateMediaType('print');
    }
  });
});
