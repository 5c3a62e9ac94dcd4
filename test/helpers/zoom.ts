import {expect} from '@open-wc/testing';
import {executeServerCommand, sendMouse} from '@web/test-runner-commands';
import type {BeforeAfter} from '../../src/before-after.js';
import {frames, part} from './element.js';
import {type FiredEvent, expectEvents} from './events.js';
import {until} from './wait.js';

/*
 * What the zoom tests share: the input no stock command sends (the server
 * side is test/runner/zoom-input.mjs), and the reader's-eye arithmetic of the
 * zoom contract (/work/notes/zoom-contract.md): a zoomed image is drawn as
 * its unzoomed box (the comparison's box) scaled about a point, and panned no
 * further than its edges, so that it always covers the box.
 */

/**
 * A wheel event at a viewport point (or a burst of `count`), with modifier
 * keys held: Ctrl+wheel zooms, a plain one scrolls. Resolves to false, doing
 * nothing, for a wheel with modifiers in WebKit: WebKitGTK's driver sends it
 * without them.
 */
export const wheel = (
  x: number,
  y: number,
  deltaY: number,
  modifiers: ('Control' | 'Meta' | 'Shift' | 'Alt')[] = [],
  count = 1
) =>
  executeServerCommand<boolean, unknown>('wheel', {
    x,
    y,
    deltaY,
    modifiers,
    count,
  });

/** A real double-click with the left button (the second press counts 2). */
export const dblclick = (x: number, y: number) =>
  executeServerCommand<boolean, unknown>('dblclick', {x, y});

/** Two fingers' positions, [x1, y1, x2, y2], in viewport px. */
export type Fingers = [number, number, number, number];

/**
 * Two fingers down at the first step, moved through the rest, lifted at the
 * last (CDP touch in Chromium, BiDi in Firefox). Resolves to false, doing
 * nothing, in WebKit: WebKitGTK's driver turns touch into mouse events.
 */
export const pinch = (steps: Fingers[]) =>
  executeServerCommand<boolean, unknown>('pinch', {steps});

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const plain = ({left, top, width, height}: Box): Box => ({
  left,
  top,
  width,
  height,
});

/** The comparison's box (part base) in viewport px. */
export const boxOf = (el: BeforeAfter): Box =>
  plain(part(el, 'base').getBoundingClientRect());

/** The slotted `<img>` of a side (inside its `<picture>`, if any). */
export function imageOf(el: BeforeAfter, side: 'before' | 'after') {
  const slotted = el.querySelector<HTMLElement>(`[slot="${side}"]`)!;
  return slotted.localName === 'img'
    ? (slotted as HTMLImageElement)
    : slotted.querySelector('img')!;
}

/**
 * Where the images are drawn, as a reader sees them: both slotted images'
 * rendered boxes, which must coincide within 0.5 px (one view), as one box.
 */
export function shown(el: BeforeAfter, what = ''): Box {
  const [before, after] = (['before', 'after'] as const).map((side) =>
    plain(imageOf(el, side).getBoundingClientRect())
  );
  for (const key of ['left', 'top', 'width', 'height'] as const)
    expect(
      Math.abs(before![key] - after![key]),
      `${what} before and after images' ${key} (${before![key]} vs ${after![key]})`
    ).to.be.at.most(0.5);
  return before!;
}

/** `from` scaled by `factor` about the viewport point `at`: the point under `at` stays there. */
export function scaledAbout(
  from: Box,
  factor: number,
  [x, y]: readonly [number, number]
): Box {
  return {
    left: x - (x - from.left) * factor,
    top: y - (y - from.top) * factor,
    width: from.width * factor,
    height: from.height * factor,
  };
}

/** `drawn` moved by (dx, dy). */
export const movedBy = (drawn: Box, dx: number, dy: number): Box => ({
  ...drawn,
  left: drawn.left + dx,
  top: drawn.top + dy,
});

/** `drawn` panned back inside `box`'s edges: a zoomed image always covers the box. */
export function clampedTo(drawn: Box, box: Box): Box {
  const within = (
    start: number,
    size: number,
    boxStart: number,
    boxSize: number
  ) => Math.min(boxStart, Math.max(boxStart + boxSize - size, start));
  return {
    ...drawn,
    left: within(drawn.left, drawn.width, box.left, box.width),
    top: within(drawn.top, drawn.height, box.top, box.height),
  };
}

/**
 * The images drawn at `level` with the box point (cx, cy), fractions of the
 * unzoomed box, at the box's centre, the pan clamped: the contract's zoom state.
 */
export function zoomedBox(box: Box, level: number, cx = 0.5, cy = 0.5): Box {
  return clampedTo(
    {
      left: box.left + box.width / 2 - cx * box.width * level,
      top: box.top + box.height / 2 - cy * box.height * level,
      width: box.width * level,
      height: box.height * level,
    },
    box
  );
}

/** Expects `actual` to be `expected` within `tolerance` px on each side. */
export function expectBox(
  actual: Box,
  expected: Box,
  what = '',
  tolerance = 0.5
): void {
  for (const key of ['left', 'top', 'width', 'height'] as const)
    expect(
      actual[key],
      `${what} ${key}: drawn ${JSON.stringify(plain(actual))}, expected ${JSON.stringify(plain(expected))}`
    ).to.be.closeTo(expected[key], tolerance);
}

/** Expects the images to cover the box: no empty band at any edge. */
export function expectCovers(drawn: Box, box: Box, what = ''): void {
  const covers =
    drawn.left <= box.left + 0.5 &&
    drawn.top <= box.top + 0.5 &&
    drawn.left + drawn.width >= box.left + box.width - 0.5 &&
    drawn.top + drawn.height >= box.top + box.height - 0.5;
  expect(
    covers,
    `${what}: images ${JSON.stringify(drawn)} cover the box ${JSON.stringify(box)}`
  ).to.be.true;
}

/** The centre of the box, rounded for the drivers. */
export function centreOfBox(el: BeforeAfter): [number, number] {
  const box = boxOf(el);
  return [
    Math.round(box.left + box.width / 2),
    Math.round(box.top + box.height / 2),
  ];
}

/** The viewport point at (fx, fy), fractions of the box, rounded for the drivers. */
export function pointIn(
  el: BeforeAfter,
  fx: number,
  fy: number
): [number, number] {
  const box = boxOf(el);
  return [
    Math.round(box.left + box.width * fx),
    Math.round(box.top + box.height * fy),
  ];
}

/** What stays put on screen whatever the zoom: the divider, the handle and the labels. */
export function fixedParts(el: BeforeAfter): Record<string, Box> {
  const drawn: Record<string, Box> = {};
  for (const name of ['divider', 'handle', 'before-label', 'after-label'])
    drawn[name] = plain(part(el, name).getBoundingClientRect());
  return drawn;
}

export function expectFixedParts(
  el: BeforeAfter,
  before: Record<string, Box>,
  what = ''
): void {
  const now = fixedParts(el);
  for (const name of Object.keys(before))
    expectBox(now[name]!, before[name]!, `${what} ${name}`);
}

/** The zoom buttons, once rendered (null without `zoom`). */
export const button = (
  el: BeforeAfter,
  name: 'zoom-in' | 'zoom-out' | 'zoom-reset'
) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${name}"]`);

/** Waits for the zoom code of a comparison with `zoom`: its buttons are drawn once it has arrived. */
export async function zoomReady(el: BeforeAfter): Promise<void> {
  await until(() => button(el, 'zoom-in'), 'the zoom buttons');
  await el.updateComplete;
  await frames();
}

/** The `zoom` event as the page hears it: it bubbles out of the shadow root. */
export const ZOOM: FiredEvent = {type: 'zoom', bubbles: true, composed: true};

/**
 * Runs a reader's action and resolves to what the element fired meanwhile
 * (input, change and zoom, in order). With `zooms`, it first waits for that
 * many zoom events (a pan ends, an animation lands when it does), then for
 * the frames that draw the result.
 */
export function byReader(
  el: BeforeAfter,
  action: () => unknown,
  zooms = 1
): Promise<FiredEvent[]> {
  return expectEvents(
    el,
    async (sofar) => {
      await action();
      if (zooms)
        await until(
          () => sofar.filter((e) => e.type === 'zoom').length >= zooms,
          `${zooms} zoom event(s); fired ${JSON.stringify(sofar.map((e) => e.type))}`
        );
      await frames(3);
      await el.updateComplete;
    },
    ['input', 'change', 'zoom']
  );
}

/** Only the zoom events of a list from byReader. */
export const zoomsIn = (fired: readonly FiredEvent[]) =>
  fired.filter((e) => e.type === 'zoom');

/** A mouse drag from a viewport point by (dx, dy), in four moves. */
export async function drag(
  [x, y]: readonly [number, number],
  dx: number,
  dy: number
): Promise<void> {
  await sendMouse({type: 'move', position: [x, y]});
  await sendMouse({type: 'down'});
  for (const f of [0.25, 0.5, 0.75, 1])
    await sendMouse({
      type: 'move',
      position: [Math.round(x + dx * f), Math.round(y + dy * f)],
    });
  await sendMouse({type: 'up'});
}

/** An element's accessible name as the buttons give it: aria-label, else aria-labelledby, else its text. */
export function nameOf(element: HTMLElement): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const ids = element.getAttribute('aria-labelledby');
  if (ids) {
    const root = element.getRootNode() as Document | ShadowRoot;
    return ids
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ');
  }
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
