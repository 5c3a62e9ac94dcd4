// The touch and pen driver behind the `pointer` command: real input through
// each engine's own pipeline (CDP Input.dispatch* in Chromium, BiDi
// input.performActions in Firefox, WebDriver actions in WebKit), because no
// stock wtr command has touch or pen.
import {cdp, enableTouchEmulation} from './cdp.mjs';

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs steps [{type: 'down'|'move'|'up', x, y}] as a touch or pen gesture.
 * Answers false, doing nothing, where the engine has no such input: Firefox's
 * BiDi has no pen ("Unimplemented pointerMove for pointerType pen"), and
 * WebKitGTK's driver turns touch actions into mouse events.
 */
export async function gesture(
  {browser, session, engine},
  {pointerType, steps}
) {
  if (
    (engine === 'firefox' && pointerType === 'pen') ||
    (engine === 'webkit' && pointerType === 'touch')
  )
    return false;
  if (engine === 'chromium') {
    await chromiumGesture(browser.getPage(session.id), pointerType, steps);
    return true;
  }
  const sequence = [
    {
      type: 'pointer',
      id: `${pointerType}1`,
      parameters: {pointerType},
      actions: steps.flatMap(webdriverAction),
    },
  ];
  // Firefox over BiDi: puppeteer has no public pen API, so send input.performActions itself.
  const actions =
    engine === 'firefox'
      ? browser.getPage(session.id).mainFrame().browsingContext
      : browser.driver; // private field of WebdriverLauncher: keep the version pinned
  await actions.performActions(sequence);
  await actions.releaseActions();
  return true;
}

async function chromiumGesture(page, pointerType, steps) {
  const session = await cdp(page);
  if (pointerType === 'touch') await enableTouchEmulation(page);
  for (const {type, x, y} of steps) {
    if (pointerType !== 'touch') {
      await session.send('Input.dispatchMouseEvent', {
        type: {down: 'mousePressed', move: 'mouseMoved', up: 'mouseReleased'}[
          type
        ],
        x,
        y,
        button: 'left',
        buttons: type === 'up' ? 0 : 1,
        clickCount: 1,
        pointerType,
      });
      continue;
    }
    // A finger that stops before it lifts: no fling scrolls the page after the test.
    if (type === 'up') {
      await wait(100);
      await session.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{x, y, id: 1}],
      });
    }
    await session.send('Input.dispatchTouchEvent', {
      type: {down: 'touchStart', move: 'touchMove', up: 'touchEnd'}[type],
      touchPoints: type === 'up' ? [] : [{x, y, id: 1}],
    });
  }
}

/** One step as WebDriver pointer actions (whole pixels: drivers refuse fractions). */
function webdriverAction({type, x, y}) {
  const move = (duration) => ({
    type: 'pointerMove',
    x: Math.round(x),
    y: Math.round(y),
    duration,
  });
  if (type === 'down') return [move(0), {type: 'pointerDown', button: 0}];
  if (type === 'move') return [move(16)];
  return [{type: 'pointerUp', button: 0}];
}
