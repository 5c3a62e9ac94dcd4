// The report: ONE markdown table, a row per metric, a column per contender.
//
// A cell is `median (min–max)` over the runs, then the ratio of that median
// to the best (lowest) median among the peers that passed (×… P), and, for
// the drag rows, to the floor's (×… F). Lower is better in every row. A
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

const PHASES = ['mouse', 'touch', 'load', 'memory'];
const failure = (runs) => runs.find((r) => r.failed)?.failed;

/** The table's rows, in order: group titles, status rows and metric rows. */
function rows(meta) {
  const out = [];
  const measured = (phase) => meta.phases.includes(phase);
  const metric = (phase, [label, key, digits, options = {}], floor) => {
    const {ratios = true, perFrame = false} = options;
    const runs = (r, k) => stats(r[phase].map((run) => run[k]));
    const get = perFrame
      ? (r) => one(runs(r, key)?.median / runs(r, 'frames')?.median)
      : (r) => runs(r, key);
    out.push({label, digits, floor: floor && ratios, ratios, get});
  };
  for (const kind of ['mouse', 'touch'].filter(measured)) {
    out.push({
      group: `Drag, ${kind}: ${meta.moves} moves at 60 Hz, ${meta.runs} fresh pages each`,
    });
    out.push({status: kind});
    for (const spec of DRAG) metric(kind, spec, true);
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

function cell(s, digits, peer, floor) {
  if (!s) return '—';
  let text = number(s.median, digits);
  const [min, max] = [number(s.min, digits), number(s.max, digits)];
  if (min !== max) text += ` (${min}–${max})`;
  if (Number.isFinite(peer) && peer > 0)
    text += ` ×${(s.median / peer).toFixed(2)} P`;
  if (floor > 0) text += ` ×${(s.median / floor).toFixed(2)} F`;
  return text;
}

function statusCell(r, kind) {
  const runs = r[kind];
  if (!runs.length) return '—';
  const failed = failure(runs);
  if (failed) return `**FAILED**: ${failed}`;
  return `ok, ends at ${number(stats(runs.map((x) => x.end)).median, 1)} %`;
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
  for (const spec of rows(meta)) {
    if (spec.group) {
      line(`**${spec.group}**`, () => '');
    } else if (spec.status) {
      line('divider where the pointer let go (90 % ± 3)', (r) =>
        statusCell(r, spec.status)
      );
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
        cell(spec.get(r), spec.digits, best, r === floor ? 0 : base)
      );
    }
  }
  const md = lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  return `${md}\n\n${legend(meta)}`;
}

function legend(meta) {
  return [
    'Cells: median (min–max) over the runs; ×… P = ÷ the median of the best peer that passed every phase, ×… F = ÷ the floor’s median. Lower is better in every row but frames drawn.',
    'Task ms: the renderer main thread’s busy (wall) time, TaskDuration; CPU ms: that thread’s CPU time, ThreadTime, which inflates less when other work competes for the cores; style recalc, layout and script ms: RecalcStyleDuration, LayoutDuration, ScriptDuration (wall time); renderer CPU: the page’s whole renderer process (main, compositor and raster threads), ProcessTime; layouts and style recalcs: LayoutCount and RecalcStyleCount; all Performance.getMetrics deltas over the gesture. GPU-process CPU from SystemInfo.getProcessInfo. Process times have a 10 ms resolution over a ~3.4 s gesture.',
    'Paints (Paint events: the root paint pass plus each repainted layer) and frames drawn (DrawFrame) come from a trace of every other run; the timings from the untraced runs, since tracing adds 0.15–0.5 ms of main-thread CPU a move. A gesture over 3333 ms means input dispatch waited on the page (touch listeners that are not passive): its moves came slower than 60 Hz. Per frame drawn = median cost ÷ median frames.',
    'The floor draws one image and moves one composited line, no reveal: only its drag rows mean anything, and it is left out of the load phase (its second image is never drawn).',
    meta.contenders
      .map((c) => `- ${c.name}${c.version ? ` ${c.version}` : ''}: ${c.notes}`)
      .join('\n'),
  ].join('\n\n');
}
