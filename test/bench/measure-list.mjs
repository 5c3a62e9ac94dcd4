// Listicle: what many comparisons on one page cost the main thread while
// they start. A fresh load (new browser context: empty cache, new renderer)
// of the listicle page (page.mjs, ?list=N: N comparisons of the contender's
// own markup, LIST_WIDTH px wide, lazy images, a short paragraph between
// them) for each N in LISTICLE.sizes, unthrottled: the cost is the
// renderer's, not the network's.
//
// Before any script of the page (Page.addScriptToEvaluateOnNewDocument, at
// the document's creation, so even the first parse of the HTML is seen),
// two PerformanceObservers, buffered, record every long task (over 50 ms)
// and every long animation frame. The window runs from navigation start
// until every comparison has upgraded (:defined) and, quiet ms after the
// last change, nothing more happened: no long task, no further comparison
// rendered (its updateComplete resolved, for the Lit ones) and no further
// `rendered` attribute or class (img-comparison-slider's, or ours if it
// starts far comparisons lazily). Each N then gives
//   longestTask   the longest task in the window, ms (0: none over 50)
//   tbt           total blocking time: the sum of max(0, duration − 50)
//   firstRender   the probe's `ready` (as the load phase's): ms from
//                 navigation start to the frame after the first comparison
//                 and its images were ready; on the page of one comparison,
//                 its first render on a fresh load
//   longestScript the longest run of script in one task (a long animation
//                 frame's longest script entry: a callback, a module's
//                 evaluation or a promise's resolution, with the microtasks
//                 it queued): what a page's scripts spent, without the
//                 parsing, style and layout that the page itself costs
//   longestFrame  the longest animation frame (raw data only)
// A comparison that has not upgraded when the window closes FAILS the run.
import {openPage} from './browser.mjs';
import {LIST_WIDTH} from './page.mjs';

/** sizes: comparisons on a page; quietMs: the idle that closes the window; limitMs: the longest the window may stay open. */
export const LISTICLE = {
  sizes: [1, 20, 300],
  widthPx: LIST_WIDTH,
  quietMs: 1000,
  limitMs: 30_000,
};
/** The result's key and the page (server.url variant) of each size. */
export const LIST_PHASES = Object.fromEntries(
  LISTICLE.sizes.map((n) => [n, [`list${n}`, `list=${n}`]])
);
// The long-task API's threshold; a task blocks input for what it spends
// above it.
const BLOCKING = 50;

// Runs at the document's creation, before its first byte is parsed; plain
// ES5 like the story's wrapper (measure-story.mjs).
const OBSERVE = `(function () {
  window.__longTasks = [];
  window.__longFrames = [];
  function watch(type, into) {
    if (PerformanceObserver.supportedEntryTypes.indexOf(type) < 0) return;
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        var script = 0;
        (e.scripts || []).forEach(function (s) {
          script = Math.max(script, s.duration);
        });
        into.push({start: e.startTime, duration: e.duration, script: script});
      });
    }).observe({type: type, buffered: true});
  }
  watch('longtask', window.__longTasks);
  watch('long-animation-frame', window.__longFrames);
})();`;

/**
 * In the page: waits until every comparison has upgraded and then `quiet`
 * ms passed with nothing new, and returns what the observers saw.
 */
async function settle({quiet, limit}) {
  const {tag} = window.__benchConfig;
  const all = [...document.querySelectorAll(tag)];
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  let done = 0;
  for (const el of all) {
    // Lit's (ours, Shoelace's): its first update; the others render as they
    // upgrade, in their constructor or connectedCallback.
    Promise.resolve(
      customElements.whenDefined(tag).then(() => el.updateComplete)
    ).then(() => done++);
  }
  const marked = () =>
    all.filter((el) => el.hasAttribute('rendered') || el.matches('.rendered'))
      .length;
  const state = () =>
    [
      all.filter((el) => el.matches(':defined')).length,
      done,
      marked(),
      window.__longTasks.length,
    ].join();
  const t0 = performance.now();
  let last = state();
  let since = performance.now();
  let timedOut = false;
  for (;;) {
    await wait(100);
    const now = state();
    if (now !== last) [last, since] = [now, performance.now()];
    else if (performance.now() - since >= quiet) break;
    if (performance.now() - t0 > limit) {
      timedOut = true;
      break;
    }
  }
  return {
    count: all.length,
    upgraded: all.filter((el) => el.matches(':defined')).length,
    rendered: done,
    marked: marked(),
    timedOut,
    // Ms from navigation start to the last change; the window closed quiet
    // ms later, and what the observers saw then is the run's.
    lastChangeMs: since,
    tasks: [...window.__longTasks],
    frames: [...window.__longFrames],
    observed: PerformanceObserver.supportedEntryTypes.includes('longtask'),
  };
}

/** One fresh load of the listicle page at `url` (its size is in the URL). */
export async function listOnce(browser, url) {
  const page = await openPage(browser, url, {
    // (Page.enable first: without it the script is not run.)
    setup: async (cdp) => {
      await cdp.send('Page.enable');
      await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
        source: OBSERVE,
      });
    },
    timeout: 60_000,
  });
  try {
    const seen = await page.page.evaluate(settle, {
      quiet: LISTICLE.quietMs,
      limit: LISTICLE.limitMs,
    });
    const {tasks} = seen;
    const durations = tasks.map((t) => t.duration);
    const record = {
      count: seen.count,
      upgraded: seen.upgraded,
      rendered: seen.rendered,
      marked: seen.marked,
      lastChangeMs: seen.lastChangeMs,
      longTasks: tasks.length,
      longestTask: Math.max(0, ...durations),
      tbt: durations.reduce((sum, d) => sum + Math.max(0, d - BLOCKING), 0),
      longestScript: Math.max(0, ...seen.frames.map((f) => f.script)),
      longestFrame: Math.max(0, ...seen.frames.map((f) => f.duration)),
      firstRender: page.readyAt,
      tasks,
    };
    if (!seen.observed) record.failed = 'no long-task observer';
    else if (seen.upgraded < seen.count) {
      record.failed = `${seen.upgraded} of ${seen.count} upgraded`;
    } else if (seen.timedOut) {
      record.failed = `still busy after ${LISTICLE.limitMs / 1000} s`;
    }
    return record;
  } finally {
    await page.close();
  }
}
