// Scroll-reveal's cost per scrolled frame, for a contender with the scroll
// story (ours, `scroll-reveal`; the peers have no such feature). As the
// page scrolls the comparison through the viewport, its divider sweeps from
// 100 to 0 while the comparison's centre goes from 75 % to 25 % of the
// viewport's height (src/internal/story-controller.ts). Three modes, each
// on a fresh page of the long article (page.mjs, ?story / ?article):
//
// - native: Chromium as it is, ViewTimeline present: the sweep is a WAAPI
//   animation per moving part on a view timeline, no script per frame;
// - fallback: `delete window.ViewTimeline` before any script of the page,
//   so the story takes its fallback, one passive scroll listener drawing
//   through the drag's path once per frame;
// - baseline: the same long page with the plain markup (no scroll-reveal),
//   scrolled the same way: what the sweep adds is the difference.
//
// The scroll is real input, measured exactly like a drag (measureGesture in
// measure-drag.mjs: the same 300 ms idle, MOVES steps paced at 60 Hz, the
// same counters, a trace every other run): the page is first put with the
// comparison's top BEYOND px below the viewport, then MOVES mouse-wheel
// events (CDP Input.dispatchMouseEvent, mouseWheel, the pointer in the
// margin beside the column) of equal whole px scroll it until its bottom is
// at least BEYOND px above the viewport. After the scroll has come to rest
// (scrollend, so the story has written its value) the run checks what was
// drawn: the divider (the `.mover` line, read from its box) at 100 before
// and 0 after (± 3), the `value` 0 too; for the baseline both at 50. Each
// mode must also have taken its path: the page says whether it has
// ViewTimeline, how many animations the comparison's shadow root runs, and
// how often a scroll listener on window ran (every page counts the calls of
// such listeners through a wrapper; none but the fallback's adds one).
import {openPage, sleep} from './browser.mjs';
import {MOVES, measureGesture} from './measure-drag.mjs';
import {storyMarkup} from './page.mjs';

/** steps: wheel events, one per 60 Hz frame; beyond: px clear of the viewport at either end; x: the pointer's, in the margin beside the column. */
export const STORY = {steps: MOVES, beyond: 20, x: 120};
export const MODES = ['native', 'fallback', 'baseline'];
/** The result's key of each mode's runs, and its page (page.mjs variant). */
export const STORY_PHASES = {
  native: ['story', 'story'],
  fallback: ['storyFallback', 'story'],
  baseline: ['storyBaseline', 'article'],
};
const TOLERANCE = 3; // percent of the width, as the drag's

/** Contenders with a scroll story: ours. */
export const telling = (c) => storyMarkup(c) !== null;

// Before any script of the page, in every mode: counts the calls of scroll
// listeners added to window (the fallback's; the other modes add none, so
// the wrapper costs them nothing). Sloppy mode on purpose: a bare
// `addEventListener(…)` in a module calls it with `this` undefined, which
// becomes window here.
const COUNT_SCROLL_LISTENERS = `(function () {
  window.__scrollListenerCalls = 0;
  var proto = EventTarget.prototype;
  var add = proto.addEventListener;
  var remove = proto.removeEventListener;
  var wrapped = new WeakMap();
  function wrap(type, listener) {
    if (this !== window || type !== 'scroll' || typeof listener !== 'function')
      return listener;
    var w = wrapped.get(listener);
    if (!w) {
      w = function (event) {
        window.__scrollListenerCalls++;
        return listener.call(this, event);
      };
      wrapped.set(listener, w);
    }
    return w;
  }
  proto.addEventListener = function (type, listener, options) {
    return add.call(this, type, wrap.call(this, type, listener), options);
  };
  proto.removeEventListener = function (type, listener, options) {
    return remove.call(this, type, wrap.call(this, type, listener), options);
  };
})();`;
const NO_VIEW_TIMELINE = 'delete window.ViewTimeline;';

/** In the page: the comparison's place on the page and the room to scroll. */
function geometry() {
  const el = document.getElementById('stage').firstElementChild;
  const r = el.getBoundingClientRect();
  return {
    top: r.top + window.scrollY,
    height: r.height,
    viewport: window.innerHeight,
    max: document.scrollingElement.scrollHeight - window.innerHeight,
  };
}

/** In the page: where the divider is drawn and what the story runs on. */
function state() {
  const el = document.getElementById('stage').firstElementChild;
  const track = el.shadowRoot.querySelector('.track').getBoundingClientRect();
  const mover = el.shadowRoot.querySelector('.mover').getBoundingClientRect();
  return {
    drawn: ((mover.left - track.left) / track.width) * 100,
    value: window.__bench.position(),
    scrollY: window.scrollY,
    viewTimeline: typeof window.ViewTimeline,
    animations: el.shadowRoot.getAnimations().length,
    listenerCalls: window.__scrollListenerCalls,
  };
}

const frames = (page, count) =>
  page.evaluate(async (n) => {
    for (let i = 0; i < n; i++)
      await new Promise((resolve) => requestAnimationFrame(resolve));
  }, count);

/** Until scrollY has not moved for `quiet` ms (a smooth scroll's tail), at most `limit` ms. */
async function rest(page, quiet = 300, limit = 3000) {
  const t0 = performance.now();
  let last = await page.evaluate(() => window.scrollY);
  let since = performance.now();
  while (performance.now() - t0 < limit) {
    await sleep(50);
    const now = await page.evaluate(() => window.scrollY);
    if (now !== last) [last, since] = [now, performance.now()];
    else if (performance.now() - since >= quiet) break;
  }
  await frames(page, 2); // the story writes its value in the frame after scrollend
  await sleep(50);
}

const fixed = (v, digits = 1) => Number(v).toFixed(digits);

/** What failed in a run of `mode`, or undefined. */
function check(mode, start, end, wantPx) {
  const story = mode !== 'baseline';
  const [from, to] = story ? [100, 0] : [start.value, start.value];
  const off = (v, target) => !(Math.abs(v - target) <= TOLERANCE);
  if (!Number.isFinite(end.value)) return 'position unreadable';
  if (Math.abs(end.scrollY - start.scrollY - wantPx) > 1) {
    return `the page scrolled ${fixed(end.scrollY - start.scrollY, 0)} px of ${wantPx}`;
  }
  if (off(start.drawn, from)) {
    return `drawn at ${fixed(start.drawn)} % before the scroll, not ${from}`;
  }
  if (off(end.drawn, to)) {
    return `drawn at ${fixed(end.drawn)} % after the scroll, not ${to}`;
  }
  if (off(end.value, to)) {
    return `value ${fixed(end.value)} after scrollend, not ${to}`;
  }
  const calls = end.listenerCalls - start.listenerCalls;
  if (mode === 'fallback') {
    if (end.viewTimeline !== 'undefined') return 'ViewTimeline still there';
    if (end.animations) return `${end.animations} animations: not the fallback`;
    if (!calls) return 'the scroll listener never ran: not the fallback';
  } else {
    if (end.viewTimeline !== 'function') return 'no ViewTimeline';
    if (calls) return `a scroll listener ran ${calls} times`;
    if (story && !end.animations) return 'no animations: not the native path';
  }
  return undefined;
}

/** One measured scroll past the comparison on a fresh page, in `mode` (MODES); `url` is that mode's page. */
export async function storyOnce({browser, system}, url, mode, {trace = false}) {
  const page = await openPage(browser, url, {
    // (Page.enable first: without it the script is not run.)
    setup: async (cdp) => {
      await cdp.send('Page.enable');
      await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
        source:
          COUNT_SCROLL_LISTENERS +
          (mode === 'fallback' ? NO_VIEW_TIMELINE : ''),
      });
    },
  });
  try {
    const {cdp} = page;
    const g = await page.page.evaluate(geometry);
    const from = Math.round(g.top - g.viewport - STORY.beyond);
    const distance = g.viewport + g.height + 2 * STORY.beyond;
    const stepPx = Math.ceil(distance / STORY.steps);
    const wantPx = stepPx * STORY.steps;
    if (from < 0 || from + wantPx > g.max) {
      throw new Error(
        `the page cannot scroll ${from} → ${from + wantPx} (max ${g.max})`
      );
    }
    await page.page.evaluate((y) => window.scrollTo(0, y), from);
    await rest(page.page);
    const y = g.viewport / 2;
    await cdp.send('Input.dispatchMouseEvent', {
      type: 'mouseMoved',
      x: STORY.x,
      y,
    });
    await cdp.send('Performance.enable');
    await sleep(300); // let the page go idle: no load work in the window
    const start = await page.page.evaluate(state);
    const measured = await measureGesture(
      page,
      system,
      {
        press: async () => {},
        move: () =>
          cdp.send('Input.dispatchMouseEvent', {
            type: 'mouseWheel',
            x: STORY.x,
            y,
            deltaX: 0,
            deltaY: stepPx,
          }),
        release: async () => {},
      },
      {trace}
    );
    await rest(page.page);
    const end = await page.page.evaluate(state);
    const record = {
      mode,
      stepPx,
      scrolledPx: end.scrollY - start.scrollY,
      sweepSteps: Math.round((g.viewport / 2 / wantPx) * STORY.steps),
      scrollListenerCalls: end.listenerCalls - start.listenerCalls,
      start,
      end,
      ...measured,
    };
    record.failed ??= check(mode, start, end, wantPx);
    return record;
  } finally {
    await page.close();
  }
}
