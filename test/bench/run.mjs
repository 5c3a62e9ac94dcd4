#!/usr/bin/env node
// `npm run bench`: <before-after> beside the floor and its peers, in one run
// of one browser, on the same page, images and input. Needs `npm run build`
// first (it measures dist/cdn/, the build a newsroom's script tag loads).
//
// Phases: bytes (bytes.mjs), drags with mouse and touch (measure-drag.mjs),
// a pan and a pinch of the zoomed images, measured like the drags and in
// the same rounds as the mouse and touch drags respectively, for the
// contenders that zoom (measure-zoom.mjs; ours), the scroll-reveal sweep
// scrolled past natively, with its fallback forced and without it (ours:
// measure-story.mjs), slow-network loads
// (measure-load.mjs), the listicle: pages of 1, 20 and 300 comparisons,
// 640 px wide with lazy images, each a fresh unthrottled load, the longest
// task and the total blocking time from navigation start until every
// comparison has upgraded and the page has been quiet for a second, and
// the first comparison's first render (measure-list.mjs; every contender,
// the floor's <bench-floor> too), memory (measure-memory.mjs). Every
// phase repeats round-robin across contenders, starting one further along
// each round (ABCDE, BCDEA, …), so a burst of load from other work on this
// 2-core machine, or a drift over the run, lands on all of them alike.
// Progress goes to stderr; the table (report.mjs) to stdout.
import {readFileSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import {launch} from './browser.mjs';
import {ownBytes, prepare} from './bytes.mjs';
import {CONTENDERS, checkBuild} from './contenders.mjs';
import {dragOnce, MOVES} from './measure-drag.mjs';
import {loadOnce, NETWORK} from './measure-load.mjs';
import {LIST_PHASES, LISTICLE, listOnce} from './measure-list.mjs';
import {panOnce, pinchOnce, PAN, PINCH} from './measure-zoom.mjs';
import {churnOnce, COUNT} from './measure-memory.mjs';
import {
  MODES,
  STORY,
  STORY_PHASES,
  storyOnce,
  telling,
} from './measure-story.mjs';
import {options, USAGE} from './options.mjs';
import {serve} from './page.mjs';
import {table} from './report.mjs';

const log = (text) => process.stderr.write(`${text}\n`);
const t0 = Date.now();
const elapsed = () => `${Math.round((Date.now() - t0) / 1000)} s`;
const loadavg = () => Number(os.loadavg()[0].toFixed(2));

let opts;
try {
  opts = options(process.argv.slice(2));
} catch (error) {
  log(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}
try {
  const stale = checkBuild();
  if (stale)
    log(`warning: ${stale} is newer than the build; run \`npm run build\``);
} catch (error) {
  log(`error: ${error.message}`);
  process.exit(2);
}

const contenders = CONTENDERS.filter(
  (c) => !opts.only || opts.only.has(c.name)
);
// The listicle's pages this run measures (--list-sizes), in LISTICLE's order.
const listSizes = LISTICLE.sizes.filter(
  (n) => !opts.listSizes || opts.listSizes.includes(n)
);
for (const n of opts.listSizes ?? []) {
  if (!LISTICLE.sizes.includes(n)) {
    log(`error: --list-sizes ${n}: the pages are ${LISTICLE.sizes}`);
    process.exit(2);
  }
}
const results = contenders.map((c) => ({
  name: c.name,
  role: c.role,
  mouse: [],
  touch: [],
  pan: [],
  pinch: [],
  // Scroll-reveal's three modes (measure-story.mjs), ours only.
  ...Object.fromEntries(MODES.map((mode) => [STORY_PHASES[mode][0], []])),
  load: [],
  // The listicle's pages, one key per size (measure-list.mjs).
  ...Object.fromEntries(
    Object.values(LIST_PHASES).map(([phase]) => [phase, []])
  ),
  memory: [],
}));
const byName = new Map(results.map((r) => [r.name, r]));

log('bytes: bundling the peers and the floor');
const prepared = new Map();
for (const c of contenders) {
  const p = await prepare(c);
  prepared.set(c.name, p);
  byName.get(c.name).bytes = {js: p.js, css: p.css};
}
const own = ownBytes();

const server = await serve(contenders, prepared);
const chrome = await launch(opts.chromium);
const {browser, version} = chrome;
log(`${version}, ${contenders.length} contenders`);
const load = {start: loadavg()};

/**
 * `count` rounds over `list`, each starting one contender further along.
 * A task is {phase, measure(url, round), variant, applies(c)}: each
 * contender runs every task that applies to it, one after the other, so
 * the tasks of one round (a drag and the zoom's gesture beside it) meet the
 * same load. `variant` picks the page (page.mjs: 'zoom' for zoomMarkup).
 */
async function rounds(count, list, tasks) {
  for (let round = 0; round < count; round++) {
    for (let i = 0; i < list.length; i++) {
      const c = list[(i + round) % list.length];
      for (const {phase, measure, variant = null, applies} of tasks) {
        if (applies && !applies(c)) continue;
        const runs = byName.get(c.name)[phase];
        try {
          runs.push(await measure(server.url(c.name, variant), round));
        } catch (error) {
          // Recorded, not thrown: one contender failing must not end the run.
          runs.push({failed: String(error.message ?? error)});
        }
      }
    }
    const label = tasks.map((t) => t.phase).join(' + ');
    log(
      `${label}: round ${round + 1}/${count} (${elapsed()}, load ${loadavg()})`
    );
  }
  for (const {phase} of tasks) load[phase] = loadavg();
}

// The zoom's gestures (measure-zoom.mjs), each set beside a drag of the same
// input: measured in the same rounds, right after that drag, on the
// contenders that zoom (zoomMarkup), so ×… D compares runs that met the same
// load on this shared machine.
const zooming = (c) => Boolean(c.zoomMarkup);
const BESIDE = {mouse: ['pan', panOnce], touch: ['pinch', pinchOnce]};

try {
  for (const kind of ['mouse', 'touch']) {
    const [gesture, once] = BESIDE[kind];
    const drag = opts.phases.includes(kind);
    const zoom = opts.phases.includes(gesture) && contenders.some(zooming);
    const tasks = [];
    if (drag) {
      // A warm-up gesture, not kept: the first drags after launch pay for
      // Chromium's own start-up (and tracing's), whoever comes first.
      await dragOnce(chrome, server.url(contenders[0].name), kind, {
        trace: true,
      });
      // Every other run traced (paints, frames); the others keep clean timings.
      tasks.push({
        phase: kind,
        measure: (url, round) =>
          dragOnce(chrome, url, kind, {trace: round % 2 === 1}),
      });
    }
    if (zoom) {
      // The same warm-up and every-other-run trace as the drags.
      const first = contenders.find(zooming);
      await once(chrome, server.url(first.name, 'zoom'), {trace: true}).catch(
        () => {} // its failure shows in the measured runs
      );
      tasks.push({
        phase: gesture,
        variant: 'zoom',
        applies: zooming,
        measure: (url, round) => once(chrome, url, {trace: round % 2 === 1}),
      });
    }
    if (!tasks.length) continue;
    const list = drag ? contenders : contenders.filter(zooming);
    await rounds(opts.runs, list, tasks);
  }
  if (opts.phases.includes('story') && contenders.some(telling)) {
    // The scroll-reveal sweep, natively, with its fallback forced, and the
    // same page without it: three fresh pages a round, in the same round so
    // they meet the same load. The same warm-up and every-other-run trace
    // as the drags.
    const list = contenders.filter(telling);
    await storyOnce(chrome, server.url(list[0].name, 'story'), 'native', {
      trace: true,
    }).catch(() => {}); // its failure shows in the measured runs
    await rounds(
      opts.runs,
      list,
      MODES.map((mode) => {
        const [phase, variant] = STORY_PHASES[mode];
        return {
          phase,
          variant,
          measure: (url, round) =>
            storyOnce(chrome, url, mode, {trace: round % 2 === 1}),
        };
      })
    );
  }
  if (opts.phases.includes('load')) {
    // The floor draws one of the two images: "both images painted" never comes.
    const drawn = contenders.filter((c) => c.role !== 'floor');
    await rounds(opts.loads, drawn, [
      {phase: 'load', measure: (url) => loadOnce(browser, url)},
    ]);
  }
  if (opts.phases.includes('listicle')) {
    // A warm-up load, not kept, as for the drags: the first page after
    // launch pays for Chromium's own start-up. Then every size of a
    // contender in the same round, so its pages meet the same load.
    const [, smallest] = LIST_PHASES[listSizes[0]];
    await listOnce(browser, server.url(contenders[0].name, smallest)).catch(
      () => {} // its failure shows in the measured runs
    );
    await rounds(
      opts.listLoads,
      contenders,
      listSizes.map((n) => {
        const [phase, variant] = LIST_PHASES[n];
        return {phase, variant, measure: (url) => listOnce(browser, url)};
      })
    );
  }
  if (opts.phases.includes('memory')) {
    await rounds(opts.memoryRuns, contenders, [
      {phase: 'memory', measure: (url) => churnOnce(browser, url)},
    ]);
  }
} finally {
  await browser.close();
  await server.close();
}

const kb = (name) =>
  Math.round(
    statSync(new URL(`./fixtures/${name}.jpg`, import.meta.url)).size / 1000
  );
const meta = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  durationS: Math.round((Date.now() - t0) / 1000),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Debian ${readFileSync('/etc/debian_version', 'utf8').trim()}`,
  browser: `${version} headless, --disable-gpu (software raster), viewport 1280×800`,
  node: process.version,
  fixtures: `two 1600×900 JPEGs (${kb('before')} and ${kb('after')} KB), the widget 800 px wide`,
  loadavg: load,
  moves: MOVES,
  pan: PAN,
  pinch: PINCH,
  story: STORY,
  runs: opts.runs,
  loads: opts.loads,
  network: NETWORK,
  listicle: {...LISTICLE, sizes: listSizes},
  listLoads: opts.listLoads,
  instances: COUNT,
  memoryRuns: opts.memoryRuns,
  phases: opts.phases,
  own,
  contenders: contenders.map(({name, version: v, notes}) => ({
    name,
    version: v,
    notes,
  })),
};
const minutes = `${Math.floor(meta.durationS / 60)} min ${meta.durationS % 60} s`;
const header = [
  `- Run: ${meta.date}, \`${meta.command}\`, ${minutes}.`,
  `- Machine: ${meta.machine}; 1-minute load average ${Object.entries(load)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}.`,
  `- Browser: ${meta.browser}; Node ${meta.node}; ${meta.fixtures}.`,
].join('\n');
console.log(`${header}\n\n${table(meta, results)}`);
if (opts.json) {
  writeFileSync(opts.json, `${JSON.stringify({meta, results}, null, 2)}\n`);
  log(`wrote ${opts.json}`);
}
log(`done in ${minutes}`);
