import {expect} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import {compare, part} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

const MISSING = '/test/fixtures/missing.jpg';

const messages = (el: BeforeAfter) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=error]'),
];

/** The half of the box an image's message belongs in: inline-start (top when vertical) for before. */
function half(el: BeforeAfter, side: 'before' | 'after') {
  const box = part(el, 'base').getBoundingClientRect();
  const vertical = el.orientation === 'vertical';
  const rtl = getComputedStyle(el).direction === 'rtl';
  if (vertical) {
    const mid = box.top + box.height / 2;
    return side === 'before'
      ? {...box.toJSON(), bottom: mid}
      : {...box.toJSON(), top: mid};
  }
  const mid = box.left + box.width / 2;
  const startHalf = (side === 'before') !== rtl;
  return startHalf
    ? {...box.toJSON(), right: mid}
    : {...box.toJSON(), left: mid};
}

/** What keeps a message from being read at the current value. */
function problems(
  el: BeforeAfter,
  message: HTMLElement,
  side: 'before' | 'after'
) {
  const found: string[] = [];
  const at = `${side} at ${el.value}`;
  const r = message.getBoundingClientRect();
  const h = half(el, side);
  if (r.width === 0 || r.height === 0) found.push(`${at}: no box`);
  if (
    r.left < h.left - 0.5 ||
    r.right > h.right + 0.5 ||
    r.top < h.top - 0.5 ||
    r.bottom > h.bottom + 0.5
  )
    found.push(`${at}: outside its half`);
  const style = getComputedStyle(message);
  if (style.visibility !== 'visible' || Number(style.opacity) !== 1)
    found.push(`${at}: hidden`);
  if (message.scrollWidth > message.clientWidth) found.push(`${at}: text cut`);
  // Not under a layer or a label: the message is what is drawn at its
  // corners, its middle and where the divider crosses it (the divider and
  // its handle may pass over it, so the handle is never hidden).
  const line = part(el, 'divider').getBoundingClientRect();
  const points = [
    [r.left + 2, r.top + 2],
    [r.right - 2, r.bottom - 2],
    [r.left + r.width / 2, r.top + r.height / 2],
    [line.left + line.width / 2, r.top + 2],
    [r.left + 2, line.top + line.height / 2],
  ].filter(([x, y]) => x > r.left && x < r.right && y > r.top && y < r.bottom);
  // Hit testing skips what takes no pointer events, which both do.
  message.style.pointerEvents = part(el, 'divider').style.pointerEvents =
    'auto';
  for (const [x, y] of points) {
    const top = el.shadowRoot!.elementsFromPoint(x, y)[0];
    if (
      top !== message &&
      !part(el, 'base').querySelector('.mover')!.contains(top)
    )
      found.push(`${at}: covered by ${top?.className} at ${x - r.left}`);
  }
  message.style.pointerEvents = part(el, 'divider').style.pointerEvents = '';
  return found;
}

async function sweep(el: BeforeAfter, side: 'before' | 'after') {
  const found: string[] = [];
  for (let value = 0; value <= 100; value += 5) {
    el.value = value;
    await el.updateComplete;
    const [message] = messages(el).filter((m) =>
      m.classList.contains(`${side}-error`)
    );
    found.push(...problems(el, message, side));
  }
  return found;
}

describe('<before-after> error messages', () => {
  const layouts: [string, Record<string, string>][] = [
    ['left to right', {}],
    ['right to left', {dir: 'rtl'}],
    ['vertical', {orientation: 'vertical'}],
  ];
  for (const [name, attributes] of layouts) {
    for (const width of [260, 640]) {
      it(`a broken before image: its message stays whole in its own half, ${name}, ${width} px, values 0–100`, async () => {
        const el = await compare(attributes, {before: MISSING, width});
        expect(messages(el).map((m) => m.textContent)).to.deep.equal([
          'Image unavailable: before photo',
        ]);
        expect(await sweep(el, 'before')).to.deep.equal([]);
      });

      it(`a broken after image: the same on the other half, ${name}, ${width} px`, async () => {
        const el = await compare(attributes, {after: MISSING, width});
        expect(await sweep(el, 'after')).to.deep.equal([]);
      });
    }
  }

  it('both broken: two messages, one in each half, side by side and apart', async () => {
    const el = await compare({}, {before: MISSING, after: MISSING});
    const [before, after] = messages(el);
    expect(problems(el, before, 'before')).to.deep.equal([]);
    expect(problems(el, after, 'after')).to.deep.equal([]);
    const a = before.getBoundingClientRect();
    const b = after.getBoundingClientRect();
    expect(a.right).to.be.below(b.left);
    expect(a.top + a.height / 2).to.be.closeTo(b.top + b.height / 2, 1);
  });

  it('shows no image of the other side where the broken one would be', async () => {
    const el = await compare({value: '60'}, {before: MISSING});
    const box = part(el, 'base').getBoundingClientRect();
    const layer = part(el, 'before');
    expect(getComputedStyle(layer).backgroundImage).to.contain('gradient');
    // The before layer, opaque, is what is drawn over the before side.
    layer.style.pointerEvents = 'auto';
    const top = el.shadowRoot!.elementsFromPoint(
      box.left + 4,
      box.bottom - 4
    )[0]!;
    expect(layer.contains(top), 'the before layer is on top').to.be.true;
  });
});
