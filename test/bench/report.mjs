// The report: ONE markdown table, a row per metric, a column per contender.
//
// A cell is `median (min–max)` over the runs, then the ratio of that median
// to the best (lowest) median among the peers that passed (×… P), and, for
// the drag rows, to the floor's (×… F); the zoom's pan and pinch rows (only
// for the contenders that zoom) to the same contender's own divider drag,
// mouse for the pan and touch for the pinch (×… D). Lower is better in every row. A
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

const PHASES = ['mouse', 'touch', 'pan', 'pinch', 'load', 'memory'];
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
  const metric = (phase, [label, key, digits, options = {}], floor, drag) => {
    const {ratios = true, perFrame = false} = options;
    out.push({
      label,
      digits,
      floor: floor && ratios,
      ratios,
      get: reader(phase, key, perFrame),
      // The same row of the contender's own drag, for ×… D.
      drag:
        drag && ratios && measured(drag) ? reader(drag, key, perFrame) : null,
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
  if (measured('load')) {
    const {latencyMs, kbps} = meta.network;
    out.push({
      group: `Load: ${meta.loads} fresh loads each at +${latencyMs} ms, ${kbps / 1000} Mbit/s`,
    });
    for (const spec of LOAD) metric('load', spec, false);
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

function cell(s, digits, peer, floor, drag) {
  if (!s) return '—';
  let text = number(s.median, digits);
  const [min, max] = [number(s.min, digits), number(s.max, digits)];
  if (min !== max) text += ` (${min}–${max})`;
  if (Number.isFinite(peer) && peer > 0)
    text += ` ×${(s.median / peer).toFixed(2)} P`;
  if (floor > 0) text += ` ×${(s.median / floor).toFixed(2)} F`;
  if (drag > 0) text += ` ×${(s.median / drag).toFixed(2)} D`;
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

/** The status row's label: what a run must have done to pass. */
function statusLabel(meta, kind) {
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
  return `ok, ends at ${median('end', 1)} %`;
}

/** The table and its legend, for RESULTS.md and stdout. */
export function table(meta, results) {
  const floor = results.find((r) => r.role === 'floor');
  const ours = results.find((r) => r.role === 'ours');
  // A peer that failed any phase is no yardstick.
  const peers = results.filter(
    (r) => r.role === 'peer' && !PHASES.some((phase) => failure(r[phase]))
  );
  const head = results.map((r) => (r === ours ? `**${r.name}**` : r.name));
  const lines = [
    ['', ...head],
    ['---', ...head.map(() => '---')],
  ];
  const line = (label, cell) => lines.push([label, ...results.map(cell)]);
  for (const spec of rows(meta, results)) {
    if (spec.group) {
      line(`**${spec.group}**`, () => '');
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
          spec.drag ? spec.drag(r)?.median : 0
        )
      );
    }
  }
  const md = lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  const zoomed = Object.keys(ZOOM).some(
    (phase) =>
      meta.phases.includes(phase) && results.some((r) => r[phase]?.length)
  );
  return `${md}\n\n${legend(meta, zoomed)}`;
}

function legend(meta, zoomed) {
  return [
    'Cells: median (min–max) over the runs; ×… P = ÷ the median of the best peer that passed every phase, ×… F = ÷ the floor’s median. Lower is better in every row but frames drawn.',
    'Task ms: the renderer main thread’s busy (wall) time, TaskDuration; CPU ms: that thread’s CPU time, ThreadTime, which inflates less when other work competes for the cores; style recalc, layout and script ms: RecalcStyleDuration, LayoutDuration, ScriptDuration (wall time); renderer CPU: the page’s whole renderer process (main, compositor and raster threads), ProcessTime; layouts and style recalcs: LayoutCount and RecalcStyleCount; all Performance.getMetrics deltas over the gesture. GPU-process CPU from SystemInfo.getProcessInfo. Process times have a 10 ms resolution over a ~3.4 s gesture.',
    'Paints (Paint events: the root paint pass plus each repainted layer) and frames drawn (DrawFrame) come from a trace of every other run; the timings from the untraced runs, since tracing adds 0.15–0.5 ms of main-thread CPU a move. A gesture over 3333 ms means input dispatch waited on the page (touch listeners that are not passive): its moves came slower than 60 Hz. Per frame drawn = median cost ÷ median frames.',
    'The floor draws one image and moves one composited line, no reveal: only its drag rows mean anything, and it is left out of the load phase (its second image is never drawn).',
    ...(zoomed
      ? [
          'Pan and pinch (issue 17; only the contenders that zoom, on their page with `zoom` set): measured exactly like the drags (a fresh page each, the same counters, the same every-other-run trace) and in the same rounds, each run right after that contender’s drag of the same input, so both meet the same load. The pan: `await el.zoomTo(2)`, then a mouse press on the images a quarter of the height down, away from the handle and the divider, and moves across them; the pinch: two touch points (CDP Input.dispatchTouchEvent, touch emulation with 2 points) pressed together on a 45° line, each touchMove spreading them, then touchEnd. ×… D = ÷ the same contender’s own drag median in that row (the mouse drag for the pan, the touch drag for the pinch): the issue asks a move of either to cost 0 layouts, 0 paints and no more main-thread time than a divider drag.',
        ]
      : []),
    meta.contenders
      .map((c) => `- ${c.name}${c.version ? ` ${c.version}` : ''}: ${c.notes}`)
      .join('\n'),
  ].join('\n\n');
}
