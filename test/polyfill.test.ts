import {expect} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {enableTouchEmulation, pointerGesture} from './helpers/commands.js';
import {expectEvents} from './helpers/events.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

const change = {type: 'change', bubbles: true, composed: true};

// A touch screen, where the driver can give one, before the polyfill looks for touch events.
const touchScreen = await enableTouchEmulation();

// A browser without Pointer Events: no PointerEvent, no pointer capture, and no
// native pointer events reaching the page. This runs before the element loads.
delete (window as {PointerEvent?: unknown}).PointerEvent;
for (const name of [
  'setPointerCapture',
  'releasePointerCapture',
  'hasPointerCapture',
] as const) {
  delete (Element.prototype as Partial<Element>)[name];
}
for (const type of [
  'pointerdown',
  'pointermove',
  'pointerup',
  'pointercancel',
  'gotpointercapture',
  'lostpointercapture',
]) {
  window.addEventListener(
    type,
    (e) => e.isTrusted && e.stopImmediatePropagation(),
    {capture: true}
  );
}

const {pointerEventsReady} = await import('../src/internal/pointer-events.js');
const {compare, frames, pointAt} = await import('./helpers/element.js');

describe('<before-after> without Pointer Events', () => {
  it('loads pointer-events-polyfill', async () => {
    expect(await pointerEventsReady()).to.be.true;
    const fetched = performance.getEntriesByType('resource').map((r) => r.name);
    expect(fetched.filter((url) => url.includes('/pointer-events-polyfill/')))
      .to.not.be.empty;
    expect(typeof window.PointerEvent).to.equal('function');
    expect(typeof Element.prototype.setPointerCapture).to.equal('function');
  });

  it('still drags with the mouse', async () => {
    await pointerEventsReady();
    const el = await compare();
    const fired = await expectEvents(el, async () => {
      await sendMouse({type: 'move', position: pointAt(el, 30)});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'move', position: pointAt(el, 50)});
      await sendMouse({type: 'move', position: pointAt(el, 70)});
      await sendMouse({type: 'up'});
      await frames();
    });
    expect(el.value).to.be.closeTo(70, 0.5);
    expect(fired.at(-1)).to.deep.equal(change);
  });

  it('still drags with a finger', async function () {
    // Engine exception: only Chromium's driver gives the page a touch screen (see enableTouchEmulation).
    if (!touchScreen) this.skip();
    await pointerEventsReady();
    const el = await compare();
    expect(el.getAttribute('touch-action'), 'read by the polyfill').to.equal(
      'pan-y'
    );
    const [x, y] = pointAt(el, 50);
    const fired = await expectEvents(el, async () => {
      await pointerGesture('touch', [
        {type: 'down', x, y},
        {type: 'move', x: pointAt(el, 45)[0], y},
        {type: 'move', x: pointAt(el, 35)[0], y},
        {type: 'move', x: pointAt(el, 25)[0], y},
        {type: 'up', x: pointAt(el, 25)[0], y},
      ]);
      await frames();
    });
    expect(el.value).to.be.closeTo(25, 0.5);
    expect(fired.at(-1)).to.deep.equal(change);
  });
});
