// Load: a fresh load (new browser context: empty cache, new renderer) over a
// slow network, as a reader on a phone gets the article. The throttle is the
// browser's own (Network.emulateNetworkConditions: +150 ms a round trip,
// 1.6 Mbit/s shared by every request), so the text paints long before the
// script and the images arrive, and a widget that changes size when it
// upgrades or when its images land moves the text below it.
//
// Measured in the page (probe.js):
//   imagesPainted  Element Timing's render time of the later of the two images
//   ready          the probe's own view: element upgraded, both images decoded,
//                  the next frame produced (a cross-check of the first)
//   cls            sum of layout shifts not caused by input, until SETTLE ms
//                  after ready (late resize handlers shift too)
import {openPage, sleep} from './browser.mjs';

export const NETWORK = {latencyMs: 150, kbps: 1600};
const SETTLE = 500;

async function throttle(cdp) {
  const bytesPerSecond = (NETWORK.kbps * 1000) / 8;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: NETWORK.latencyMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
}

export async function loadOnce(browser, url) {
  const page = await openPage(browser, url, {setup: throttle, timeout: 60_000});
  try {
    await sleep(SETTLE);
    const result = await page.page.evaluate(() => window.__bench.loadResult());
    return {...result, ready: page.readyAt};
  } finally {
    await page.close();
  }
}
