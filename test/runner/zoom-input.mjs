// The server side of test/helpers/zoom.ts: the input the zoom tests need and
// no stock command sends, through each engine's own input pipeline:
//   wheel      a wheel turn over a point, with modifier keys held (Ctrl+wheel)
//   dblclick   a real double-click (the second press has click count 2)
//   pinch      two fingers at once (CDP touch in Chromium, BiDi in Firefox)
// An engine whose driver cannot send the input answers false, doing nothing,
// and the test skips, saying why where it is written.
import {cdp, enableTouchEmulation, engineOf} from './cdp.mjs';

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const page = ({browser, session}) => browser.getPage(session.id);
/** WebDriver's key values for the modifiers a test may hold. */
const KEY = {Control: '\uE009', Meta: '\uE03D', Shift: '\uE008', Alt: '\uE00A'};

/** One tick of a WebDriver key source that holds `modifiers` while the others act. */
function keySource(modifiers, ticks) {
  const actions = [
    ...modifiers.map((key) => ({type: 'keyDown', value: KEY[key]})),
    ...Array(ticks).fill({type: 'pause', duration: 0}),
    ...modifiers.map((key) => ({type: 'keyUp', value: KEY[key]})),
  ];
  return {type: 'key', id: 'zoom-keyboard', actions};
}

/** Where a puppeteer page or the WebDriver session takes WebDriver actions (Firefox BiDi, WebKit classic). */
function actionsTarget(ctx) {
  return ctx.engine === 'firefox'
    ? page(ctx).mainFrame().browsingContext
    : ctx.browser.driver; // private field of WebdriverLauncher: keep the version pinned
}

export const zoomCommands = {
  /** {x, y, deltaY, deltaX?, modifiers?, count?}: `count` (1) wheel events at (x, y) in a burst, modifiers held. */
  async wheel(ctx) {
    const {x, y, deltaX = 0, deltaY, modifiers = [], count = 1} = ctx.payload;
    if (ctx.engine === 'chromium') {
      const {mouse, keyboard} = page(ctx);
      for (const key of modifiers) await keyboard.down(key);
      await mouse.move(x, y);
      // puppeteer sends Input.dispatchMouseEvent type mouseWheel with the held modifiers.
      for (let i = 0; i < count; i++) await mouse.wheel({deltaX, deltaY});
      for (const key of modifiers.toReversed()) await keyboard.up(key);
      return true;
    }
    const pad = modifiers.length;
    const wheel = {
      type: 'wheel',
      id: 'zoom-wheel',
      actions: [
        ...Array(pad).fill({type: 'pause', duration: 0}),
        ...Array(count).fill({
          type: 'scroll',
          x: Math.round(x),
          y: Math.round(y),
          deltaX,
          deltaY,
          duration: 0,
          origin: 'viewport',
        }),
        ...Array(pad).fill({type: 'pause', duration: 0}),
      ],
    };
    // WebKitGTK's driver dispatches the wheel event without the held keys
    // (ctrlKey false, whether the keys go in the same actions or before).
    if (ctx.engine === 'webkit' && pad) return false;
    const target = actionsTarget(ctx);
    const sources = pad ? [keySource(modifiers, count), wheel] : [wheel];
    await target.performActions(sources);
    await target.releaseActions();
    return true;
  },

  /** {x, y}: a double-click with the left button. */
  async dblclick(ctx) {
    const {x, y} = ctx.payload;
    if (ctx.engine !== 'webkit') {
      // Presses with click count 1 then 2, as a real double-click (two
      // sendMouse clicks are two single clicks to Chromium).
      await page(ctx).mouse.click(x, y, {count: 2});
      return true;
    }
    const press = [
      {type: 'pointerDown', button: 0},
      {type: 'pointerUp', button: 0},
    ];
    await ctx.browser.driver.performActions([
      {
        type: 'pointer',
        id: 'zoom-mouse',
        parameters: {pointerType: 'mouse'},
        actions: [
          {type: 'pointerMove', x: Math.round(x), y: Math.round(y)},
          ...press,
          ...press,
        ],
      },
    ]);
    await ctx.browser.driver.releaseActions();
    return true;
  },

  /**
   * {steps: [[x1, y1, x2, y2], ...]}: two fingers down at the first step,
   * moved through the others together, lifted at the last one: CDP touch in
   * Chromium, two BiDi touch pointers in Firefox. WebKitGTK's driver turns
   * touch actions into mouse events, so it answers false there.
   */
  async pinch(ctx) {
    const {steps} = ctx.payload;
    if (ctx.engine === 'webkit') return false;
    if (ctx.engine === 'firefox') {
      const at = (step, i) => ({
        x: Math.round(step[2 * i]),
        y: Math.round(step[2 * i + 1]),
      });
      const finger = (i) => ({
        type: 'pointer',
        id: `zoom-finger${i + 1}`,
        parameters: {pointerType: 'touch'},
        actions: [
          {type: 'pointerMove', ...at(steps[0], i), duration: 0},
          {type: 'pointerDown', button: 0},
          ...steps.slice(1).map((step) => ({
            type: 'pointerMove',
            ...at(step, i),
            duration: 16,
          })),
          {type: 'pointerUp', button: 0},
        ],
      });
      const target = actionsTarget(ctx);
      await target.performActions([finger(0), finger(1)]);
      await target.releaseActions();
      return true;
    }
    const p = page(ctx);
    const session = await cdp(p);
    await enableTouchEmulation(p);
    const points = ([x1, y1, x2, y2]) => [
      {x: x1, y: y1, id: 1},
      {x: x2, y: y2, id: 2},
    ];
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: points(steps[0]),
    });
    for (const step of steps.slice(1)) {
      await session.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: points(step),
      });
    }
    // Fingers that stop before they lift: no fling after the test.
    await wait(100);
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: points(steps.at(-1)),
    });
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchEnd',
      touchPoints: [],
    });
    return true;
  },
};

/** The wtr plugin for these commands; undefined leaves other commands to other plugins. */
export function zoomInputPlugin(handlers = zoomCommands) {
  return {
    name: 'zoom-input-commands',
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
