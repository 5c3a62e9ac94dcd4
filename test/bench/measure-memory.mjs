// Memory: what instances leave behind. On a fresh page, WARMUP instances are
// created and removed first, so one-time costs (shared stylesheets, compiled
// code, module caches) are paid before the baseline. Then, after a full
// garbage collection, the baseline: V8's used heap (Performance.getMetrics)
// and Blink's live DOM nodes and JS event listeners (Memory.getDOMCounters).
// COUNT instances are created, rendered and removed one after another
// (probe.js churn()), another full collection, the same counters again.
// Anything left is held by something outliving the instances: a listener on
// window or document, a timer, an observer, a cache.
import {metrics, openPage, sleep} from './browser.mjs';

export const COUNT = 200;
const WARMUP = 10;

/**
 * Collects until two readings agree. A collection right after the churn
 * frees only part of it (the last instances are still referenced by the
 * task that removed them; finalizers free more on the next pass): read at
 * once, every element here would seem to leak thousands of nodes.
 */
async function counters(cdp) {
  let last = null;
  for (let i = 0; i < 8; i++) {
    await sleep(250);
    await cdp.send('HeapProfiler.collectGarbage');
    const {JSHeapUsedSize: heap} = await metrics(cdp);
    const dom = await cdp.send('Memory.getDOMCounters');
    const now = {heap, nodes: dom.nodes, listeners: dom.jsEventListeners};
    if (last?.nodes === now.nodes && last.listeners === now.listeners)
      return now;
    last = now;
  }
  return last;
}

export async function churnOnce(browser, url, count = COUNT) {
  const page = await openPage(browser, url);
  try {
    const {cdp} = page;
    await cdp.send('Performance.enable');
    await page.page.evaluate((n) => window.__bench.churn(n), WARMUP);
    const before = await counters(cdp);
    const t0 = performance.now();
    await page.page.evaluate((n) => window.__bench.churn(n), count);
    const churnMs = performance.now() - t0;
    const after = await counters(cdp);
    return {
      count,
      churnMs,
      before,
      after,
      nodes: after.nodes - before.nodes,
      listeners: after.listeners - before.listeners,
      heapPerInstance: (after.heap - before.heap) / count,
    };
  } finally {
    await page.close();
  }
}
