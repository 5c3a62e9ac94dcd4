// Zoom's per-move cost (issue 17), for a contender that can zoom (one with
// zoomMarkup in contenders.mjs: ours; the peers have no zoom). Two gestures,
// each measured exactly like the divider drag (measureGesture in
// measure-drag.mjs: a fresh page, the same 300 ms idle, MOVES moves paced at
// 60 Hz through CDP's Input.dispatch*Event, the same counters, a trace every
// other run), so their rows sit beside the drag's:
//
// - pan, mouse: `await el.zoomTo(2)` (the view at the centre), then a press
//   on the images away from the handle and the divider (45 %, a quarter of
//   the height down), MOVES moves along 45 → 5 → 85 % of the width at that
//   height, the drag's 80 %-wide sweep, release. While zoomed a drag on the
//   images pans: the images must end moved by as much as the pointer (40 %
//   of the width, ± 3), still at ×2, the divider where it was. The sweep
//   stays inside the pan's clamps at ×2 (the view may move half the box's
//   width either way), so every move moves the view.
// - pinch, two fingers (touch emulation, 2 touch points): `await
//   el.zoomTo(1)` (fetches the zoom code, changes nothing), then touchStart
//   with two fingers 10 % of the width apart on a 45° line about a point a
//   quarter across and halfway down (clear of the handle and the divider),
//   MOVES touchMoves spreading them evenly to 30 % apart, touchEnd. The view
//   must end at ×3 (± 5 %) with the scene point under the fingers' midpoint
//   still under it (± 1 % of the width), the divider where it was, and the
//   page itself not pinch-zoomed (visualViewport.scale 1).
//
// The zoom page loads the zoom code when the page loads (the `zoom`
// attribute); zoomTo() awaits it, so the gesture never waits on a fetch.
import {openPage, sleep} from './browser.mjs';
import {MOVES, measureGesture} from './measure-drag.mjs';

export const PAN = {level: 2, y: 25, path: [45, 5, 85]};
export const PINCH = {at: [25, 50], from: 10, to: 30};
const TOLERANCE = 3; // percent of the width, as the drag's
const LEVEL_TOLERANCE = 0.05; // of the expected level
const POINT_TOLERANCE = 1; // percent of the width

/** x of every pan move, in percent: PAN.path evenly by distance. */
function panPath(moves = MOVES) {
  const legs = PAN.path.slice(1).map((to, i) => [PAN.path[i], to]);
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

/**
 * In the page: zooms the comparison to `level` (zoomTo fetches the zoom code
 * first), waits for two frames and counts the `zoom` events from then on.
 * Throws when the element has no zoomTo() or its level is not `level` after.
 */
async function zoomIn(level) {
  const el = document.getElementById('stage').firstElementChild;
  if (typeof el.zoomTo !== 'function') {
    throw new Error('no zoomTo(): this build has no zoom');
  }
  await el.zoomTo(level);
  await el.updateComplete;
  for (let i = 0; i < 2; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  window.__zoomEvents = 0;
  el.addEventListener('zoom', () => window.__zoomEvents++);
  if (Math.abs(el.zoomLevel - level) > 1e-6) {
    throw new Error(`zoomTo(${level}) left zoomLevel at ${el.zoomLevel}`);
  }
}

/** In the page: what the reader sees of the zoom. */
function view() {
  const el = document.getElementById('stage').firstElementChild;
  const rect = (side) => {
    const r = el.querySelector(`img[slot="${side}"]`).getBoundingClientRect();
    return {left: r.left, top: r.top, width: r.width, height: r.height};
  };
  return {
    level: el.zoomLevel,
    value: window.__bench.position(),
    before: rect('before'),
    after: rect('after'),
    pageScale: window.visualViewport.scale,
    scroll: [window.scrollX, window.scrollY],
    zoomEvents: window.__zoomEvents,
  };
}

const fixed = (v, digits = 1) => Number(v).toFixed(digits);

/** What failed in `record` (pan or pinch), or undefined. Shared checks. */
function sameDivider(start, end) {
  if (!Number.isFinite(end.value)) return 'position unreadable';
  if (Math.abs(end.value - start.value) > 0.5) {
    return `the divider moved from ${fixed(start.value)} to ${fixed(end.value)} %`;
  }
  if (end.scroll.join() !== start.scroll.join()) {
    return `the page scrolled to ${end.scroll.join(', ')}`;
  }
  if (end.pageScale !== 1) {
    return `the page was pinch-zoomed (visualViewport.scale ${fixed(end.pageScale, 2)})`;
  }
  return undefined;
}

/** One measured pan on a fresh zoomed page (mouse). */
export async function panOnce({browser, system}, url, {trace = false}) {
  const page = await openPage(browser, url);
  try {
    const {cdp} = page;
    await page.page.evaluate(zoomIn, PAN.level);
    const box = await page.page.evaluate(() => window.__bench.box());
    const start = await page.page.evaluate(view);
    const at = (percent) => box.left + (box.width * percent) / 100;
    const y = box.top + (box.height * PAN.y) / 100;
    const mouse = (type, x, buttons) =>
      cdp.send('Input.dispatchMouseEvent', {
        type,
        x,
        y,
        button: 'left',
        buttons,
        clickCount: 1,
      });
    await cdp.send('Performance.enable');
    await cdp.send('Input.dispatchMouseEvent', {
      type: 'mouseMoved',
      x: at(PAN.path[0]),
      y,
    });
    await sleep(300); // let the page go idle: no load work in the window
    const xs = panPath();
    const measured = await measureGesture(
      page,
      system,
      {
        press: () => mouse('mousePressed', at(PAN.path[0]), 1),
        move: (i) => mouse('mouseMoved', at(xs[i]), 1),
        release: () => mouse('mouseReleased', at(xs.at(-1)), 0),
      },
      {trace}
    );
    const end = await page.page.evaluate(view);
    const moved = end.before.left - start.before.left;
    const expected = at(PAN.path.at(-1)) - at(PAN.path[0]);
    const record = {
      kind: 'pan',
      start,
      end,
      movedPx: moved,
      pointerPx: expected,
      ...measured,
    };
    record.failed ??=
      sameDivider(start, end) ??
      (Math.abs(end.level - PAN.level) > 1e-6
        ? `the level went from ${PAN.level} to ${fixed(end.level, 2)}`
        : Math.abs(moved - expected) > (box.width * TOLERANCE) / 100
          ? `the images moved ${fixed(moved, 0)} px, the pointer ${fixed(expected, 0)} px`
          : undefined);
    return record;
  } finally {
    await page.close();
  }
}

/** One measured pinch on a fresh page at ×1 (two-finger touch). */
export async function pinchOnce({browser, system}, url, {trace = false}) {
  const page = await openPage(browser, url, {
    // A touch screen that takes two fingers.
    setup: (cdp) =>
      cdp.send('Emulation.setTouchEmulationEnabled', {
        enabled: true,
        maxTouchPoints: 2,
      }),
  });
  try {
    const {cdp} = page;
    await page.page.evaluate(zoomIn, 1);
    const box = await page.page.evaluate(() => window.__bench.box());
    const start = await page.page.evaluate(view);
    const mid = {
      x: box.left + (box.width * PINCH.at[0]) / 100,
      y: box.top + (box.height * PINCH.at[1]) / 100,
    };
    // Two fingers `percent` of the width apart on a 45° line through mid.
    const fingers = (percent) => {
      const half = (box.width * percent) / 100 / 2 / Math.SQRT2;
      return [
        [mid.x - half, mid.y - half],
        [mid.x + half, mid.y + half],
      ].map(([x, y], i) => ({
        x,
        y,
        id: i + 1,
        radiusX: 4,
        radiusY: 4,
        force: 1,
      }));
    };
    const touch = (type, touchPoints) =>
      cdp.send('Input.dispatchTouchEvent', {type, touchPoints});
    const spread = (i) =>
      PINCH.from + ((PINCH.to - PINCH.from) * (i + 1)) / MOVES;
    await cdp.send('Performance.enable');
    await sleep(300); // let the page go idle: no load work in the window
    const measured = await measureGesture(
      page,
      system,
      {
        press: () => touch('touchStart', fingers(PINCH.from)),
        move: (i) => touch('touchMove', fingers(spread(i))),
        release: () => touch('touchEnd', []),
      },
      {trace}
    );
    const end = await page.page.evaluate(view);
    const level = PINCH.to / PINCH.from;
    // The scene point under the midpoint, as a fraction of the image, before and after.
    const scene = (r) => [
      (mid.x - r.left) / r.width,
      (mid.y - r.top) / r.height,
    ];
    const [x0, y0] = scene(start.before);
    const [x1, y1] = scene(end.before);
    const drift = Math.max(
      Math.abs(x1 - x0) * end.before.width,
      Math.abs(y1 - y0) * end.before.height
    );
    const record = {
      kind: 'pinch',
      start,
      end,
      driftPx: drift,
      ...measured,
    };
    record.failed ??=
      sameDivider(start, end) ??
      (!(Math.abs(end.level - level) <= level * LEVEL_TOLERANCE)
        ? `the level ended at ${fixed(end.level, 2)}, the fingers spread ×${fixed(level, 2)}`
        : drift > (box.width * POINT_TOLERANCE) / 100
          ? `the point under the fingers moved ${fixed(drift, 0)} px`
          : undefined);
    return record;
  } finally {
    await page.close();
  }
}
