import {expect} from '@open-wc/testing';
import {resetMouse as releaseMouse} from '@web/test-runner-commands';

/*
 * The one console and error trap every test file installs: a test fails if
 * anything during it throws where no one catches it, leaves a promise rejection
 * unhandled, or logs console.error or console.warn (Lit's dev-mode warnings
 * are warnings, and they flag real mistakes). A page a test loads in an
 * iframe is a realm of its own: `watchFrame` sets the same trap in it.
 *
 * A failed request is none of these: a 404 logs no console call and fires no
 * error event on the window (an image's or a fetch's failure stays with the
 * element or the promise), so the trap lets it pass. @web/test-runner lists
 * the 404s it served under the file's results instead; a test that asks for a
 * missing file on purpose says so where it does.
 */

export interface ConsoleGuard {
  /** What the current test has trapped so far, for a test that checks as it goes. */
  readonly errors: readonly unknown[];
}

/** The running test's trap for another window; unset outside a guarded test. */
let trapFrame: ((win: Window) => void) | undefined;

/**
 * Installs the trap as mocha beforeEach/afterEach hooks of the calling suite
 * (call it at the top of a test file). With `resetMouse`, the mouse is
 * released after each test, before the check, so what the release causes is
 * checked too.
 */
export function guardConsole({resetMouse = false} = {}): ConsoleGuard {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) =>
    errors.push('reason' in e ? e.reason : (e.error ?? e.message));
  let releases: (() => void)[] = [];

  /** Traps `win`'s errors and console; the returned function puts them back. */
  const trap = (win: Window) => {
    // console is a global of the window's realm, not a member of the Window type.
    const console = (win as unknown as typeof globalThis).console;
    const {error, warn} = console;
    win.addEventListener('error', onError);
    win.addEventListener('unhandledrejection', onError);
    console.error = (...args: unknown[]) => errors.push(['error', ...args]);
    console.warn = (...args: unknown[]) => errors.push(['warn', ...args]);
    return () => {
      console.error = error;
      console.warn = warn;
      try {
        win.removeEventListener('error', onError);
        win.removeEventListener('unhandledrejection', onError);
      } catch {
        // A frame that has since gone to another origin: its new page was never trapped.
      }
    };
  };

  beforeEach(() => {
    errors.length = 0;
    releases = [trap(window)];
    trapFrame = (win) => releases.push(trap(win));
  });

  afterEach(async () => {
    if (resetMouse) await releaseMouse();
    trapFrame = undefined;
    for (const release of releases.splice(0)) release();
    expect(errors, 'errors and warnings').to.deep.equal([]);
  });

  return {errors};
}

/**
 * Sets the running test's trap in the window of a same-origin iframe, from
 * now until the test ends: for pages a test loads (the embed page, the
 * builder, a host page with a snippet pasted in).
 */
export function watchFrame(win: Window): void {
  if (!trapFrame)
    throw new Error('watchFrame: no guardConsole() test is running');
  trapFrame(win);
}
