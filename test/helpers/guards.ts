import {expect} from '@open-wc/testing';
import {resetMouse as releaseMouse} from '@web/test-runner-commands';

/*
 * The one console and error trap every test file installs: a test fails if
 * anything during it throws where no one catches it, leaves a promise rejection
 * unhandled, or logs console.error or console.warn (Lit's dev-mode warnings
 * are warnings, and they flag real mistakes).
 */

export interface ConsoleGuard {
  /** What the current test has trapped so far, for a test that checks as it goes. */
  readonly errors: readonly unknown[];
}

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
  const {error, warn} = console;

  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    console.error = (...args: unknown[]) => errors.push(['error', ...args]);
    console.warn = (...args: unknown[]) => errors.push(['warn', ...args]);
  });

  afterEach(async () => {
    if (resetMouse) await releaseMouse();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    console.error = error;
    console.warn = warn;
    expect(errors, 'errors and warnings').to.deep.equal([]);
  });

  return {errors};
}
