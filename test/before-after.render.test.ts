import {expect, fixture, html} from '@open-wc/testing';
import {BeforeAfter} from '../src/before-after.js';
import {expectEvents} from './helpers/events.js';
import {
  AFTER,
  BEFORE,
  SQUARE,
  compare,
  drawnAt,
  frames,
  handle,
  image,
  part,
  pointAt,
  settled,
} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole({resetMouse: true});

describe('<before-after>', () => {
  it('is defined', () => {
    expect(document.createElement('before-after')).to.be.instanceOf(
      BeforeAfter
    );
  });

  describe('rendering', () => {
    it('draws the divider where value says, and follows it', async () => {
      const el = await compare({value: '30'});
      expect(drawnAt(el)).to.be.closeTo(30, 0.3);
      el.value = 80;
      await el.updateComplete;
      expect(drawnAt(el)).to.be.closeTo(80, 0.3);
    });

    it('reveals before on the start side and after on the other', async () => {
      const el = await compare({value: '25'});
      const [x1, y] = pointAt(el, 10);
      const [x2] = pointAt(el, 60);
      // The before layer is on top and clipped at the divider: what is hit left of it is before.
      const hit = (x: number) =>
        el
          .shadowRoot!.elementsFromPoint(x, y)
          .find((n) => n.classList.contains('layer'));
      part(el, 'before').style.pointerEvents = 'auto';
      part(el, 'after').style.pointerEvents = 'auto';
      expect(hit(x1)?.getAttribute('part')).to.equal('before');
      expect(hit(x2)?.getAttribute('part')).to.equal('after');
    });

    it('reserves the box from the images’ width and height before they load', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:800px"></div>`
      );
      const el = document.createElement('before-after');
      const before = image('before', `${BEFORE}?never=${Math.random()}`);
      before.width = 800;
      before.height = 600;
      before.loading = 'lazy';
      el.append(before, image('after', SQUARE));
      wrapper.append(el);
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.be.closeTo(600, 1);
    });

    it('fits an after image of another shape into the before image’s box', async () => {
      const el = await compare({}, {after: SQUARE});
      const box = part(el, 'base').getBoundingClientRect();
      const after = el.querySelector('[slot=after]')!.getBoundingClientRect();
      expect(box.height).to.be.closeTo((640 * 9) / 16, 1);
      expect(after.width).to.be.closeTo(box.width, 1);
      expect(after.height).to.be.closeTo(box.height, 1);
    });

    it('takes <picture> in a slot, its image filling the box', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:480px"></div>`
      );
      const el = document.createElement('before-after');
      el.innerHTML = `
        <picture slot="before"><source type="image/svg+xml" srcset="${BEFORE}"><img src="${SQUARE}" alt="2016" width="1600" height="900"></picture>
        <picture slot="after"><source type="image/svg+xml" srcset="${AFTER}"><img src="${SQUARE}" alt="2017" width="1600" height="900"></picture>`;
      wrapper.append(el);
      await el.updateComplete;
      await settled(...el.querySelectorAll('img'));
      const box = part(el, 'base').getBoundingClientRect();
      expect(box.height).to.be.closeTo(270, 1);
      for (const img of el.querySelectorAll('img')) {
        expect(img.currentSrc).to.match(/(before|after)\.svg$/);
        const r = img.getBoundingClientRect();
        expect([r.width, r.height]).to.deep.equal([box.width, box.height]);
      }
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    });

    it('keeps the divider right when the element is resized', async () => {
      const el = await compare({value: '40'});
      el.parentElement!.style.width = '300px';
      await frames();
      expect(drawnAt(el)).to.be.closeTo(40, 0.5);
    });

    it('shows the labels on the images', async () => {
      const el = await compare({
        'before-label': 'June 6, 2016',
        'after-label': 'February 5, 2017',
      });
      expect(part(el, 'before-label').textContent).to.equal('June 6, 2016');
      expect(part(el, 'after-label').textContent).to.equal('February 5, 2017');
    });

    it('gives the handle a touch target of at least 44 × 44 px', async () => {
      const el = await compare();
      el.style.setProperty('--before-after-handle-size', '20px');
      const {width, height} = handle(el).getBoundingClientRect();
      expect(width).to.be.at.least(44);
      expect(height).to.be.at.least(44);
    });
  });

  describe('properties and attributes', () => {
    const table: [string, number][] = [
      ['abc', 50],
      ['', 50],
      ['-5', 0],
      ['250', 100],
      ['NaN', 50],
      ['Infinity', 100],
      ['12.5', 12.5],
    ];
    for (const [attr, expected] of table) {
      it(`value="${attr}" gives ${expected}, drawn there`, async () => {
        const el = await compare({value: attr});
        expect(el.value).to.equal(expected);
        expect(handle(el).getAttribute('aria-valuenow')).to.equal(
          String(expected)
        );
        expect(drawnAt(el)).to.be.closeTo(expected, 0.3);
      });
    }

    it('falls back to step 1 for step="0", and to horizontal for a bad orientation', async () => {
      const el = await compare({step: '0', orientation: 'diagonal'});
      expect(el.step).to.equal(1);
      expect(el.orientation).to.equal('horizontal');
      expect(handle(el).getAttribute('aria-orientation')).to.equal(
        'horizontal'
      );
    });

    // WebKit keeps the overflow of the transforms a layout saw: drawn along
    // the old axis when the flip was laid out, the divider's line (full width
    // once vertical, still shifted sideways) widened the page by half a box.
    it('overflows nowhere after a flip of orientation, either way', async () => {
      for (const [from, to] of [
        ['horizontal', 'vertical'],
        ['vertical', 'horizontal'],
      ]) {
        const el = await compare({orientation: from});
        el.orientation = to as BeforeAfter['orientation'];
        el.value = 30;
        await el.updateComplete;
        await frames();
        expect(
          [el.scrollWidth, el.scrollHeight],
          `${from} to ${to}: the box is ${el.clientWidth} × ${el.clientHeight}`
        ).to.deep.equal([el.clientWidth, el.clientHeight]);
      }
    });

    it('clamps values set from script at once, like a range input', async () => {
      const el = await compare();
      el.value = 180;
      expect(el.value).to.equal(100);
      el.value = 'soup';
      expect(el.value).to.equal(50);
    });

    it('fires no event when value is set from script', async () => {
      const el = await compare();
      const fired = await expectEvents(el, async () => {
        el.value = 20;
        el.setAttribute('value', '70');
        await el.updateComplete;
        await frames();
      });
      expect(el.value).to.equal(70);
      expect(fired).to.deep.equal([]);
    });
  });
});
