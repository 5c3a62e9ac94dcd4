import {expect, fixture, html} from '@open-wc/testing';
import {emulateMediaType} from './helpers/commands.js';
import {BEFORE, compare, part, settled} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';
import {type Layout, printProblems} from './helpers/print.js';

guardConsole();

const FOUR_THREE = new URL('./fixtures/four-three.svg', import.meta.url)
  .pathname;
const DATES = {
  'before-label': 'June 6, 2016',
  'after-label': 'February 5, 2017',
};

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
