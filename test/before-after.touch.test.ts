import {expect} from '@open-wc/testing';
import {type PointerStep, engine, pointerGesture} from './helpers/commands.js';
import {expectEvents} from './helpers/events.js';
import {compare, frames, pointAt} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole({resetMouse: true});

// What a reader's move fires: events that bubble out of the shadow root to the page.
const input = {type: 'input', bubbles: true, composed: true};
const change = {type: 'change', bubbles: true, composed: true};

describe('<before-after>', () => {
  describe('touch and pen', () => {
    it('drags with a finger, and fires change at the end', async function () {
      const el = await compare();
      const [x, y] = pointAt(el, 50);
      const steps: PointerStep[] = [{type: 'down', x, y}];
      for (const pct of [48, 44, 38, 30])
        steps.push({type: 'move', x: pointAt(el, pct)[0], y});
      let performed = false;
      const fired = await expectEvents(el, async () => {
        // Engine exception: no real touch input in WebKitGTK's driver (see pointerGesture).
        performed = await pointerGesture('touch', [
          ...steps,
          {type: 'up', x: pointAt(el, 30)[0], y},
        ]);
        await frames();
      });
      if (!performed) this.skip();
      expect(el.value).to.be.closeTo(30, 0.5);
      // Inputs, then exactly one change, last.
      expect(fired).to.deep.equal([
        ...Array(fired.length - 1).fill(input),
        change,
      ]);
    });

    it('jumps to a tap', async function () {
      const el = await compare();
      const [x, y] = pointAt(el, 80);
      // Engine exception: no real touch input in WebKitGTK's driver (see pointerGesture).
      const performed = await pointerGesture('touch', [
        {type: 'down', x, y},
        {type: 'up', x, y},
      ]);
      if (!performed) this.skip();
      await frames();
      expect(el.value).to.be.closeTo(80, 0.5);
    });

    it('leaves a vertical swipe to the page: no value change, no events', async function () {
      const el = await compare();
      const spacer = document.createElement('div');
      spacer.style.height = '200vh';
      el.parentElement!.after(spacer);
      const [x, y] = pointAt(el, 30, 80);
      let performed = false;
      const fired = await expectEvents(el, async () => {
        // Engine exception: no real touch input in WebKitGTK's driver (see pointerGesture).
        performed = await pointerGesture('touch', [
          {type: 'down', x, y},
          {type: 'move', x, y: y - 20},
          {type: 'move', x, y: y - 60},
          {type: 'move', x, y: y - 120},
          {type: 'up', x, y: y - 120},
        ]);
        await frames();
      });
      if (!performed) this.skip();
      expect(el.value).to.equal(50);
      expect(fired).to.deep.equal([]);
      // Engine exception: Firefox's BiDi touch does not drive its panning, so only Chromium can show the scroll.
      if (engine === 'chromium') {
        expect(
          document.scrollingElement!.scrollTop,
          'the page scrolled'
        ).to.be.above(50);
      }
      spacer.remove();
      document.scrollingElement!.scrollTop = 0;
    });

    it('leaves scrolling across the slider to the browser (touch-action)', async () => {
      const el = await compare();
      expect(getComputedStyle(el).touchAction).to.equal('pan-y pinch-zoom');
      el.orientation = 'vertical';
      await el.updateComplete;
      expect(getComputedStyle(el).touchAction).to.equal('pan-x pinch-zoom');
    });

    it('drags with a pen', async function () {
      const el = await compare();
      let pointerType = '';
      el.addEventListener('pointerdown', (e) => (pointerType = e.pointerType));
      const [x, y] = pointAt(el, 50);
      // Engine exception: no real pen input in Firefox's driver (see pointerGesture).
      const performed = await pointerGesture('pen', [
        {type: 'down', x, y},
        {type: 'move', x: pointAt(el, 60)[0], y},
        {type: 'move', x: pointAt(el, 70)[0], y},
        {type: 'up', x: pointAt(el, 70)[0], y},
      ]);
      if (!performed) this.skip();
      await frames();
      expect(pointerType).to.equal('pen');
      expect(el.value).to.be.closeTo(70, 0.5);
    });
  });
});
