import {executeServerCommand} from '@web/test-runner-commands';

/** Resizes the page's viewport in every engine (the stock setViewport has no webdriver support). */
export const setViewport = (size: {width: number; height: number}) =>
  executeServerCommand('viewport', size);

/** Presses a key chord, e.g. chord('Shift', 'ArrowRight'), in every engine. */
export const chord = (...keys: string[]) =>
  executeServerCommand('chord', {keys});

export interface PointerStep {
  type: 'down' | 'move' | 'up';
  x: number;
  y: number;
}

/** A real touch or pen gesture through the engine's input pipeline (CDP, BiDi or WebDriver actions). */
export const pointerGesture = (
  pointerType: 'touch' | 'pen',
  steps: PointerStep[]
) =>
  executeServerCommand<boolean, {pointerType: string; steps: PointerStep[]}>(
    'pointer',
    {pointerType, steps}
  );

/**
 * Emulates media features such as `forced-colors` or `prefers-reduced-motion`.
 * Resolves to false in engines whose driver cannot (Firefox, WebKit).
 */
export const emulateMediaFeatures = (features: Record<string, string>) =>
  executeServerCommand<boolean, Record<string, string>>('media', features);

/**
 * Renders the page as `print` media (or back to the screen with `''`).
 * Resolves to false in engines whose driver cannot (Firefox, WebKit).
 */
export const emulateMediaType = (type: 'print' | '') =>
  executeServerCommand<boolean, {type: string}>('media-type', {type});

/**
 * Slows the page's CPU `rate` times (4 is a mid-range phone), or back to
 * full speed with 1. Resolves to false in engines whose driver cannot
 * (Firefox, WebKit). A test that throttles puts it back to 1 in an
 * `after` hook or a `finally`: the setting outlives the test.
 */
export const throttleCpu = (rate: number) =>
  executeServerCommand<boolean, {rate: number}>('cpu-throttle', {rate});

/** The engine running the test, for the few engine exceptions (each says why where it is used). */
export const engine: 'chromium' | 'firefox' | 'webkit' =
  navigator.userAgent.includes('Firefox/')
    ? 'firefox'
    : navigator.userAgent.includes('Chrome/')
      ? 'chromium'
      : 'webkit';

export interface DomCounters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

/** Collects garbage and reads the renderer's DOM counters: Chromium only (null elsewhere). */
export const collectGarbage = () =>
  executeServerCommand<DomCounters | null, unknown>('gc');

/** Gives the page a touch screen (Chromium only; false elsewhere). */
export const enableTouchEmulation = () =>
  executeServerCommand<boolean, unknown>('touch-emulation');
