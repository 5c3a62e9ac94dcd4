import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {isRtl, labelExtents, type Measures} from './geometry.js';

export interface BoxOptions {
  track: () => HTMLElement | null;
  divider: () => HTMLElement | null;
  handle: () => HTMLElement | null;
  labels: () => [HTMLElement | null, HTMLElement | null];
  vertical: () => boolean;
  /** Called with fresh measures; the host redraws with them. */
  measured: (measures: Measures) => void;
}

/** Clear space between a label and the divider's edge, and the fade's length, in px. */
const AIR = 2;
const FADE = 12;

/**
 * Measures, once per resize, the few lengths that drawing a position needs
 * in px: the box's, the handle's (so it stops inside the box) and how far
 * each label reaches (so it fades before the divider gets there). It reads
 * layout when the box, the handle or a label changes size (a
 * ResizeObserver) or the orientation flips: never during a drag. A flip of
 * direction needs nothing: lengths are measured from the inline-start edge,
 * so they read the same both ways.
 */
export class BoxController implements ReactiveController {
  private _observer?: ResizeObserver;
  private _watching = false;
  private _measuredVertical?: boolean;

  constructor(
    private readonly _host: ReactiveControllerHost & {hasUpdated: boolean},
    private readonly _options: BoxOptions
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this._observer = new ResizeObserver(() => this._measure());
    // On reconnection (no update follows); the first time, hostUpdated does it.
    if (this._host.hasUpdated) this._watch();
  }

  hostUpdated(): void {
    if (!this._watching) this._watch();
    else if (this._options.vertical() !== this._measuredVertical)
      this._measure();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._watching = false;
  }

  /** Observes the box, the handle and both labels; the first notification measures. */
  private _watch(): void {
    const {track, handle, labels} = this._options;
    const box = track();
    if (!this._observer || !box) return;
    for (const element of [box, handle(), ...labels()])
      if (element) this._observer.observe(element);
    this._watching = true;
  }

  private _measure(): void {
    const track = this._options.track();
    if (!track) return;
    const vertical = this._options.vertical();
    const length = (element: Element | null | undefined) => {
      const box = element?.getBoundingClientRect();
      return box ? (vertical ? box.height : box.width) : 0;
    };
    const [before, after] = this._options.labels();
    const box = track.getBoundingClientRect();
    this._measuredVertical = vertical;
    this._options.measured({
      size: vertical ? box.height : box.width,
      // Its layout box: the handle is turned a quarter when vertical.
      handle: this._options.handle()?.offsetWidth ?? 0,
      labels: labelExtents(
        box,
        before?.getBoundingClientRect() ?? null,
        after?.getBoundingClientRect() ?? null,
        {
          vertical,
          rtl: isRtl(track),
          gap: length(this._options.divider()) / 2 + AIR,
          fade: FADE,
        }
      ),
    });
  }
}
