import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import {type PointerStep, engine, pointerGesture} from './helpers/commands.js';
import {expectEvents} from './helpers/events.js';
import {compare, drawnAt, frames, handle, pointAt} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole({resetMouse: true});

// What a reader's move fires: events that bubble out of the shadow root to the page.
const input = {type: 'input', bubbles: true, composed: true};
const change = {type: 'change', bubbles: true, composed: true};

/** The centre of the handle, in viewport coordinates rounded for WebDriver. */
function handleCentre(el: BeforeAfter): [number, number] {
  const box = handle(el).getBoundingClientRect();
  return [
    Math.round(box.left + box.width / 2),
    Math.round(box.top + box.height / 2),
  ];
}

/** Room to scroll the page both ways, removed (and the scroll undone) by the returned function. */
function scrollRoom(): () => void {
  const spacer = document.createElement('div');
  spacer.style.cssText = 'width: 300vw; height: 300vh';
  document.body.append(spacer);
  return () => {
    spacer.remove();
    document.scrollingElement!.scrollTo(0, 0);
  };
}

describe('<before-after handle-only>', () => {
  it('reflects the property to the attribute, and reads the attribute', async () => {
    const el = await compare();
    expect(el.handleOnly).to.be.false;
    el.handleOnly = true;
    await el.updateComplete;
    expect(el.hasAttribute('handle-only')).to.be.true;
    const other = await compare({'handle-only': ''});
    expect(other.handleOnly).to.be.true;
  });

  it('leaves the images to the page: touch-action and cursor', async () => {
    const el = await compare({'handle-only': ''});
    // Pan both ways and pinch-zoom: `manipulation`, as some engines spell it out.
    expect(getComputedStyle(el).touchAction).to.be.oneOf([
      'manipulation',
      'pan-x pan-y pinch-zoom',
    ]);
    expect(getComputedStyle(el).cursor).to.equal('auto');
    expect(getComputedStyle(handle(el)).touchAction).to.equal(
      'pan-y pinch-zoom'
    );
    expect(getComputedStyle(handle(el)).cursor).to.equal('ew-resize');
    el.orientation = 'vertical';
    await el.updateComplete;
    expect(getComputedStyle(handle(el)).touchAction).to.equal(
      'pan-x pinch-zoom'
    );
    expect(getComputedStyle(handle(el)).cursor).to.equal('ns-resize');
  });

  it('ignores a mouse press and drag on the image away from the handle', async () => {
    const el = await compare({'handle-only': ''});
    const fired = await expectEvents(el, async () => {
      await sendMouse({type: 'move', position: pointAt(el, 20)});
      await sendMouse({type: 'down'});
      await frames();
      expect(el.value, 'no jump to the press').to.equal(50);
      await sendMouse({type: 'move', position: pointAt(el, 35)});
      await sendMouse({type: 'up'});
      await frames();
    });
    expect(fired).to.deep.equal([]);
    expect(el.value).to.equal(50);
    expect(drawnAt(el)).to.be.closeTo(50, 0.3);
  });

  it('drags from the handle with a mouse, without a jump', async () => {
    const el = await compare({'handle-only': ''});
    const [x, y] = handleCentre(el);
    const fired = await expectEvents(el, async () => {
      await sendMouse({type: 'move', position: [x + 8, y]});
      await sendMouse({type: 'down'});
      await frames();
      expect(el.value, 'no jump to the press').to.equal(50);
      await sendMouse({type: 'move', position: [x + 8 + 128, y]});
      await sendMouse({type: 'up'});
      await frames();
    });
    expect(el.value).to.be.closeTo(70, 0.5);
    expect(fired).to.deep.equal([
      ...Array(fired.length - 1).fill(input),
      change,
    ]);
    expect(fired.length).to.be.above(1);
  });

  it('moves from the keyboard as always', async () => {
    const el = await compare({'handle-only': ''});
    el.focus();
    await sendKeys({press: 'ArrowRight'});
    expect(el.value).to.equal(51);
  });

  it('lets a finger swipe across the image scroll the page, either way, moving nothing', async function () {
    const el = await compare({'handle-only': ''});
    const done = scrollRoom();
    try {
      // Away from the handle, on the slider's own axis: what would drag without handle-only.
      const [x, y] = pointAt(el, 80, 75);
      const across: PointerStep[] = [
        {type: 'down', x, y},
        {type: 'move', x: x - 20, y},
        {type: 'move', x: x - 80, y},
        {type: 'move', x: x - 160, y},
        {type: 'up', x: x - 160, y},
      ];
      const down: PointerStep[] = [
        {type: 'down', x, y},
        {type: 'move', x, y: y - 20},
        {type: 'move', x, y: y - 60},
        {type: 'move', x, y: y - 120},
        {type: 'up', x, y: y - 120},
      ];
      let performed = false;
      const fired = await expectEvents(el, async () => {
        // Engine exception: no real touch input in WebKitGTK's driver (see pointerGesture).
        performed = await pointerGesture('touch', across);
        await frames();
        if (performed) await pointerGesture('touch', down);
        await frames();
      });
      if (!performed) this.skip();
      expect(fired).to.deep.equal([]);
      expect(el.value).to.equal(50);
      // Engine exception: Firefox's BiDi touch does not drive its panning, so only Chromium can show the scroll.
      if (engine === 'chromium') {
        const page = document.scrollingElement!;
        expect(page.scrollLeft, 'the page scrolled sideways').to.be.above(50);
        expect(page.scrollTop, 'the page scrolled down').to.be.above(50);
      }
    } finally {
      done();
    }
  });

  it('lets a finger scroll the page down from the handle too', async function () {
    const el = await compare({'handle-only': ''});
    const done = scrollRoom();
    try {
      const [x, y] = handleCentre(el);
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
      expect(fired).to.deep.equal([]);
      expect(el.value).to.equal(50);
      // Engine exception: Firefox's BiDi touch does not drive its panning, so only Chromium can show the scroll.
      if (engine === 'chromium')
        expect(document.scrollingElement!.scrollTop).to.be.above(50);
    } finally {
      done();
    }
  });

  it('ignores a tap on the image away from the handle', async function () {
    const el = await compare({'handle-only': ''});
    const [x, y] = pointAt(el, 85);
    // Engine exception: no real touch input in WebKitGTK's driver (see pointerGesture).
    const performed = await pointerGesture('touch', [
      {type: 'down', x, y},
      {type: 'up', x, y},
    ]);
    if (!performed) this.skip();
    await frames();
    expect(el.value).to.equal(50);
  });

  it('drags from the handle with a finger', async function () {
    const el = await compare({'handle-only': ''});
    const [x, y] = handleCentre(el);
    const steps: PointerStep[] = [{type: 'down', x, y}];
    for (const dx of [-10, -40, -80, -128])
      steps.push({type: 'move', x: x + dx, y});
    let performed = false;
    const fired = await expectEvents(el, async () => {
      // Engine exception: no real touch input in WebKitGTK's driver (see pointerGesture).
      performed = await pointerGesture('touch', [
        ...steps,
        {type: 'up', x: x - 128, y},
      ]);
      await frames();
    });
    if (!performed) this.skip();
    expect(el.value).to.be.closeTo(30, 0.5);
    expect(fired.at(-1)).to.deep.equal(change);
  });

  it('drags from the handle with a pen', async function () {
    const el = await compare({'handle-only': ''});
    const [x, y] = handleCentre(el);
    // Engine exception: no real pen input in Firefox's driver (see pointerGesture).
    const performed = await pointerGesture('pen', [
      {type: 'down', x, y},
      {type: 'move', x: x + 64, y},
      {type: 'move', x: x + 128, y},
      {type: 'up', x: x + 128, y},
    ]);
    if (!performed) this.skip();
    await frames();
    expect(el.value).to.be.closeTo(70, 0.5);
  });

  it('ignores a pen press on the image away from the handle', async function () {
    const el = await compare({'handle-only': ''});
    const [x, y] = pointAt(el, 15);
    // Engine exception: no real pen input in Firefox's driver (see pointerGesture).
    const performed = await pointerGesture('pen', [
      {type: 'down', x, y},
      {type: 'move', x: x + 64, y},
      {type: 'up', x: x + 64, y},
    ]);
    if (!performed) this.skip();
    await frames();
    expect(el.value).to.equal(50);
  });
});
