// The report: ONE markdown table, a row per metric, a column per contender.
//
// A cell is `median (min–max)` over the runs, then the ratio of that median
// to the best (lowest) median among the peers that passed (×… P), and, for
// the drag rows, to the floor's (×… F); the zoom's pan and pinch rows (only
// for the contenders that zoom) to the same contender's own divider drag,
// mouse for the pan and touch for the pinch (×… D); the scroll-reveal rows
// (ours only) to the same long page scrolled without it (×… B). The
// listicle's rows (every contender) are per page size, with ×… P like the
// load's. Lower is better in every row. A
// median, because on a shared 2-core machine one slow run (a GC, someone
// else's build) should not move the headline; min–max shows how much it did.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** {median, min, max} of the finite numbers, or null. */
export function stats(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!v.length) return null;
  return {median: median(v), min: Math.min(...v), max: Math.max(...v)};
}

// [label, key, decimals, options]. Frames drawn get no ratio: fewer is
// cheaper but also a divider that skips frames. Per frame drawn is a ratio
// of medians: costs come from untraced runs, frames from traced ones.
const DRAG = [
  [
    'gesture took, ms (3333 = every move sent on time)',
    'gestureMs',
    0,
    {ratios: false},
  ],
  ['frames drawn / move (1 = every move drawn)', 'frames', 2, {ratios: false}],
  ['layouts / move', 'layouts', 2],
  ['style recalcs / move', 'styleRecalcs', 2],
  ['paints / move', 'paints', 2],
  ['style recalc ms / move', 'styleMs', 3],
  ['layout ms / move', 'layoutMs', 3],
  ['script ms / move', 'scriptMs', 3],
  ['main-thread task ms / move', 'taskMs', 3],
  ['main-thread CPU ms / move', 'cpuMs', 3],
  ['renderer CPU ms / move (all its threads)', 'rendererMs', 2],
  ['GPU-process CPU ms / move (draws frames)', 'gpuMs', 2],
  ['main-thread task ms / frame drawn', 'taskMs', 3, {perFrame: true}],
  ['main-thread CPU ms / frame drawn', 'cpuMs', 3, {perFrame: true}],
  ['renderer CPU ms / frame drawn', 'rendererMs', 2, {perFrame: true}],
];
const LOAD = [
  ['both images painted, ms (Element Timing)', 'imagesPainted', 0],
  ['element and images ready, ms (probe)', 'ready', 0],
  ['cumulative layout shift', 'cls', 3],
];
// The listicle (measure-list.mjs), per page size. A best peer with no long
// task (0) gives no ratio: there is nothing to divide by.
const LIST = [
  [
    'first comparison drawn, ms (probe: it and its images ready, next frame)',
    'firstRender',
    0,
  ],
  ['longest task, ms (0 = none over 50 ms)', 'longestTask', 0],
  ['total blocking time, ms (Σ of each long task’s time over 50)', 'tbt', 0],
  [
    'longest script run in one task, ms (long animation frames’ scripts)',
    'longestScript',
    0,
  ],
];
const MEMORY = [
  ['DOM nodes retained', 'nodes', 0],
  ['JS listeners retained', 'listeners', 0],
  ['JS heap retained / instance (B)', 'heapPerInstance', 0],
];
const BYTES = [
  ['JS min (B)', (b) => b.js.min],
  ['JS gzip -9 (B)', (b) => b.js.gzip],
  ['JS brotli (B)', (b) => b.js.brotli],
  ['its stylesheet, gzip (B)', (b) => b.css?.gzip ?? 0],
  ['JS + stylesheet, gzip (B)', (b) => b.js.gzip + (b.css?.gzip ?? 0)],
];

// Scroll-reveal (measure-story.mjs): the drag's rows, per scroll step.
const STORY_ROWS = DRAG.map(([label, ...rest]) => [
  label
    .replace('gesture took', 'scroll took')
    .replace('every move sent', 'every step sent')
    .replace('(1 = every move drawn)', '(1 = every step drawn)')
    .replace('/ move', '/ scrolled frame'),
  ...rest,
]);
// Its modes: the result's key, the sub-heading, and what a run must show.
const STORY = [
  [
    'story',
    'native: `scroll-reveal`, ViewTimeline (WAAPI animations on it)',
    'ViewTimeline, no scroll listener; drawn 100 % before, 0 % after (± 3), value 0 after scrollend',
  ],
  [
    'storyFallback',
    'fallback: `scroll-reveal` with `window.ViewTimeline` deleted (one passive scroll listener)',
    'no ViewTimeline, no animation, the scroll listener ran; drawn 100 % before, 0 % after (± 3), value 0 after scrollend',
  ],
  [
    'storyBaseline',
    'baseline: the same long page, plain `<before-after>` (no scroll-reveal)',
    'divider kept where it was (± 3), no scroll listener',
  ],
];
const STORY_LABELS = Object.fromEntries(STORY.map(([k, , l]) => [k, l]));

const PHASES = ['mouse', 'touch', 'pan', 'pinch', 'load', 'memory'];
/** The listicle's result keys, one per page size (measure-list.mjs LIST_PHASES). */
const listPhases = (meta) =>
  (meta.listicle?.sizes ?? []).map((n) => [n, `list${n}`]);
// The zoom's gestures, and the drag each is set beside (×… D).
const ZOOM = {pan: 'mouse', pinch: 'touch'};
const failure = (runs) => runs.find((r) => r.failed)?.failed;

/** The table's rows, in order: group titles, status rows and metric rows. */
function rows(meta, results) {
  const out = [];
  const measured = (phase) => meta.phases.includes(phase);
  const reader = (phase, key, perFrame) => {
    const runs = (r, k) => stats(r[phase].map((run) => run[k]));
    return perFrame
      ? (r) => one(runs(r, key)?.median / runs(r, 'frames')?.median)
      : (r) => runs(r, key);
  };
  const metric = (
    phase,
    [label, key, digits, options = {}],
    floor,
    drag,
    letter = 'D'
  ) => {
    const {ratios = true, perFrame = false} = options;
    out.push({
      label,
      digits,
      floor: floor && ratios,
      ratios,
      get: reader(phase, key, perFrame),
      // The same row of the contender's own drag, for ×… D (or of its
      // scroll without scroll-reveal, ×… B).
      drag:
        drag && ratios && results.some((r) => r[drag]?.length)
          ? reader(drag, key, perFrame)
          : null,
      letter,
    });
  };
  for (const kind of ['mouse', 'touch'].filter(measured)) {
    out.push({
      group: `Drag, ${kind}: ${meta.moves} moves at 60 Hz, ${meta.runs} fresh pages each`,
    });
    out.push({status: kind});
    for (const spec of DRAG) metric(kind, spec, true);
  }
  for (const [phase, drag] of Object.entries(ZOOM)) {
    if (!measured(phase) || !results.some((r) => r[phase].length)) continue;
    out.push({group: zoomGroup(meta, phase)});
    out.push({status: phase});
    for (const spec of DRAG) metric(phase, spec, false, drag);
  }
  if (measured('story') && results.some((r) => r.story?.length)) {
    out.push({group: storyGroup(meta, results)});
    for (const [phase, title] of STORY) {
      out.push({group: title, sub: true});
      out.push({status: phase});
      const base = phase === 'storyBaseline' ? null : 'storyBaseline';
      for (const spec of STORY_ROWS) metric(phase, spec, false, base, 'B');
    }
  }
  if (measured('load')) {
    const {latencyMs, kbps} = meta.network;
    out.push({
      group: `Load: ${meta.loads} fresh loads each at +${latencyMs} ms, ${kbps / 1000} Mbit/s`,
    });
    for (const spec of LOAD) metric('load', spec, false);
  }
  if (measured('listicle')) {
    const {widthPx, quietMs} = meta.listicle;
    out.push({
      group: `Listicle: comparisons ${widthPx} px wide, lazy images, a paragraph between them; ${meta.listLoads} fresh loads each, unthrottled, from navigation start until all upgraded and ${quietMs / 1000} s quiet`,
    });
    for (const [n, phase] of listPhases(meta)) {
      out.push({
        group: n === 1 ? 'one comparison' : `${n} comparisons`,
        sub: true,
      });
      out.push({status: phase});
      for (const spec of LIST) metric(phase, spec, false);
    }
  }
  if (measured('memory')) {
    out.push({
      group: `Memory: ${meta.instances} instances created and removed, then full GC; ${meta.memoryRuns} runs`,
    });
    for (const spec of MEMORY) metric('memory', spec, false);
  }
  out.push({
    group: 'Bytes: one minified ESM file, every runtime dependency inside',
  });
  for (const [label, get] of BYTES) {
    out.push({label, digits: 0, ratios: true, get: (r) => one(get(r.bytes))});
  }
  out.push({own: true});
  return out;
}

const one = (v) => (Number.isFinite(v) ? {median: v, min: v, max: v} : null);

function number(v, digits) {
  if (!Number.isFinite(v)) return '—';
  return v.toFixed(digits).replace(/^-(0\.?0*)$/, '$1'); // no "-0"
}

function cell(s, digits, peer, floor, drag, letter = 'D') {
  if (!s) return '—';
  let text = number(s.median, digits);
  const [min, max] = [number(s.min, digits), number(s.max, digits)];
  if (min !== max) text += ` (${min}–${max})`;
  if (Number.isFinite(peer) && peer > 0)
    text += ` ×${(s.median / peer).toFixed(2)} P`;
  if (floor > 0) text += ` ×${(s.median / floor).toFixed(2)} F`;
  if (drag > 0) text += ` ×${(s.median / drag).toFixed(2)} ${letter}`;
  return text;
}

function zoomGroup(meta, phase) {
  const moves = `${meta.moves} moves at 60 Hz`;
  const pages = `${meta.runs} fresh pages each`;
  if (phase === 'pan') {
    const {level, path} = meta.pan;
    return `Pan, mouse, zoomed ×${level} (contenders that zoom): press on the images, ${moves} along ${path.join(' → ')} %, ${pages}`;
  }
  const {from, to} = meta.pinch;
  return `Pinch, two fingers from ×1 (contenders that zoom): ${moves} spreading them ${from} → ${to} % of the width apart, ${pages}`;
}

function storyGroup(meta, results) {
  const runs = results.flatMap((r) => r.story ?? []);
  const px = stats(runs.map((run) => run.stepPx))?.median;
  const sweep = stats(runs.map((run) => run.sweepSteps))?.median;
  const step = Number.isFinite(px)
    ? `a ${px} px wheel step each`
    : 'wheel steps';
  const of = Number.isFinite(sweep) ? `; the sweep is ${sweep} of them` : '';
  return `Scroll-reveal: ${meta.story.steps} scrolled frames (${step} at 60 Hz, the comparison from below the viewport to above it${of}), ${meta.runs} fresh pages each`;
}

/** The status row's label: what a run must have done to pass. */
function statusLabel(meta, kind) {
  if (STORY_LABELS[kind]) return STORY_LABELS[kind];
  if (/^list\d+$/.test(kind)) {
    return `every comparison upgraded, the page quiet within ${meta.listicle.limitMs / 1000} s`;
  }
  if (kind === 'pan') {
    return `images moved as far as the pointer (± 3 %), still ×${meta.pan.level}, divider kept`;
  }
  if (kind === 'pinch') {
    const level = Number((meta.pinch.to / meta.pinch.from).toFixed(2));
    return `zoomed ×${level} (± 5 %) about the fingers’ midpoint (± 1 %), divider kept`;
  }
  return 'divider where the pointer let go (90 % ± 3)';
}

function statusCell(r, kind) {
  const runs = r[kind];
  if (!runs.length) return '—';
  const failed = failure(runs);
  if (failed) return `**FAILED**: ${failed}`;
  const median = (key, digits) =>
    number(stats(runs.map((run) => run[key])).median, digits);
  if (kind === 'pan') {
    const [moved, pointer] = [median('movedPx', 0), median('pointerPx', 0)];
    return `ok, images moved ${moved} px, the pointer ${pointer}`;
  }
  if (kind === 'pinch') {
    const level = number(stats(runs.map((run) => run.end.level)).median, 2);
    return `ok, ×${level}, the point under the fingers ${median('driftPx', 1)} px off`;
  }
  if (/^list\d+$/.test(kind)) {
    const rendered = median('rendered', 0);
    const upgraded = median('upgraded', 0);
    const rest = rendered === upgraded ? '' : `, ${rendered} rendered`;
    return `ok, ${upgraded} upgraded${rest}; long tasks: ${median('longTasks', 0)}`;
  }
  if (STORY_LABELS[kind]) {
    const at = (when, key) =>
      number(stats(runs.map((run) => run[when][key])).median, 1);
    const calls = median('scrollListenerCalls', 0);
    const path =
      kind === 'storyFallback'
        ? `scroll listener ran ${calls}×`
        : `ViewTimeline, ${calls} scroll-listener calls`;
    return `ok, drawn ${at('start', 'drawn')} → ${at('end', 'drawn')} %, value ${at('end', 'value')}; ${path}`;
  }
  return `ok, ends at ${median('end', 1)} %`;
}

/** The table and its legend, for RESULTS.md and stdout. */
export function table(meta, results) {
  const floor = results.find((r) => r.role === 'floor');
  const ours = results.find((r) => r.role === 'ours');
  // A peer that failed any phase is no yardstick.
  const phases = [...PHASES, ...listPhases(meta).map(([, phase]) => phase)];
  const peers = results.filter(
    (r) => r.role === 'peer' && !phases.some((phase) => failure(r[phase] ?? []))
  );
  const head = results.map((r) => (r === ours ? `**${r.name}**` : r.name));
  const lines = [
    ['', ...head],
    ['---', ...head.map(() => '---')],
  ];
  const line = (label, cell) => lines.push([label, ...results.map(cell)]);
  for (const spec of rows(meta, results)) {
    if (spec.group) {
      line(spec.sub ? `*${spec.group}*` : `**${spec.group}**`, () => '');
    } else if (spec.status) {
      line(statusLabel(meta, spec.status), (r) => statusCell(r, spec.status));
    } else if (spec.own) {
      const own = (label, s) =>
        line(label, (r) => (r === ours ? `${s.gzip} / ${s.brotli}` : '—'));
      own('our own code without Lit, gzip / brotli (B)', meta.own.withoutLit);
      own('dist/embed-resizer.js, gzip / brotli (B)', meta.own.resizer);
    } else {
      const medians = peers.map((p) => spec.get(p)?.median);
      const best = spec.ratios
        ? Math.min(...medians.filter(Number.isFinite))
        : 0;
      const base = spec.floor && floor ? spec.get(floor)?.median : 0;
      line(spec.label, (r) =>
        cell(
          spec.get(r),
          spec.digits,
          best,
          r === floor ? 0 : base,
          spec.drag ? spec.drag(r)?.median : 0,
          spec.letter
        )
      );
    }
  }
  const md = lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  const zoomed = Object.keys(ZOOM).some(
    (phase) =>
      meta.phases.includes(phase) && results.some((r) => r[phase]?.length)
  );
  const told =
    meta.phases.includes('story') && results.some((r) => r.story?.length);
  return `${md}\n\n${legend(meta, zoomed, told)}`;
}

function legend(meta, zoomed, told) {
  const listed = meta.phases.includes('listicle');
  return [
    'Cells: median (min–max) over the runs; ×… P = ÷ the median of the best peer that passed every phase, ×… F = ÷ the floor’s median. Lower is better in every row but frames drawn.',
    'Task ms: the renderer main thread’s busy (wall) time, TaskDuration; CPU ms: that thread’s CPU time, ThreadTime, which inflates less when other work competes for the cores; style recalc, layout and script ms: RecalcStyleDuration, LayoutDuration, ScriptDuration (wall time); renderer CPU: the page’s whole renderer process (main, compositor and raster threads), ProcessTime; layouts and style recalcs: LayoutCount and RecalcStyleCount; all Performance.getMetrics deltas over the gesture. GPU-process CPU from SystemInfo.getProcessInfo. Process times have a 10 ms resolution over a ~3.4 s gesture.',
    'Paints (Paint events: the root paint pass plus each repainted layer) and frames drawn (DrawFrame) come from a trace of every other run; the timings from the untraced runs, since tracing adds 0.15–0.5 ms of main-thread CPU a move. A gesture over 3333 ms means input dispatch waited on the page (touch listeners that are not passive): its moves came slower than 60 Hz. Per frame drawn = median cost ÷ median frames.',
    'The floor draws one image and moves one composited line, no reveal: only its drag and listicle rows mean anything, and it is left out of the load phase (its second image is never drawn).',
    ...(listed
      ? [
          `Listicle (issue: no task over 50 ms while 20 or 300 comparisons start): a page of N comparisons of each contender’s own markup, ${meta.listicle.widthPx} px wide, every image \`loading="lazy"\` with its own URL, a short paragraph between them, so most of the 300 are far below the fold; the floor’s page is the same with <bench-floor>, whose upgrade reads no layout. Each load is a fresh browser context (empty cache, new renderer), unthrottled, every size of a contender in the same round. Two buffered PerformanceObservers, long tasks and long animation frames, are added before any script (Page.addScriptToEvaluateOnNewDocument); the window runs from navigation start until every comparison has upgraded (:defined) and ${meta.listicle.quietMs} ms passed with no long task, no further comparison rendered (its updateComplete, for the Lit ones) and no further \`rendered\` attribute or class. Longest task: the longest in the window, 0 when none was over 50 ms; total blocking time: the sum over them of the time past 50 ms. First comparison drawn: the probe’s ready (as in the load phase, without its throttle), on the page of one comparison its first render on a fresh load. ×… P as elsewhere; no ratio when the best peer had no long task.`,
        ]
      : []),
    ...(zoomed
      ? [
          'Pan and pinch (issue 17; only the contenders that zoom, on their page with `zoom` set): measured exactly like the drags (a fresh page each, the same counters, the same every-other-run trace) and in the same rounds, each run right after that contender’s drag of the same input, so both meet the same load. The pan: `await el.zoomTo(2)`, then a mouse press on the images a quarter of the height down, away from the handle and the divider, and moves across them; the pinch: two touch points (CDP Input.dispatchTouchEvent, touch emulation with 2 points) pressed together on a 45° line, each touchMove spreading them, then touchEnd. ×… D = ÷ the same contender’s own drag median in that row (the mouse drag for the pan, the touch drag for the pinch): the issue asks a move of either to cost 0 layouts, 0 paints and no more main-thread time than a divider drag.',
        ]
      : []),
    ...(told
      ? [
          'Scroll-reveal (ours only: the peers have no such feature, hence —): the divider sweeps from 100 to 0 as the comparison’s centre goes from 75 % to 25 % of the viewport’s height. A fresh long-article page per run (the comparison between two runs of paragraphs, 800 px wide), put with the comparison just below the viewport, then scrolled by mouse-wheel events (CDP Input.dispatchMouseEvent, mouseWheel, the pointer in the margin) at 60 Hz until it is just above it; measured like the drags (the same counters, the same every-other-run trace), the three modes in the same rounds. Per scrolled frame = ÷ the number of wheel steps (one per 60 Hz frame), so the sweep’s own frames cost more than the average by about steps ÷ sweep; frames drawn / scrolled frame says how many the compositor drew. Native: Chromium’s ViewTimeline, the sweep a WAAPI animation per moving part, no script per frame. Fallback: the same page with `window.ViewTimeline` deleted before any script, so the story draws from one passive scroll listener (a wrapper on window’s scroll listeners counts its calls, in every mode). Baseline: the same page with the plain markup, scrolled the same way. ×… B = ÷ the baseline’s median in that row. The divider is read from the `.mover` line’s box (drawn) and from `value` after the scroll has come to rest.',
        ]
      : []),
    meta.contenders
      .map((c) => `- ${c.name}${c.version ? ` ${c.version}` : ''}: ${c.notes}`)
      .join('\n'),
  ].join('\n\n');
}
