// Reading a Chromium trace of one drag: what the page's renderer did.
//
// The trace holds every process (browser, GPU, other renderers), so events
// are kept only from the page's own renderer: the one whose main thread
// produced the most frames (the dragged page; the others sit idle). Naming
// it by URL would take the verbose disabled-by-default-devtools.timeline
// category, whose overhead would land on the measured costs. Then:
//   Paint            main thread: a layer or paint chunk was repainted (the
//                    floor, one composited transform, has none)
//   Layout, UpdateLayoutTree   main thread: cross-check of getMetrics' counts
//   DrawFrame        compositor thread: a frame with damage was drawn
// Paint and Layout events also name their node (the painted layer's or
// paint chunk's owner, the layout's roots): counted by renderer node id in
// paintedNodes and layoutRoots, so a cost above zero says where it came
// from (measure-drag.mjs names the nodes while the page is open).
// (Raster work is not in these categories; measure-drag.mjs takes the whole
// renderer's CPU time from the browser instead.)
export const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
];

/** Counts and durations (ms) for the busiest renderer in a trace's events. */
export function readTrace(events) {
  const threads = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') {
      threads.set(`${e.pid}:${e.tid}`, e.args.name);
    }
  }
  const frames = new Map();
  for (const e of events) {
    if (e.name === 'BeginMainThreadFrame') {
      frames.set(e.pid, (frames.get(e.pid) ?? 0) + 1);
    }
  }
  const pid = [...frames].sort((a, b) => b[1] - a[1])[0]?.[0];
  const out = {
    paints: 0,
    layouts: 0,
    styleRecalcs: 0,
    framesDrawn: 0,
    mainFrames: 0,
    paintedNodes: {},
    layoutRoots: {},
  };
  const count = (map, id) => {
    if (id !== undefined && id !== null) map[id] = (map[id] ?? 0) + 1;
  };
  for (const e of events) {
    if (e.pid !== pid) continue;
    const thread = threads.get(`${e.pid}:${e.tid}`);
    if (thread === 'CrRendererMain') {
      if (e.name === 'Paint') {
        out.paints++;
        count(out.paintedNodes, e.args?.data?.nodeId);
      } else if (e.name === 'Layout') {
        out.layouts++;
        const end = e.args?.endData ?? {};
        const roots = end.layoutRoots ?? [];
        if (roots.length)
          for (const root of roots) count(out.layoutRoots, root.nodeId);
        else count(out.layoutRoots, end.rootNode);
      } else if (e.name === 'UpdateLayoutTree') out.styleRecalcs++;
      else if (e.name === 'BeginMainThreadFrame') out.mainFrames++;
    } else if (thread === 'Compositor' && e.name === 'DrawFrame') {
      out.framesDrawn++;
    }
  }
  if (pid === undefined) out.error = 'no frame in the trace';
  return out;
}
