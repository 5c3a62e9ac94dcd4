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
  private _current: HintState = 'idle';
  private _observer: IntersectionObserver | undefined;
  private _frame = 0;
  private _drawn = 0;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _options: HintOptions
  ) {
    _host.addController(this);
  }

  get state(): HintState {
    return this._current;
  }

  /** Percent to add to the value where the divider is drawn. */
  get offset(): number {
    return this._drawn;
  }

  hostConnected(): void {
    this._arm();
  }

  hostUpdated(): void {
    this._arm();
  }

  hostDisconnected(): void {
    if (this._current === 'playing') this.cancel();
    else if (this._current === 'armed') this._disarm('idle');
  }

  /** The reader took over: no hint now or later. */
  cancel(): void {
    if (this._current === 'done') return;
    const moving = this._drawn !== 0;
    this._disarm('done');
    if (moving) this._host.requestUpdate();
  }

  private _arm(): void {
    if (this._current !== 'idle' || !this._options.wanted()) return;
    if (!this._host.isConnected) return;
    this._current = 'armed';
    this._observer = new IntersectionObserver(this._handleIntersection, {
      threshold: 0.6,
    });
    this._observer.observe(this._host);
  }

  private _disarm(next: HintState): void {
    this._observer?.disconnect();
    this._observer = undefined;
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    this._drawn = 0;
    this._current = next;
  }

  private _handleIntersection = ([
    entry,
  ]: IntersectionObserverEntry[]): void => {
    if (!entry?.isIntersecting || this._current !== 'armed') return;
    if (
      !this._options.wanted() ||
      matchMedia('(prefers-reduced-motion: reduce)').matches
    ) {
      this._disarm('done');
      return;
    }
    this._observer?.disconnect();
    this._observer = undefined;
    this._current = 'playing';
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / DURATION_MS);
      // One and a half swings, fading out: towards the start edge, past the middle, and home.
      const swing =
        Math.round(-DISTANCE * Math.sin(t * 3 * Math.PI) * (1 - t) * 100) / 100;
      const value = this._options.value();
      this._drawn = t < 1 ? clamp(value + swing) - value : 0;
      if (t < 1) this._frame = requestAnimationFrame(frame);
      else this._disarm('done');
      this._host.requestUpdate();
    };
    this._frame = requestAnimationFrame(frame);
  };
}
