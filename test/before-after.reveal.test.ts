import {expect} from '@open-wc/testing';
import {compare, part} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

/** Where the reveal's edge and the divider's middle are drawn, in px along the axis from the viewport. */
function drawn(
  el: HTMLElement & {value: number},
  vertical: boolean,
  rtl: boolean
) {
  const layer = part(el as never, 'before').getBoundingClientRect();
  const line = part(el as never, 'divider').getBoundingClientRect();
  const edge = vertical ? layer.bottom : rtl ? layer.left : layer.right;
  const middle = vertical
    ? line.top + line.height / 2
    : line.left + line.width / 2;
  return {edge, middle};
}

const cases: [string, Record<string, string>, boolean, boolean][] = [
  ['left to right', {}, false, false],
  ['right to left', {dir: 'rtl'}, false, true],
  ['vertical', {orientation: 'vertical'}, true, false],
];

describe('<before-after> reveal', () => {
  for (const [name, attributes, vertical, rtl] of cases) {
    it(`puts the revealed edge under the divider (within 1 px), ${name}`, async () => {
      const el = await compare(attributes, {width: 613});
      const box = part(el, 'base').getBoundingClientRect();
      const before = el.querySelector('img[slot=before]')!;
      for (const value of [0, 3.7, 25, 50, 66.66, 90, 100]) {
        el.value = value;
        await el.updateComplete;
        const {edge, middle} = drawn(el, vertical, rtl);
        expect(Math.abs(edge - middle), `at ${value}`).to.be.at.most(1);
        const size = vertical ? box.height : box.width;
        const start = vertical ? box.top : rtl ? box.right : box.left;
        const expected = start + ((rtl ? -1 : 1) * size * value) / 100;
        expect(edge, `edge at ${value}`).to.be.closeTo(expected, 1);
        // The picture stays put: only the window onto it moves.
        const picture = before.getBoundingClientRect();
        expect(picture.left, `picture at ${value}`).to.be.closeTo(box.left, 1);
        expect(picture.top).to.be.closeTo(box.top, 1);
        expect(picture.width).to.be.closeTo(box.width, 1);
      }
    });
  }
});
