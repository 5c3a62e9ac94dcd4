// The engines to run, from Debian's packages only (nothing is downloaded; see
// README.md beside this file for why each launcher): Chromium and Firefox through
// puppeteer-core (CDP and WebDriver BiDi), WebKit through WebKitWebDriver.
import {chromeLauncher} from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import {webkitLauncher} from './webkit.mjs';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER =
  process.env.MINIBROWSER_PATH ??
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Launchers for a comma-separated list of chromium, firefox, webkit. */
export async function browsers(names = 'chromium,firefox,webkit') {
  const want = new Set(names.split(','));
  const list = [];
  if (want.has('chromium'))
    list.push(
      chromeLauncher({
        launchOptions: {
          executablePath: CHROMIUM,
          args: [
            // CI runs as root. Coverage (V8) comes from this launcher only.
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
  if (want.has('firefox'))
    // puppeteer-core drives Firefox over WebDriver BiDi, so no geckodriver is needed.
    list.push(
      chromeLauncher({
        puppeteer,
        launchOptions: {browser: 'firefox', executablePath: FIREFOX},
      })
    );
  if (want.has('webkit'))
    list.push(await webkitLauncher({binary: MINIBROWSER}));
  return list;
}
