import {expect, fixture, html} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {expectEvents} from './helpers/events.js';
import {
  BEFORE,
  SQUARE,
  compare,
  drawnAt,
  frames,
  image,
  part,
  pointAt,
} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';
import {trackListeners} from './helpers/listeners.js';

guardConsole({resetMouse: true});

const SVG_DATA =
  'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%2210%22 height=%2210%22/%3E';

describe('<before-after>', () => {
  describe('bad input and odd states', () => {
    it('shows the alt text in place of an image that fails to load', async () => {
      const el = await compare({}, {after: '/test/fixtures/missing.jpg'});
      await el.updateComplete;
      const error = part(el, 'error');
      expect(error.textContent).to.equal('Image unavailable: after photo');
      // In the after image's half, the inline-end one.
      expect(error.getBoundingClientRect().left).to.be.at.least(
        part(el, 'base').getBoundingClientRect().left + 320
      );
      expect(el.getBoundingClientRect().height).to.be.closeTo(
        (640 * 9) / 16,
        1
      );
    });

    it('clears the error when a broken image is replaced by one that loads', async () => {
      const el = await compare({}, {after: '/test/fixtures/missing.jpg'});
      const img = el.querySelector<HTMLImageElement>('[slot=after]')!;
      const loaded = new Promise((resolve) =>
        img.addEventListener('load', resolve, {once: true})
      );
      img.src = SQUARE;
      await loaded;
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
    });

    it('says which image is missing when a slot is empty', async () => {
      const el = document.createElement('before-after');
      el.append(image('before', BEFORE));
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:400px"></div>`
      );
      wrapper.append(el);
      await el.updateComplete;
      expect(part(el, 'error').textContent).to.equal('No after image');
    });

    it('shows a data: image from the page markup (the page is trusted)', async () => {
      const el = await compare({}, {before: SVG_DATA});
      const img = el.querySelector<HTMLImageElement>('[slot=before]')!;
      expect(part(el, 'error')).to.equal(null);
      expect(img.naturalWidth, 'loaded').to.be.above(0);
      expect(getComputedStyle(img).visibility).to.equal('visible');
    });

    it('shows a data: address set by script after the first render', async () => {
      const el = await compare();
      const img = el.querySelector<HTMLImageElement>('[slot=after]')!;
      img.src = SVG_DATA;
      await new Promise((resolve) =>
        img.addEventListener('load', resolve, {once: true})
      );
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(getComputedStyle(img).visibility).to.equal('visible');
    });

    it('does not throw when pressed at zero size, and draws right once shown', async () => {
      const el = await compare({value: '30'}, {width: 0});
      // Nothing to aim a real pointer at: a press dispatched on the element itself.
      const press = {
        bubbles: true,
        composed: true,
        isPrimary: true,
        pointerId: 7,
        pointerType: 'mouse',
        clientX: 1,
        clientY: 1,
      };
      el.dispatchEvent(new PointerEvent('pointerdown', press));
      el.dispatchEvent(
        new PointerEvent('pointermove', {...press, clientX: 50})
      );
      el.dispatchEvent(new PointerEvent('pointerup', press));
      await frames();
      expect(el.value).to.equal(30);
      el.parentElement!.style.display = 'none';
      el.value = 70;
      await el.updateComplete;
      el.parentElement!.style.cssText = 'width: 500px';
      await frames();
      expect(drawnAt(el)).to.be.closeTo(70, 0.3);
    });

    it('leaves no listener behind when removed mid-drag', async () => {
      const listeners = trackListeners();
      try {
        const el = await compare();
        const fired = await expectEvents(el, async () => {
          await sendMouse({type: 'move', position: pointAt(el, 40)});
          await sendMouse({type: 'down'});
          await sendMouse({type: 'move', position: pointAt(el, 45)});
          expect(listeners.live('window:scroll'), 'mid-drag').to.equal(1);
          el.remove();
          await sendMouse({type: 'move', position: [10, 10]});
          await sendMouse({type: 'up'});
          await frames();
        });
        expect(listeners.left()).to.deep.equal([]);
        expect(fired.map((e) => e.type)).to.not.include('change');
      } finally {
        listeners.restore();
      }
    });

    it('never downloads the Pointer Events polyfill where Pointer Events exist', () => {
      const fetched = performance
        .getEntriesByType('resource')
        .map((r) => r.name);
      expect(fetched.some((url) => url.includes('pointer-events-polyfill'))).to
        .be.false;
    });
  });
});
