// Drag cost: one press–move–release gesture on a fresh page, mouse or touch.
//
// The input goes through CDP's Input.dispatchMouseEvent / dispatchTouchEvent,
// so Chromium builds the whole event stream a device would (pointer, mouse or
// touch events, coalesced to animation frames) and no contender can tell it
// from a reader. The gesture: press on the divider at mid-height, MOVES moves
// paced at 60 Hz along 50 → 10 → 90 % of the width (0.6 % = 4.8 px a move),
// release at 90 %. Renderer counters (Performance.getMetrics) just before the
// press and after the last frame give the main thread's and the renderer
// process's cost, SystemInfo the GPU process's; a trace (every other run)
// gives paints and frames drawn (measureGesture, which the zoom's pan and
// pinch in measure-zoom.mjs share). The divider must
// then be drawn where the pointer let go (90 % ± 3), read through the
// element's own API, or the run FAILED whatever it cost.
import {gpuCpu, metrics, openPage, sleep} from './browser.mjs';
import {CATEGORIES, readTrace} from './trace.mjs';

export const MOVES = 200;
const PATH = [50, 10, 90];
const TOLERANCE = 3;
const INTERVAL = 1000 / 60;

/** x of every move, in percent, evenly spaced along PATH by distance. */
export function path(moves = MOVES) {
  const legs = PATH.slice(1).map((to, i) => [PATH[i], to]);
  const total = legs.reduce((sum, [from, to]) => sum + Math.abs(to - from), 0);
  const xs = [];
  for (let i = 1; i <= moves; i++) {
    let left = (i / moves) * total;
    for (const [from, to] of legs) {
      const length = Math.abs(to - from);
      if (left <= length + 1e-9) {
        xs.push(from + Math.sign(to - from) * left);
        break;
      }
      left -= length;
    }
  }
  return xs;
}

function input(cdp, kind, y) {
  if (kind === 'mouse') {
    const mouse = (type, x, buttons) =>
      cdp.send('Input.dispatchMouseEvent', {
        type,
        x,
        y,
        button: 'left',
        buttons,
        clickCount: 1,
      });
    return {
      hover: (x) =>
        cdp.send('Input.dispatchMouseEvent', {type: 'mouseMoved', x, y}),
      press: (x) => mouse('mousePressed', x, 1),
      move: (x) => mouse('mouseMoved', x, 1),
      release: (x) => mouse('mouseReleased', x, 0),
    };
  }
  const touch = (type, x) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints:
        type === 'touchEnd'
          ? []
          : [{x, y, id: 1, radiusX: 4, radiusY: 4, force: 1}],
    });
  return {
    hover: async () => {},
    press: (x) => touch('touchStart', x),
    move: (x) => touch('touchMove', x),
    release: (x) => touch('touchEnd', x),
  };
}

/**
 * The measured window every gesture shares (the divider drag here, the pan
 * and the pinch in measure-zoom.mjs): with `trace`, a trace of it counts
 * paints and frames drawn; renderer counters (Performance.getMetrics, after
 * Performance.enable) and the GPU process's CPU just before the press and
 * after the frame that follows the release; MOVES moves between them, paced
 * at 60 Hz. `gesture` is {press(), move(i), release()}, i from 0 to MOVES-1.
 * Tracing costs 0.15–0.5 ms of main-thread CPU a move here, a near-constant
 * that would flatten the ratios (to the floor most), so a traced run's
 * timings are kept aside (`withTrace`), not reported.
 */
export async function measureGesture(page, system, gesture, {trace = false}) {
  const {cdp} = page;
  if (trace) await page.page.tracing.start({categories: CATEGORIES});
  const before = await metrics(cdp);
  const gpu0 = await gpuCpu(system);
  await gesture.press();
  const t0 = performance.now();
  for (let i = 0; i < MOVES; i++) {
    await gesture.move(i);
    // Paced to a 60 Hz clock; when dispatch is late, catch up at once.
    const wait = t0 + (i + 1) * INTERVAL - performance.now();
    if (wait > 0) await sleep(wait);
  }
  const gestureMs = performance.now() - t0;
  await gesture.release();
  await sleep(150); // the frame after the release, with no script of ours in it
  const gpu1 = await gpuCpu(system);
  const after = await metrics(cdp);
  const perMove = (key, scale = 1) =>
    ((after[key] - before[key]) * scale) / MOVES;
  const timings = {
    styleMs: perMove('RecalcStyleDuration', 1000),
    layoutMs: perMove('LayoutDuration', 1000),
    scriptMs: perMove('ScriptDuration', 1000),
    taskMs: perMove('TaskDuration', 1000),
    cpuMs: perMove('ThreadTime', 1000),
    // The page's renderer process, every thread: main, compositor, raster.
    rendererMs: perMove('ProcessTime', 1000),
    gpuMs: ((gpu1 - gpu0) * 1000) / MOVES,
  };
  const record = {
    traced: trace,
    gestureMs,
    layouts: perMove('LayoutCount'),
    styleRecalcs: perMove('RecalcStyleCount'),
  };
  if (trace) {
    const raw = await page.page.tracing.stop();
    const counts = readTrace(JSON.parse(Buffer.from(raw)).traceEvents);
    // Which elements repainted or were laid out: the evidence behind a
    // count above zero. Node ids are the renderer's; named while the page
    // is still open.
    counts.paintedNodes = await describeNodes(cdp, counts.paintedNodes);
    counts.layoutRoots = await describeNodes(cdp, counts.layoutRoots);
    record.paints = counts.paints / MOVES;
    record.frames = counts.framesDrawn / MOVES;
    record.trace = counts;
    record.withTrace = timings;
    if (counts.error) record.failed = counts.error;
  } else {
    Object.assign(record, timings);
  }
  return record;
}

/** One measured divider drag on a fresh page, mouse or touch. `failed` says why the divider is wrong. */
export async function dragOnce({browser, system}, url, kind, {trace = false}) {
  const page = await openPage(browser, url, {
    // A touch screen: touch events on, navigator.maxTouchPoints 1.
    setup:
      kind === 'touch'
        ? (cdp) =>
            cdp.send('Emulation.setTouchEmulationEnabled', {
              enabled: true,
              maxTouchPoints: 1,
            })
        : undefined,
  });
  try {
    const {cdp} = page;
    const {box, start} = await page.page.evaluate(() => ({
      box: window.__bench.box(),
      start: window.__bench.position(),
    }));
    const at = (percent) => box.left + (box.width * percent) / 100;
    const device = input(cdp, kind, box.top + box.height / 2);
    await cdp.send('Performance.enable');
    await device.hover(at(start));
    await sleep(300); // let the page go idle: no load work in the window
    const xs = path();
    const measured = await measureGesture(
      page,
      system,
      {
        press: () => device.press(at(start)),
        move: (i) => device.move(at(xs[i])),
        release: () => device.release(at(xs.at(-1))),
      },
      {trace}
    );
    const record = {
      kind,
      start,
      end: await page.page.evaluate(() => window.__bench.position()),
      ...measured,
    };
    const target = PATH.at(-1);
    if (!Number.isFinite(record.end)) record.failed = 'position unreadable';
    else if (Math.abs(record.end - target) > TOLERANCE) {
      record.failed = `ended at ${record.end.toFixed(1)} %, pointer at ${target} %`;
    }
    return record;
  } finally {
    await page.close();
  }
}

/**
 * {count, node} for the most frequent node ids of a trace, named like
 * `div.view` (DOM.describeNode; shadow DOM included). Ids the page no
 * longer knows keep their number.
 */
async function describeNodes(cdp, counted = {}, top = 6) {
  const out = [];
  const ids = Object.entries(counted)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  for (const [id, count] of ids) {
    let node = `node ${id}`;
    try {
      const {node: n} = await cdp.send('DOM.describeNode', {
        backendNodeId: Number(id),
      });
      node = nodeName(n);
    } catch {
      // The id is gone (or not a node): keep the number.
    }
    out.push({node, count});
  }
  return out;
}

function nodeName({nodeName: name, localName, attributes = []}) {
  const attr = {};
  for (let i = 0; i < attributes.length; i += 2)
    attr[attributes[i]] = attributes[i + 1];
  let text = (localName || name).toLowerCase();
  if (attr.id) text += `#${attr.id}`;
  if (attr.class) text += `.${attr.class.trim().split(/\s+/).join('.')}`;
  if (attr.part) text += `[part=${attr.part}]`;
  if (attr.slot) text += `[slot=${attr.slot}]`;
  return text;
}
