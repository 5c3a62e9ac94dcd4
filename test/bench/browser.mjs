// Debian's Chromium, headless, through puppeteer-core, and fresh pages in it.
//
// One browser per run; every measured page gets its own browser context (an
// empty cache, its own renderer process), so no load warms the next one.
// Software raster (--disable-gpu) on every machine, so runs compare.
import puppeteer from 'puppeteer-core';

export const VIEWPORT = {width: 1280, height: 800, deviceScaleFactor: 1};

export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-extensions',
  '--hide-scrollbars',
  '--mute-audio',
  '--force-device-scale-factor=1',
];

export async function launch(executablePath) {
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: FLAGS,
    defaultViewport: VIEWPORT,
    protocolTimeout: 120_000,
  });
  // A browser-level session, for SystemInfo (CPU time of the GPU process).
  const system = await browser.target().createCDPSession();
  return {browser, system, version: await browser.version()};
}

/**
 * CPU seconds so far of the GPU process, which draws every page's frames
 * (in software here); the other pages idle. Resolution: 10 ms.
 */
export async function gpuCpu(system) {
  const {processInfo} = await system.send('SystemInfo.getProcessInfo');
  return processInfo
    .filter((p) => p.type === 'GPU')
    .reduce((total, p) => total + p.cpuTime, 0);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens `url` in a new context and waits for the probe's `ready`.
 * `setup(cdp)` runs before navigation (touch emulation, network throttling).
 * @returns {Promise<{page, cdp, readyAt: number, close: () => Promise<void>}>}
 */
export async function openPage(browser, url, {setup, timeout = 30_000} = {}) {
  const context = await browser.createBrowserContext();
  const close = () => context.close().catch(() => {});
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    if (setup) await setup(cdp);
    await page.goto(url, {waitUntil: 'load', timeout});
    const readyAt = await page.evaluate(
      (ms) =>
        Promise.race([
          window.__bench.ready,
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error(`not ready in ${ms} ms`)), ms)
          ),
        ]),
      timeout
    );
    return {page, cdp, readyAt, close};
  } catch (error) {
    await close();
    throw error;
  }
}

/** Performance.getMetrics as {name: value} (Performance.enable first). */
export async function metrics(cdp) {
  const {metrics: list} = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({name, value}) => [name, value]));
}
