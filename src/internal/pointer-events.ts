let ready: Promise<boolean> | undefined;

/**
 * Resolves once Pointer Events work, with `true` if the polyfill had to be
 * loaded. Browsers that have them (every current one) resolve at once and
 * never download the polyfill; the rest fetch it once for the whole page.
 */
export function pointerEventsReady(): Promise<boolean> {
  ready ??=
    typeof window.PointerEvent === 'function'
      ? Promise.resolve(false)
      : // The package's ES module source; its dist/ is a UMD bundle.
        import('pointer-events-polyfill/src/pointerevents.js').then(
          () => true,
          // Without it the slider still works from the keyboard.
          () => false
        );
  return ready;
}
