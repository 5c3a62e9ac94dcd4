// The server side of test/helpers/commands.ts: the commands the stock wtr
// plugins lack or cannot do in all three engines, as a name → handler map.
// Each handler gets {payload, browser, session, engine}; an engine without the
// capability answers false and the test skips, saying why where it is written.
import {cdp, enableTouchEmulation, engineOf} from './cdp.mjs';
import {gesture} from './gestures.mjs';

const page = ({browser, session}) => browser.getPage(session.id);

export const commands = {
  /** {width, height}: setViewport in every engine (the stock one has no webdriver support). */
  async viewport(ctx) {
    const {width, height} = ctx.payload;
    if (ctx.engine !== 'webkit') {
      await page(ctx).setViewport({width, height});
      return true;
    }
    // The window rect includes MiniBrowser's toolbar and GTK resizes asynchronously:
    // add the toolbar's size, then wait until the page sees the new viewport.
    const wd = ctx.browser.driver; // private field of WebdriverLauncher: keep the version pinned
    const measure = () =>
      wd.execute(() => [innerWidth, innerHeight, outerWidth, outerHeight]);
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
    return true;
  },

  /** {keys}: hold the first keys, press the last (puppeteer has no 'Shift+ArrowRight'). */
  async chord(ctx) {
    const {keys} = ctx.payload;
    if (ctx.engine === 'webkit') {
      await ctx.browser.sendKeys(ctx.session.id, keys); // wdio keys(): modifiers held, then released
      return true;
    }
    const kb = page(ctx).keyboard;
    for (const k of keys.slice(0, -1)) await kb.down(k);
    await kb.press(keys.at(-1));
    for (const k of keys.slice(0, -1).reverse()) await kb.up(k);
    return true;
  },

  /** A full GC, then {documents, nodes, jsEventListeners} (Chromium only). */
  async gc(ctx) {
    if (ctx.engine !== 'chromium') return false;
    const session = await cdp(page(ctx));
    await session.send('HeapProfiler.collectGarbage');
    return session.send('Memory.getDOMCounters');
  },

  /** A touch screen for the page (Chromium only). */
  async 'touch-emulation'(ctx) {
    if (ctx.engine !== 'chromium') return false;
    await enableTouchEmulation(page(ctx));
    return true;
  },

  /**
   * {feature: value}: emulated media features (Chromium only). The stock
   * emulateMedia and puppeteer refuse forced-colors, and neither Firefox's BiDi
   * nor WebKitGTK's driver can emulate media features.
   */
  async media(ctx) {
    if (ctx.engine !== 'chromium') return false;
    const features = Object.entries(ctx.payload).map(([name, value]) => ({
      name,
      value,
    }));
    await (await cdp(page(ctx))).send('Emulation.setEmulatedMedia', {features});
    return true;
  },

  /**
   * {type}: the emulated media type, 'print' or '' for the default (Chromium
   * only: Firefox's BiDi and WebKitGTK's driver can print to PDF but not
   * render the page as print media for the test to measure).
   */
  async 'media-type'(ctx) {
    if (ctx.engine !== 'chromium') return false;
    await page(ctx).emulateMediaType(ctx.payload.type || null);
    return true;
  },

  /**
   * {rate}: slows the page's CPU `rate` times, as a slower phone would run
   * it; 1 puts it back (Chromium only: CDP Emulation.setCPUThrottlingRate,
   * which lasts as long as the page's CDP session; Firefox's BiDi and
   * WebKitGTK's driver have no such thing).
   */
  async 'cpu-throttle'(ctx) {
    if (ctx.engine !== 'chromium') return false;
    await (
      await cdp(page(ctx))
    ).send('Emulation.setCPUThrottlingRate', {rate: ctx.payload.rate});
    return true;
  },

  /** {pointerType, steps}: a real touch or pen gesture (see gestures.mjs). */
  pointer: (ctx) => gesture(ctx, ctx.payload),
};

/** The wtr plugin that runs the map; undefined leaves other commands to other plugins. */
export function commandsPlugin(handlers = commands) {
  return {
    name: 'cross-browser-commands',
    executeCommand({command, payload, session}) {
      if (!Object.hasOwn(handlers, command)) return undefined;
      const {browser} = session;
      return handlers[command]({
        payload,
        browser,
        session,
        engine: engineOf(browser),
      });
    },
  };
}
