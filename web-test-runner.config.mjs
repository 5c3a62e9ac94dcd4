// @web/test-runner in Chromium, Firefox and WebKit with Debian's browsers only
// (nothing is downloaded). BROWSERS=chromium,firefox,webkit picks engines; all three by default.
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import {cspMiddleware} from './test/runner/csp.mjs';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER =
  process.env.MINIBROWSER_PATH ??
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const want = new Set(
  (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',')
);

const browsers = [];
if (want.has('chromium')) {
  // --no-sandbox: CI runs as root. Coverage (V8) comes from this launcher only.
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          // The touch event API, as on a phone: the Pointer Events polyfill looks for it.
          '--touch-events=enabled',
        ],
      },
    })
  );
}
if (want.has('firefox')) {
  // puppeteer-core drives Firefox over WebDriver BiDi, so no geckodriver is needed.
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {browser: 'firefox', executablePath: FIREFOX},
    })
  );
}
if (want.has('webkit')) browsers.push(await webkitLauncher());

/** WebKitGTK's MiniBrowser through WebKitWebDriver, on a private Xvfb display. */
async function webkitLauncher() {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    }
  );
  const display = await new Promise((resolve, reject) => {
    xvfb.stdio[3].once('data', (d) => resolve(`:${String(d).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
    env: {...process.env, DISPLAY: display},
  });
  process.once('exit', () => {
    driver.kill();
    xvfb.kill();
  });
  await waitForDriver(port);

  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitGTK's driver has no BiDi: without this, wdio 9 asks for webSocketUrl and is refused.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {binary: MINIBROWSER, args: ['--automation']},
    },
  });
  // One top-level page per test file, so the window decides the viewport and focus is real.
  launcher.concurrency = 1;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = (config, files) =>
    initialize({...config, concurrency: 1}, files);
  return launcher;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const {port} = srv.address();
        srv.close(() => resolve(port));
      });
  });
}

async function waitForDriver(port) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if ((await res.json()).value?.ready) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/**
 * Commands the stock plugins lack (see test/helpers/commands.ts):
 *  - `viewport` {width, height}: setViewport in all three engines;
 *  - `chord` {keys}: hold the first keys, press the last;
 *  - `gc`: full GC, then {documents, nodes, jsEventListeners} (Chromium; false elsewhere);
 *  - `touch-emulation`: a touch screen for the page (Chromium; false elsewhere);
 *  - `media` {feature: value}: emulate media features (Chromium; answers false elsewhere);
 *  - `pointer` {pointerType, steps: [{type: 'down'|'move'|'up', x, y}]}: real touch or pen input.
 */
function crossBrowserCommands() {
  const cdpSessions = new WeakMap();
  return {
    name: 'cross-browser-commands',
    async executeCommand({command, payload, session}) {
      const {browser} = session;
      if (command === 'viewport') {
        const {width, height} = payload;
        if (browser.type === 'puppeteer') {
          await browser.getPage(session.id).setViewport({width, height});
        } else if (browser.type === 'webdriver') {
          // The window rect includes MiniBrowser's toolbar and GTK resizes asynchronously.
          const wd = browser.driver; // private field of WebdriverLauncher: keep the version pinned
          const measure = () =>
            wd.execute(() => [
              innerWidth,
              innerHeight,
              outerWidth,
              outerHeight,
            ]);
          const [iw, ih, ow, oh] = await measure();
          await wd.setWindowSize(width + ow - iw, height + oh - ih);
          await wd.waitUntil(
            async () => {
              const [w, h] = await measure();
              return w === width && h === height;
            },
            {
              timeout: 5000,
              interval: 20,
              timeoutMsg: `viewport did not become ${width}x${height}`,
            }
          );
        } else
          throw new Error(`viewport: unsupported browser type ${browser.type}`);
        return true;
      }
      if (command === 'chord') {
        const keys = payload.keys;
        if (browser.type === 'puppeteer') {
          const kb = browser.getPage(session.id).keyboard;
          for (const k of keys.slice(0, -1)) await kb.down(k);
          await kb.press(keys.at(-1));
          for (const k of keys.slice(0, -1).reverse()) await kb.up(k);
        } else if (browser.type === 'webdriver') {
          await browser.sendKeys(session.id, keys);
        } else
          throw new Error(`chord: unsupported browser type ${browser.type}`);
        return true;
      }
      if (command === 'gc') {
        // Chromium only: a full garbage collection and the renderer's DOM counters.
        if (browser.type !== 'puppeteer' || browser.name !== 'Chrome')
          return false;
        const page = browser.getPage(session.id);
        if (!cdpSessions.has(page))
          cdpSessions.set(page, await page.createCDPSession());
        const cdp = cdpSessions.get(page);
        await cdp.send('HeapProfiler.collectGarbage');
        return cdp.send('Memory.getDOMCounters');
      }
      if (command === 'touch-emulation') {
        if (browser.type !== 'puppeteer' || browser.name !== 'Chrome')
          return false;
        const page = browser.getPage(session.id);
        if (!cdpSessions.has(page))
          cdpSessions.set(page, await page.createCDPSession());
        await cdpSessions.get(page).send('Emulation.setTouchEmulationEnabled', {
          enabled: true,
          maxTouchPoints: 5,
        });
        return true;
      }
      if (command === 'media') {
        // Chromium only: the stock emulateMedia has no forced-colors, and neither
        // Firefox's BiDi nor WebKitGTK's driver can emulate media features.
        if (browser.type !== 'puppeteer' || browser.name !== 'Chrome')
          return false;
        const features = Object.entries(payload).map(([name, value]) => ({
          name,
          value,
        }));
        // puppeteer's emulateMediaFeatures refuses forced-colors, so talk CDP; the
        // override lives as long as the CDP session, hence one kept per page.
        const page = browser.getPage(session.id);
        if (!cdpSessions.has(page))
          cdpSessions.set(page, await page.createCDPSession());
        await cdpSessions
          .get(page)
          .send('Emulation.setEmulatedMedia', {features});
        return true;
      }
      if (command === 'pointer')
        return pointer(browser, session, payload, cdpSessions);
      return undefined;
    },
  };
}

/**
 * Runs a touch or pen gesture through each engine's own input pipeline.
 * Answers false, doing nothing, where the engine has no such input: Firefox's
 * BiDi has no pen ("Unimplemented pointerMove for pointerType pen"), and
 * WebKitGTK's driver turns touch actions into mouse events.
 */
async function pointer(browser, session, {pointerType, steps}, cdpSessions) {
  const engine =
    browser.type === 'webdriver'
      ? 'webkit'
      : browser.name === 'Chrome'
        ? 'chromium'
        : 'firefox';
  if (
    (engine === 'firefox' && pointerType === 'pen') ||
    (engine === 'webkit' && pointerType === 'touch')
  ) {
    return false;
  }
  if (engine === 'chromium') {
    const page = browser.getPage(session.id);
    if (!cdpSessions.has(page))
      cdpSessions.set(page, await page.createCDPSession());
    const cdp = cdpSessions.get(page);
    // Without touch emulation, headless Chromium skips gesture detection: touch-action is ignored and nothing scrolls.
    if (pointerType === 'touch')
      await cdp.send('Emulation.setTouchEmulationEnabled', {
        enabled: true,
        maxTouchPoints: 5,
      });
    {
      for (const {type, x, y} of steps) {
        if (pointerType === 'touch') {
          // A finger that stops before it lifts: no fling scrolls the page after the test.
          if (type === 'up') {
            await new Promise((resolve) => setTimeout(resolve, 100));
            await cdp.send('Input.dispatchTouchEvent', {
              type: 'touchMove',
              touchPoints: [{x, y, id: 1}],
            });
          }
          await cdp.send('Input.dispatchTouchEvent', {
            type: {down: 'touchStart', move: 'touchMove', up: 'touchEnd'}[type],
            touchPoints: type === 'up' ? [] : [{x, y, id: 1}],
          });
        } else {
          await cdp.send('Input.dispatchMouseEvent', {
            type: {
              down: 'mousePressed',
              move: 'mouseMoved',
              up: 'mouseReleased',
            }[type],
            x,
            y,
            button: 'left',
            buttons: type === 'up' ? 0 : 1,
            clickCount: 1,
            pointerType,
          });
        }
      }
    }
    return true;
  }
  const actions = steps.map(({type, x, y}) =>
    type === 'down'
      ? [
          {
            type: 'pointerMove',
            x: Math.round(x),
            y: Math.round(y),
            duration: 0,
          },
          {type: 'pointerDown', button: 0},
        ]
      : type === 'move'
        ? [
            {
              type: 'pointerMove',
              x: Math.round(x),
              y: Math.round(y),
              duration: 16,
            },
          ]
        : [{type: 'pointerUp', button: 0}]
  );
  const sequence = [
    {
      type: 'pointer',
      id: `${pointerType}1`,
      parameters: {pointerType},
      actions: actions.flat(),
    },
  ];
  if (engine === 'firefox') {
    // Firefox over BiDi: puppeteer has no public pen API, so send input.performActions itself.
    const context = browser.getPage(session.id).mainFrame().browsingContext;
    await context.performActions(sequence);
    await context.releaseActions();
  } else {
    const wd = browser.driver;
    await wd.performActions(sequence);
    await wd.releaseActions();
  }
  return true;
}

/** Prints 'N passed, N failed, N skipped' alone on the last line (tests × browsers; a file that fails to load counts as failed). */
function totalsReporter() {
  let sessions = [];
  const count = (suite, t) => {
    for (const test of suite.tests)
      t[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
    suite.suites.forEach((s) => count(s, t));
  };
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop() {
      const total = {passed: 0, failed: 0, skipped: 0};
      for (const s of sessions) {
        const t = {passed: 0, failed: 0, skipped: 0};
        if (s.testResults) count(s.testResults, t);
        total.passed += t.passed;
        total.skipped += t.skipped;
        total.failed += t.failed || (s.passed ? 0 : 1);
      }
      process.once('exit', () =>
        console.log(
          `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`
        )
      );
    },
  };
}

/** `/slow/MS/path` serves `/path` after MS milliseconds: an image on a slow network. */
async function slowResponses(ctx, next) {
  const match = /^\/slow\/(\d+)(\/.*)$/.exec(ctx.url);
  if (!match) return next();
  await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
  ctx.url = match[2];
  return next();
}

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  middleware: [slowResponses, cspMiddleware],
  // Keep Lit's dev-mode warnings (they flag real mistakes); drop only its banner.
  filterBrowserLogs: ({args}) =>
    !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({ts: true, tsconfig: 'tsconfig.json'}),
    crossBrowserCommands(),
    (await import('./test/runner/publish.mjs')).publishCommand,
  ],
  browsers,
  // Per browser: with 2 pages in one browser, sendMouse/setViewport in the background page hang.
  concurrency: 1,
  browserStartTimeout: 60000,
  // GREP=pattern runs only the matching tests while developing.
  testFramework: {
    config: {timeout: 10000, ...(process.env.GREP && {grep: process.env.GREP})},
  },
  reporters: [defaultReporter(), totalsReporter()],
  coverageConfig: {include: ['src/**/*.ts']},
};
