declare module 'pointer-events-polyfill/src/pointerevents.js';

/** Scroll-driven animations (Chromium 115, Safari 26), not yet in TypeScript's DOM types. */
declare class ViewTimeline extends AnimationTimeline {
  constructor(options: {
    subject: Element;
    axis?: 'block' | 'inline' | 'x' | 'y';
  });
  readonly source: Element | null;
}
