import {expect} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import {labelExtents} from '../src/internal/geometry.js';
import {emulateMediaFeatures} from './helpers/commands.js';
import {compare, frames, part} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

const DATES = {
  'before-label': 'June 6, 2016',
  'after-label': 'February 5, 2017',
};

type Rect = DOMRect;
const intersects = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const opacity = (label: HTMLElement) => Number(getComputedStyle(label).opacity);

/** Each word of the label on one line: a word broken across lines has two boxes. */
function brokenWords(label: HTMLElement): string[] {
  const text = [...label.childNodes].find(
    (n): n is Text => n instanceof Text && n.data.trim() !== ''
  )!;
  const broken: string[] = [];
  for (const match of text.data.matchAll(/\S+/g)) {
    const range = document.createRange();
    range.setStart(text, match.index);
    range.setEnd(text, match.index + match[0].length);
    if (range.getClientRects().length !== 1) broken.push(match[0]);
  }
  return broken;
}

/**
 * What a reader must never see, at one value: a label cut by the box or its
 * own box, crossed by the divider, on the wrong side of it, or over the other.
 */
function problemsAt(el: BeforeAfter): string[] {
  const problems: string[] = [];
  const box = part(el, 'base').getBoundingClientRect();
  const line = part(el, 'divider').getBoundingClientRect();
  const vertical = el.orientation === 'vertical';
  const rtl = getComputedStyle(el).direction === 'rtl';
  const labels = {
    before: part(el, 'before-label'),
    after: part(el, 'after-label'),
  };
  const shown = Object.entries(labels).filter(([, l]) => opacity(l) > 0);
  for (const [side, label] of shown) {
    const r = label.getBoundingClientRect();
    const at = `${side} at ${el.value}`;
    // The side of the line this label belongs on.
    const ownSide =
      side === 'before'
        ? vertical
          ? r.bottom <= line.top
          : rtl
            ? r.left >= line.right
            : r.right <= line.left
        : vertical
          ? r.top >= line.bottom
          : rtl
            ? r.right <= line.left
            : r.left >= line.right;
    if (!ownSide) problems.push(`${at}: crosses the divider`);
    if (
      r.left < box.left - 0.5 ||
      r.right > box.right + 0.5 ||
      r.top < box.top - 0.5 ||
      r.bottom > box.bottom + 0.5
    )
      problems.push(`${at}: outside the box`);
    if (label.scrollWidth > label.clientWidth)
      problems.push(`${at}: text wider than its box`);
    if (label.scrollHeight > label.clientHeight)
      problems.push(`${at}: text taller than its box`);
    const broken = brokenWords(label);
    if (broken.length) problems.push(`${at}: words broken: ${broken}`);
  }
  if (
    shown.length === 2 &&
    intersects(
      labels.before.getBoundingClientRect(),
      labels.after.getBoundingClientRect()
    )
  )
    problems.push(`labels overlap at ${el.value}`);
  return problems;
}

async function sweep(el: BeforeAfter): Promise<string[]> {
  const problems: string[] = [];
  for (let value = 0; value <= 100; value += 5) {
    el.value = value;
    await el.updateComplete;
    problems.push(...problemsAt(el));
  }
  return problems;
}

describe('<before-after> labels', () => {
  const layouts: [string, Record<string, string>][] = [
    ['left to right', {}],
    ['right to left', {dir: 'rtl'}],
    ['vertical', {orientation: 'vertical'}],
    ['vertical, right to left', {orientation: 'vertical', dir: 'rtl'}],
  ];
  for (const width of [216, 375]) {
    for (const [name, attributes] of layouts) {
      it(`stay whole and on their own side at ${width} px, ${name}, values 0–100`, async () => {
        const el = await compare({...DATES, ...attributes}, {width});
        expect(await sweep(el)).to.deep.equal([]);
        // The sweep saw each label shown somewhere and hidden somewhere.
        for (const value of [0, 100]) {
          el.value = value;
          await el.updateComplete;
          const seen = ['before-label', 'after-label'].map((p) =>
            opacity(part(el, p))
          );
          expect(seen).to.deep.equal(value === 0 ? [0, 1] : [1, 0]);
        }
      });
    }
  }

  it('both show in full at the middle, down to 216 px', async () => {
    for (const width of [216, 320, 640]) {
      const el = await compare(DATES, {width});
      for (const label of ['before-label', 'after-label'])
        expect(opacity(part(el, label)), `${label} at ${width}`).to.equal(1);
    }
  });

  it('are never inside a clipped layer', async () => {
    const el = await compare(DATES);
    expect(part(el, 'before-label').closest('[part=before]')).to.equal(null);
    expect(part(el, 'after-label').closest('[part=after]')).to.equal(null);
  });

  it('shrink their text with the box, within 11–14 px', async () => {
    const sizes: number[] = [];
    for (const width of [216, 375, 1000]) {
      const el = await compare(DATES, {width});
      sizes.push(
        parseFloat(getComputedStyle(part(el, 'before-label')).fontSize)
      );
    }
    expect(sizes[0]).to.equal(11);
    expect(sizes[1]).to.be.within(12, 13.5);
    expect(sizes[2]).to.equal(14);
  });

  it('follow a longer label, a resize and a flip to vertical', async () => {
    const el = await compare(DATES, {width: 480});
    el.value = 30;
    el.afterLabel = 'Satellite view, February 5, 2017, after the demolition';
    await el.updateComplete;
    await frames();
    expect(problemsAt(el)).to.deep.equal([]);
    el.parentElement!.style.width = '260px';
    await frames();
    for (const value of [20, 45, 70]) {
      el.value = value;
      await el.updateComplete;
      expect(problemsAt(el)).to.deep.equal([]);
    }
    el.orientation = 'vertical';
    await el.updateComplete;
    await frames();
    expect(await sweep(el)).to.deep.equal([]);
  });

  it('keep their border and fading in forced-colors mode', async function () {
    // Firefox's BiDi and WebKitGTK's driver cannot emulate media features.
    if (!(await emulateMediaFeatures({'forced-colors': 'active'})))
      return this.skip();
    try {
      const el = await compare({...DATES, value: '0'});
      const label = part(el, 'after-label');
      expect(getComputedStyle(label).borderTopStyle).to.equal('solid');
      expect(opacity(part(el, 'before-label'))).to.equal(0);
      expect(await sweep(el)).to.deep.equal([]);
    } finally {
      await emulateMediaFeatures({'forced-colors': 'none'});
    }
  });

  it('measure once per resize, not per drag frame', async () => {
    const el = await compare(DATES, {width: 640});
    const label = part(el, 'before-label');
    // A spy that calls through: every layout read while the value changes.
    const read: string[] = [];
    const {getBoundingClientRect} = Element.prototype;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      read.push(this.className);
      return getBoundingClientRect.call(this);
    };
    try {
      for (let value = 0; value <= 100; value += 10) {
        el.value = value;
        await el.updateComplete;
        await frames(1);
      }
    } finally {
      Element.prototype.getBoundingClientRect = getBoundingClientRect;
    }
    expect(read, 'no layout read while only the value changes').to.deep.equal(
      []
    );
    // At 25 the label fits before the divider in 640 px, not in 300 px.
    el.value = 25;
    await el.updateComplete;
    expect(opacity(label)).to.equal(1);
    el.parentElement!.style.width = '300px';
    await frames();
    expect(opacity(label)).to.equal(0);
  });
});

describe('labelExtents', () => {
  const box = {left: 100, top: 50, width: 400, height: 200};
  const before = {left: 110, top: 60, width: 90, height: 20};
  const after = {left: 380, top: 60, width: 110, height: 20};
  const options = {vertical: false, rtl: false, gap: 4, fade: 12};

  it('gives the extents in percent from the inline-start edge, with the gap', () => {
    expect(labelExtents(box, before, after, options)).to.deep.equal({
      beforeEnd: ((100 + 4) / 400) * 100,
      afterStart: ((280 - 4) / 400) * 100,
      fade: 3,
    });
  });

  it('measures from the right edge in RTL', () => {
    const rtlBefore = {...before, left: 400};
    const rtlAfter = {...after, left: 110};
    const extents = labelExtents(box, rtlBefore, rtlAfter, {
      ...options,
      rtl: true,
    });
    expect(extents.beforeEnd).to.equal(((100 + 4) / 400) * 100);
    expect(extents.afterStart).to.equal(((280 - 4) / 400) * 100);
  });

  it('measures from the top when vertical', () => {
    const low = {...after, top: 220};
    const extents = labelExtents(box, before, low, {
      ...options,
      vertical: true,
    });
    expect(extents).to.deep.equal({
      beforeEnd: ((30 + 4) / 200) * 100,
      afterStart: ((170 - 4) / 200) * 100,
      fade: 6,
    });
  });

  it('never hides a label that has no box, and survives a box with no size', () => {
    const none = {left: 0, top: 0, width: 0, height: 0};
    expect(labelExtents(box, none, null, options)).to.deep.include({
      beforeEnd: 0,
      afterStart: 100,
    });
    expect(labelExtents(none, before, after, options)).to.deep.equal({
      beforeEnd: 0,
      afterStart: 100,
      fade: 1,
    });
  });
});
