// Last of the test files on purpose: in Chromium a CDP two-finger pinch leaves
// state behind that breaks the next page's touch drag (builder.notes' "moves a
// note under a finger"), cause not yet found; see the issue 17 note.
import {expect} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import {type PointerStep, pointerGesture} from './helpers/commands.js';
import {
  compare,
  drawnAt,
  frames,
  handle,
  part,
  pointAt,
} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';
import {centreOf, markers, withNotes} from './helpers/notes.js';
import {
  type Fingers,
  ZOOM,
  boxOf,
  byReader,
  clampedTo,
  expectBox,
  expectCovers,
  expectFixedParts,
  fixedParts,
  movedBy,
  pinch,
  pointIn,
  scaledAbout,
  shown,
  zoomReady,
  zoomedBox,
  zoomsIn,
} from './helpers/zoom.js';

guardConsole({resetMouse: true});

/*
 * Zoom and pan by finger and pen (issue 17, /work/notes/zoom-contract.md):
 * a two-finger pinch zooms about the fingers' midpoint, a double-tap zooms
 * ×2 and resets, and while zoomed one finger or a pen pans both images.
 * Real input through each engine's pipeline: CDP touch in Chromium, BiDi in
 * Firefox, WebDriver actions in WebKit (see test/runner/gestures.mjs and
 * test/runner/zoom-input.mjs for what each driver cannot do).
 */

async function zoomable(
  attributes: Partial<Record<string, string>> = {}
): Promise<BeforeAfter> {
  const el = await compare({zoom: '', ...attributes});
  await zoomReady(el);
  return el;
}

/** Two fingers `from` apart about (x, y) moving to `to` apart about (x + dx, y + dy), in `n` steps, on a horizontal line. */
function spread(
  [x, y]: [number, number],
  from: number,
  to: number,
  [dx, dy] = [0, 0],
  n = 6
): Fingers[] {
  const steps: Fingers[] = [];
  for (let i = 0; i <= n; i++) {
    const half = Math.round((from + ((to - from) * i) / n) / 2);
    const cx = Math.round(x + (dx * i) / n);
    const cy = Math.round(y + (dy * i) / n);
    steps.push([cx - half, cy, cx + half, cy]);
  }
  return steps;
}

/** A tap, twice, at one point: a double-tap. */
const doubleTap = ([x, y]: [number, number]): PointerStep[] => [
  {type: 'down', x, y},
  {type: 'up', x, y},
  {type: 'down', x, y},
  {type: 'up', x, y},
];

/** A one-pointer drag by (dx, dy) in four moves. */
function dragSteps(
  [x, y]: [number, number],
  dx: number,
  dy: number
): PointerStep[] {
  const steps: PointerStep[] = [{type: 'down', x, y}];
  for (const f of [0.25, 0.5, 0.75, 1])
    steps.push({
      type: 'move',
      x: Math.round(x + dx * f),
      y: Math.round(y + dy * f),
    });
  return [...steps, {type: 'up', x: x + dx, y: y + dy}];
}

describe('<before-after> zoom by touch and pen', () => {
  it('gives pinch-zoom to the comparison only with `zoom`, and all gestures to it while zoomed (touch-action)', async () => {
    const el = await compare();
    expect(getComputedStyle(el).touchAction).to.equal('pan-y pinch-zoom');
    el.zoom = true;
    await zoomReady(el);
    expect(getComputedStyle(el).touchAction).to.equal('pan-y');
    el.orientation = 'vertical';
    await el.updateComplete;
    expect(getComputedStyle(el).touchAction).to.equal('pan-x');
    expect(getComputedStyle(part(el, 'base')).touchAction).to.not.equal('none');
    await el.zoomTo(2);
    await frames();
    expect(getComputedStyle(part(el, 'base')).touchAction).to.equal('none');
  });

  it('a two-finger pinch zooms about the fingers’ midpoint, with one zoom event at its end', async function () {
    const el = await zoomable({'before-label': 'A', 'after-label': 'B'});
    const box = boxOf(el);
    const fixed = fixedParts(el);
    const mid = pointIn(el, 0.3, 0.45);
    let performed = true;
    const fired = await byReader(el, async () => {
      // Engine exception: WebKitGTK's driver turns touch actions into mouse events (no two fingers).
      performed = await pinch(spread(mid, 80, 160));
      if (!performed) this.skip();
    });
    expect(fired, 'events of a pinch').to.deep.equal([ZOOM]);
    const level = el.zoomLevel;
    expect(level, 'the fingers spread ×2').to.be.closeTo(2, 0.05);
    expectBox(shown(el), scaledAbout(box, level, mid), 'about the midpoint');
    expect(el.value).to.equal(50);
    expectFixedParts(el, fixed, 'after a pinch');
  });

  it('a pinch from 1× leaves the page’s touchmoves non-blocking: the touch-action under the fingers holds until the gesture ends', async function () {
    // Engine exception: Firefox has no TouchEvent on desktop, WebKitGTK no two fingers.
    if (typeof TouchEvent === 'undefined') this.skip();
    const el = await zoomable();
    let moves = 0;
    let blocking = 0;
    const count = (event: Event) => {
      moves++;
      if (event.cancelable) blocking++;
    };
    window.addEventListener('touchmove', count, {capture: true, passive: true});
    try {
      if (!(await pinch(spread(pointIn(el, 0.5, 0.5), 60, 180, [0, 0], 24))))
        this.skip();
    } finally {
      window.removeEventListener('touchmove', count, {capture: true});
    }
    expect(el.zoomLevel, 'the fingers spread ×3').to.be.above(2.5);
    expect(moves, 'touchmoves seen').to.be.at.least(20);
    // A touch-action that changed to none mid-gesture made Chromium send
    // every later move blocking: each waited for the main thread and a frame.
    expect(blocking, 'blocking touchmoves').to.be.at.most(1);
    await frames();
    expect(
      getComputedStyle(part(el, 'base')).touchAction,
      'once settled'
    ).to.equal('none');
  });

  it('a pinch whose first finger lands on a note’s marker zooms too', async function () {
    const el = await withNotes([{x: '30', y: '45', text: 'Here.'}], {
      zoom: '',
    });
    await zoomReady(el);
    const box = boxOf(el);
    const [mx, my] = centreOf(markers(el)[0]!);
    const steps: Fingers[] = [];
    for (let i = 0; i <= 6; i++) {
      const reach = Math.round((i / 6) * 50);
      steps.push([mx - reach, my, mx + 100 + reach, my]);
    }
    let performed = true;
    const fired = await byReader(el, async () => {
      // Engine exception: WebKitGTK's driver turns touch actions into mouse events (no two fingers).
      performed = await pinch(steps);
      if (!performed) this.skip();
    });
    expect(zoomsIn(fired)).to.deep.equal([ZOOM]);
    expect(el.zoomLevel, 'the fingers spread ×2').to.be.closeTo(2, 0.05);
    expectBox(
      shown(el),
      scaledAbout(box, el.zoomLevel, [mx + 50, my]),
      'about the midpoint'
    );
  });

  it('a pinch whose midpoint moves pans as it zooms; pinching in goes back to 1×', async function () {
    const el = await zoomable();
    const box = boxOf(el);
    const mid = pointIn(el, 0.3, 0.45);
    const fired = await byReader(el, async () => {
      // Engine exception: WebKitGTK's driver turns touch actions into mouse events (no two fingers).
      if (!(await pinch(spread(mid, 80, 120, [30, 20])))) this.skip();
    });
    expect(zoomsIn(fired)).to.deep.equal([ZOOM]);
    const level = el.zoomLevel;
    expect(level).to.be.closeTo(1.5, 0.05);
    // The scene point under the first midpoint is under the last one.
    expectBox(
      shown(el),
      clampedTo(movedBy(scaledAbout(box, level, mid), 30, 20), box),
      'zoomed and panned'
    );
    const back = await byReader(el, () =>
      pinch(spread(pointIn(el, 0.3, 0.7), 150, 60))
    );
    expect(zoomsIn(back)).to.deep.equal([ZOOM]);
    expect(el.zoomLevel).to.equal(1);
    expectBox(shown(el), box, 'pinched back in');
    expect(el.value).to.equal(50);
  });

  it('a double-tap zooms ×2 about its point (the first tap jumps the divider, as at 1×), and another resets', async function () {
    const el = await zoomable();
    const box = boxOf(el);
    const at = pointIn(el, 0.3, 0.7);
    let performed = true;
    const fired = await byReader(el, async () => {
      // Engine exception: no real touch input in WebKitGTK's driver (see pointerGesture).
      performed = await pointerGesture('touch', doubleTap(at));
      if (!performed) this.skip();
    });
    expect(zoomsIn(fired)).to.deep.equal([ZOOM]);
    expect(el.zoomLevel).to.equal(2);
    expectBox(shown(el), scaledAbout(box, 2, at), 'double-tap at 1×');
    expect(el.value).to.be.closeTo(30, 0.5);
    const fixed = fixedParts(el);
    const again = await byReader(el, () =>
      pointerGesture('touch', doubleTap(pointIn(el, 0.7, 0.35)))
    );
    expect(again, 'a double-tap while zoomed').to.deep.equal([ZOOM]);
    expect(el.zoomLevel).to.equal(1);
    expectBox(shown(el), box, 'reset');
    expect(el.value).to.be.closeTo(30, 0.5);
    expectFixedParts(el, fixed, 'after the reset');
  });

  it('while zoomed, one finger pans both images (the page does not scroll), and the divider stays', async function () {
    const el = await zoomable({'before-label': 'A', 'after-label': 'B'});
    const spacer = document.createElement('div');
    spacer.style.height = '200vh';
    el.parentElement!.after(spacer);
    try {
      await el.zoomTo(2);
      await frames();
      const drawn = shown(el);
      const fixed = fixedParts(el);
      let performed = true;
      // Mostly vertical: at 1× the page would scroll.
      const fired = await byReader(el, async () => {
        // Engine exception: no real touch input in WebKitGTK's driver (see pointerGesture).
        performed = await pointerGesture(
          'touch',
          dragSteps(pointIn(el, 0.7, 0.6), -40, -90)
        );
        if (!performed) this.skip();
      });
      expect(fired, 'only a zoom event, at the lift').to.deep.equal([ZOOM]);
      expectBox(shown(el), movedBy(drawn, -40, -90), 'panned by a finger');
      expect(el.value).to.equal(50);
      expect(document.scrollingElement!.scrollTop, 'page scroll').to.equal(0);
      expectFixedParts(el, fixed, 'after a finger pan');
      // Pulled far past the edge, it stops there.
      await byReader(
        el,
        () =>
          pointerGesture('touch', dragSteps(pointIn(el, 0.3, 0.3), 400, 300)),
        0
      );
      expectBox(shown(el), zoomedBox(boxOf(el), 2, 0.25, 0.25), 'clamped');
      expectCovers(shown(el), boxOf(el), 'after a finger pan past the edge');
    } finally {
      spacer.remove();
      document.scrollingElement!.scrollTop = 0;
    }
  });

  it('while zoomed, a finger on the handle still drags the divider, and the images stay', async function () {
    const el = await zoomable();
    await el.zoomTo(2, 40, 60);
    await frames();
    const drawn = shown(el);
    const [hx, hy] = centreOf(handle(el));
    const steps: PointerStep[] = [{type: 'down', x: hx, y: hy}];
    for (const pct of [54, 60, 66, 70])
      steps.push({type: 'move', x: pointAt(el, pct)[0], y: hy});
    steps.push({type: 'up', x: pointAt(el, 70)[0], y: hy});
    let performed = true;
    const fired = await byReader(
      el,
      async () => {
        // Engine exception: no real touch input in WebKitGTK's driver (see pointerGesture).
        performed = await pointerGesture('touch', steps);
        if (!performed) this.skip();
      },
      0
    );
    expect(el.value).to.be.closeTo(70, 0.5);
    expect(drawnAt(el)).to.be.closeTo(70, 0.3);
    expectBox(shown(el), drawn, 'the images under a handle drag');
    expect(zoomsIn(fired)).to.deep.equal([]);
  });

  it('while zoomed, a pen pans both images and moves no divider', async function () {
    const el = await zoomable();
    await el.zoomTo(2, 60, 40);
    await frames();
    const drawn = shown(el);
    const fixed = fixedParts(el);
    let performed = true;
    const fired = await byReader(el, async () => {
      // Engine exception: no real pen input in Firefox's driver (see pointerGesture).
      performed = await pointerGesture(
        'pen',
        dragSteps(pointIn(el, 0.25, 0.3), 50, 40)
      );
      if (!performed) this.skip();
    });
    expect(fired).to.deep.equal([ZOOM]);
    expectBox(shown(el), movedBy(drawn, 50, 40), 'panned by a pen');
    expect(el.value).to.equal(50);
    expectFixedParts(el, fixed, 'after a pen pan');
  });

  it('a pen double-tap zooms ×2 about its point, and another resets', async function () {
    const el = await zoomable();
    const box = boxOf(el);
    const at = pointIn(el, 0.65, 0.3);
    let performed = true;
    const fired = await byReader(el, async () => {
      // Engine exception: no real pen input in Firefox's driver (see pointerGesture).
      performed = await pointerGesture('pen', doubleTap(at));
      if (!performed) this.skip();
    });
    expect(zoomsIn(fired)).to.deep.equal([ZOOM]);
    expect(el.zoomLevel).to.equal(2);
    expectBox(shown(el), scaledAbout(box, 2, at), 'pen double-tap');
    const again = await byReader(el, () =>
      pointerGesture('pen', doubleTap(pointIn(el, 0.3, 0.6)))
    );
    expect(zoomsIn(again)).to.deep.equal([ZOOM]);
    expect(el.zoomLevel).to.equal(1);
    expectBox(shown(el), box, 'reset by a pen');
  });
});
