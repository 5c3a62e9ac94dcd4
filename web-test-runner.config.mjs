// @web/test-runner in Chromium, Firefox and WebKit with Debian's browsers only
// (nothing is downloaded). The parts live in test/runner/, one module per job:
//   browsers.mjs, webkit.mjs   the three launchers (WebKit on a private Xvfb)
//   commands.mjs               viewport, chord, gc, touch-emulation, media, media-type,
//                              cpu-throttle, pointer
//   gestures.mjs, cdp.mjs      the touch and pen driver; one CDP session per page
//   zoom-input.mjs             wheel (with modifiers), dblclick, pinch for the zoom tests
//   middleware.mjs, csp.mjs    slow images, raw .d.ts, the embed's CSP
//   publish.mjs                runs the publish command for test/publish.test.ts
//   ssr.mjs                    renders a page on the server for test/ssr.test.ts
//   totals-reporter.mjs        the 'N passed, N failed, N skipped' last line
// BROWSERS=chromium,firefox,webkit picks engines (all three by default);
// GREP=pattern runs only the matching tests while developing.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {browsers} from './test/runner/browsers.mjs';
import {commandsPlugin} from './test/runner/commands.mjs';
import {zoomInputPlugin} from './test/runner/zoom-input.mjs';
import {publishCommand} from './test/runner/publish.mjs';
import {ssrCommand} from './test/runner/ssr.mjs';
import {cspMiddleware} from './test/runner/csp.mjs';
import {declarationsAsText, slowResponses} from './test/runner/middleware.mjs';
import {totalsReporter} from './test/runner/totals-reporter.mjs';

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  middleware: [slowResponses, declarationsAsText, cspMiddleware],
  // Keep Lit's dev-mode warnings (they flag real mistakes); drop only its banner.
  filterBrowserLogs: ({args}) =>
    !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({ts: true, tsconfig: 'tsconfig.json'}),
    commandsPlugin(),
    zoomInputPlugin(),
    publishCommand,
    ssrCommand,
  ],
  browsers: await browsers(process.env.BROWSERS),
  // Per browser: with 2 pages in one browser, sendMouse/setViewport in the background page hang.
  concurrency: 1,
  browserStartTimeout: 60000,
  testFramework: {
    config: {timeout: 10000, ...(process.env.GREP && {grep: process.env.GREP})},
  },
  // Off a terminal (CI), a progress bar every 10 s is most of the log: leave it out.
  reporters: [
    defaultReporter({reportTestProgress: Boolean(process.stdout.isTTY)}),
    totalsReporter(),
  ],
  coverageConfig: {include: ['src/**/*.ts']},
};
