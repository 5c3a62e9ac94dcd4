import {nextFrame} from '@open-wc/testing';

/*
 * Waiting for what a page does in its own time: a condition, images.
 */

/**
 * Resolves to what `check` returns (or resolves to) at the first animation
 * frame where that is truthy; fails after `timeout` ms, naming `what` (a
 * function is called then, so the message can give the values at the end). The
 * 5 s default leaves room for a page load on a busy machine with three
 * browsers running (waitUntil's 1 s does not).
 */
export async function until<T>(
  check: () => T | Promise<T>,
  what: string | (() => string),
  timeout = 5000
): Promise<NonNullable<T>> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() > end)
      throw new Error(
        `Timed out: ${typeof what === 'function' ? what() : what}`
      );
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Resolves once each image has loaded (and decoded) or failed, and the failure was handled. */
export async function settled(...images: HTMLImageElement[]): Promise<void> {
  await Promise.all(
    images.map(async (img) => {
      if (!img.complete) {
        await new Promise((resolve) => {
          img.addEventListener('load', resolve, {once: true});
          img.addEventListener('error', resolve, {once: true});
        });
      }
      await img.decode().catch(() => undefined);
    })
  );
  await nextFrame();
}
