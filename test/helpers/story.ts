import {fixture, html} from '@open-wc/testing';
import type {BeforeAfter} from '../../src/before-after.js';
import {AFTER, BEFORE, frames, handle, image, settled} from './element.js';
import {type NoteSpec, addNotes, notesReady} from './notes.js';
import {until} from './wait.js';

/*
 * What the scroll-reveal tests share (issue 18, against the contract in
 * /work/notes/story-contract.md): a long article with the comparison in it,
 * scrolled the way a script scrolls it, and the reader's-eye arithmetic of
 * the sweep, written out here rather than taken from src/.
 */

/** The URLs of the story code this page has fetched (its modules here, its chunk in a build). */
export const storyRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) =>
      /\/internal\/story[\w.-]*\.ts(\?|$)|\/story-[\w-]+\.js(\?|$)/.test(name)
    );

/**
 * A long article: `spacer` of text above and below a comparison 640 px wide
 * (unless told otherwise), scrolled to the top. The comparison gets its
 * attributes (and its notes) before it is connected.
 */
export async function article(
  attributes: Partial<Record<string, string>> = {},
  {
    notes = [] as NoteSpec[],
    spacer = '150vh',
    width = 640,
    before = BEFORE,
    after = AFTER,
  } = {}
): Promise<BeforeAfter> {
  window.scrollTo({top: 0, behavior: 'instant'});
  const page = await fixture<HTMLDivElement>(html`
    <div>
      <div style="height:${spacer}"></div>
      <div style="width:${width}px"></div>
      <div style="height:${spacer}"></div>
    </div>
  `);
  const el = document.createElement('before-after');
  for (const [name, value] of Object.entries(attributes))
    el.setAttribute(name, value!);
  el.append(image('before', before), image('after', after));
  addNotes(el, notes);
  page.children[1]!.append(el);
  await el.updateComplete;
  await settled(...el.querySelectorAll('img'));
  if (notes.length) await notesReady(el);
  await frames(2);
  return el;
}

/** Once the story code has arrived: some story module has been fetched, and a little time for it to start. */
export async function storyReady(el: BeforeAfter): Promise<void> {
  await until(() => storyRequests().length > 0, 'the story code fetched');
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 100));
  await frames(3);
}

/** Where the comparison's centre is, as a fraction of the viewport's height. */
export function centreAt(el: BeforeAfter): number {
  const box = el.getBoundingClientRect();
  return (box.top + box.height / 2) / innerHeight;
}

/** Resolves at the next `scrollend` on window, or after `timeout` ms where there is none. */
export function scrollEnd(timeout = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ended: boolean) => {
      window.removeEventListener('scrollend', onEnd);
      clearTimeout(timer);
      resolve(ended);
    };
    const onEnd = () => done(true);
    const timer = setTimeout(() => done(false), timeout);
    window.addEventListener('scrollend', onEnd);
  });
}

/**
 * Scrolls the page, as a script does, to put the comparison's centre at
 * `fraction` of the viewport's height, then waits for the frames that draw it.
 */
export async function scrollCentreTo(
  el: BeforeAfter,
  fraction: number
): Promise<void> {
  const box = el.getBoundingClientRect();
  const top = scrollY + box.top + box.height / 2 - fraction * innerHeight;
  window.scrollTo({top, behavior: 'instant'});
  await frames(3);
}

/** Scrolls and waits for the scroll to settle: `scrollend`, or 300 ms where the engine has none. */
export async function scrollAndSettle(
  el: BeforeAfter,
  fraction: number
): Promise<void> {
  const ended =
    'onscrollend' in window
      ? scrollEnd(2000)
      : new Promise((resolve) => setTimeout(resolve, 300));
  await scrollCentreTo(el, fraction);
  await ended;
  await frames(2);
  await el.updateComplete;
}

/** The sweep's progress for a centre at `fraction` of the viewport: 0 at 75 %, 1 at 25 %, linear between. */
export const progressAt = (fraction: number) =>
  Math.min(1, Math.max(0, (0.75 - fraction) / 0.5));

/** The centre's fraction of the viewport for a progress: the inverse of progressAt, inside the range. */
export const fractionFor = (p: number) => 0.75 - 0.5 * p;

/**
 * The story's path for held values, as the contract writes it: each hold
 * takes 1/(n+2) of the progress, the travel (the rest) is shared between the
 * legs 100 → v1 → … → vn → 0 by their lengths.
 */
export function storyFor(values: number[]) {
  const stops = [...values].sort((a, b) => b - a);
  const hold = 1 / (stops.length + 2);
  const travel = 1 - hold * stops.length;
  const nodes: [number, number][] = [[0, 100]];
  const holds: [number, number][] = [];
  let at = 0;
  let from = 100;
  for (const stop of stops) {
    at += (travel * (from - stop)) / 100;
    nodes.push([at, stop]);
    holds.push([at, at + hold]);
    at += hold;
    nodes.push([at, stop]);
    from = stop;
  }
  nodes.push([1, 0]);
  const valueAt = (p: number) => {
    const next = nodes.findIndex(([a]) => a >= p);
    if (next <= 0) return 100;
    const [a0, v0] = nodes[next - 1]!;
    const [a1, v1] = nodes[next]!;
    return a1 > a0 ? v0 + ((v1 - v0) * (p - a0)) / (a1 - a0) : v1;
  };
  return {holds, valueAt};
}

/** The story bubbles, in sweep order. */
export const told = (el: BeforeAfter): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="story-note"]'),
];

/** A bubble's computed opacity, as the reader sees it (a display:none one counts as 0). */
export function opacityOf(element: HTMLElement): number {
  if (element.getClientRects().length === 0) return 0;
  const style = getComputedStyle(element);
  return style.visibility === 'visible' ? Number(style.opacity) : 0;
}

/** The first percentage a value text reads ("62% June 6, 2016 on the left, …"): the before side's. */
export function spokenPercent(el: BeforeAfter): number {
  const text = handle(el).getAttribute('aria-valuetext') ?? '';
  const match = /(\d+(?:\.\d+)?)\s*%/.exec(text);
  if (!match) throw new Error(`no percentage in the value text "${text}"`);
  return Number(match[1]);
}

/**
 * Takes window.ViewTimeline away (the element then draws the story through its
 * fallback, the choice being made when the story starts) and returns the
 * function that puts it back. In an engine without it (Firefox) there is
 * nothing to take: the fallback is the real path.
 */
export function withoutViewTimeline(): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'ViewTimeline');
  if (!descriptor) return () => undefined;
  delete (window as {ViewTimeline?: unknown}).ViewTimeline;
  return () => Object.defineProperty(window, 'ViewTimeline', descriptor);
}

export interface AddedListener {
  type: string;
  target: string;
}

/**
 * Records every listener added anywhere (EventTarget.prototype), by type and
 * a description of its target, and calls through: a spy, not a stub.
 */
export function spyOnListeners(): {
  added: AddedListener[];
  restore(): void;
} {
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const added: AddedListener[] = [];
  const describe = (target: EventTarget | undefined) =>
    // A bare addEventListener() call is the global object's.
    target === undefined || target === window
      ? 'window'
      : target === document
        ? 'document'
        : target instanceof Element
          ? `${target.localName}${target.className ? `.${String(target.className).split(' ').join('.')}` : ''}`
          : target instanceof ShadowRoot
            ? 'shadow root'
            : String(target);
  proto.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions
  ) {
    added.push({type, target: describe(this)});
    return add.call(this, type, listener, options);
  };
  return {added, restore: () => void (proto.addEventListener = add)};
}
