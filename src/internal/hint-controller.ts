import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {clamp} from './value.js';

/**
 * idle: not wanted yet, or waiting to be connected; armed: watching for the
 * element to come into view; playing: swinging; done: played or cancelled,
 * for good (moving the element in the page does not play it again).
 */
export type HintState = 'idle' | 'armed' | 'playing' | 'done';

export interface HintOptions {
  /** Whether the page asked for a hint (the `hint` attribute). */
  wanted(): boolean;
  /** The value the swing is drawn around; the offset keeps value + offset within 0–100. */
  value(): number;
}

const DURATION_MS = 1200;
/** How far the swing goes, in percent. */
const DISTANCE = 8;

/**
 * A one-time nudge of the divider when the comparison first comes into view,
 * to show that it can be dragged. It is drawn as an offset from the value and
 * never reported. Skipped under reduced motion.
 */
export class HintController implements ReactiveController {
  private __current: HintState = 'idle';
  private __observer: IntersectionObserver | undefined;
  private __frame = 0;
  private __drawn = 0;

  constructor(
    private readonly __host: ReactiveControllerHost & HTMLElement,
    private readonly __options: HintOptions
  ) {
    __host.addController(this);
  }

  get state(): HintState {
    return this.__current;
  }

  /** Percent to add to the value where the divider is drawn. */
  get offset(): number {
    return this.__drawn;
  }

  hostConnected(): void {
    this.__arm();
  }

  hostUpdated(): void {
    this.__arm();
  }

  hostDisconnected(): void {
    if (this.__current === 'playing') this.cancel();
    else if (this.__current === 'armed') this.__disarm('idle');
  }

  /** The reader took over: no hint now or later. */
  cancel(): void {
    if (this.__current === 'done') return;
    const moving = this.__drawn !== 0;
    this.__disarm('done');
    if (moving) this.__host.requestUpdate();
  }

  private __arm(): void {
    if (this.__current !== 'idle' || !this.__options.wanted()) return;
    if (!this.__host.isConnected) return;
    this.__current = 'armed';
    this.__observer = new IntersectionObserver(this.__handleIntersection, {
      threshold: 0.6,
    });
    this.__observer.observe(this.__host);
  }

  private __disarm(next: HintState): void {
    this.__observer?.disconnect();
    this.__observer = undefined;
    cancelAnimationFrame(this.__frame);
    this.__frame = 0;
    this.__drawn = 0;
    this.__current = next;
  }

  private __handleIntersection = ([
    entry,
  ]: IntersectionObserverEntry[]): void => {
    if (!entry?.isIntersecting || this.__current !== 'armed') return;
    if (
      !this.__options.wanted() ||
      matchMedia('(prefers-reduced-motion: reduce)').matches
    ) {
      this.__disarm('done');
      return;
    }
    this.__observer?.disconnect();
    this.__observer = undefined;
    this.__current = 'playing';
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / DURATION_MS);
      // One and a half swings, fading out: towards the start edge, past the middle, and home.
      const swing =
        Math.round(-DISTANCE * Math.sin(t * 3 * Math.PI) * (1 - t) * 100) / 100;
      const value = this.__options.value();
      this.__drawn = t < 1 ? clamp(value + swing) - value : 0;
      if (t < 1) this.__frame = requestAnimationFrame(frame);
      else this.__disarm('done');
      this.__host.requestUpdate();
    };
    this.__frame = requestAnimationFrame(frame);
  };
}
