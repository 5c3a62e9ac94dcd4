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
  private current: HintState = 'idle';
  private observer: IntersectionObserver | undefined;
  private frame = 0;
  private drawn = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: HintOptions
  ) {
    host.addController(this);
  }

  get state(): HintState {
    return this.current;
  }

  /** Percent to add to the value where the divider is drawn. */
  get offset(): number {
    return this.drawn;
  }

  hostConnected(): void {
    this.arm();
  }

  hostUpdated(): void {
    this.arm();
  }

  hostDisconnected(): void {
    if (this.current === 'playing') this.cancel();
    else if (this.current === 'armed') this.disarm('idle');
  }

  /** The reader took over: no hint now or later. */
  cancel(): void {
    if (this.current === 'done') return;
    const moving = this.drawn !== 0;
    this.disarm('done');
    if (moving) this.host.requestUpdate();
  }

  private arm(): void {
    if (this.current !== 'idle' || !this.options.wanted()) return;
    if (!this.host.isConnected) return;
    this.current = 'armed';
    this.observer = new IntersectionObserver(this.handleIntersection, {
      threshold: 0.6,
    });
    this.observer.observe(this.host);
  }

  private disarm(next: HintState): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.drawn = 0;
    this.current = next;
  }

  private handleIntersection = ([entry]: IntersectionObserverEntry[]): void => {
    if (!entry?.isIntersecting || this.current !== 'armed') return;
    if (
      !this.options.wanted() ||
      matchMedia('(prefers-reduced-motion: reduce)').matches
    ) {
      this.disarm('done');
      return;
    }
    this.observer?.disconnect();
    this.observer = undefined;
    this.current = 'playing';
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / DURATION_MS);
      // One and a half swings, fading out: towards the start edge, past the middle, and home.
      const swing =
        Math.round(-DISTANCE * Math.sin(t * 3 * Math.PI) * (1 - t) * 100) / 100;
      const value = this.options.value();
      this.drawn = t < 1 ? clamp(value + swing) - value : 0;
      if (t < 1) this.frame = requestAnimationFrame(frame);
      else this.disarm('done');
      this.host.requestUpdate();
    };
    this.frame = requestAnimationFrame(frame);
  };
}
