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
  private __observer?: ResizeObserver;
  private __watching = false;
  private __measuredVertical?: boolean;

  constructor(
    private readonly __host: ReactiveControllerHost & {hasUpdated: boolean},
    private readonly __options: BoxOptions
  ) {
    __host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.__observer = new ResizeObserver(() => this.__measure());
    // On reconnection (no update follows); the first time, hostUpdated does it.
    if (this.__host.hasUpdated) this.__watch();
  }

  hostUpdated(): void {
    if (!this.__watching) this.__watch();
    else if (this.__options.vertical() !== this.__measuredVertical)
      this.__measure();
  }

  hostDisconnected(): void {
    this.__observer?.disconnect();
    this.__observer = undefined;
    this.__watching = false;
  }

  /** Observes the box, the handle and both labels; the first notification measures. */
  private __watch(): void {
    const {track, handle, labels} = this.__options;
    const box = track();
    if (!this.__observer || !box) return;
    for (const element of [box, handle(), ...labels()])
      if (element) this.__observer.observe(element);
    this.__watching = true;
  }

  private __measure(): void {
    const track = this.__options.track();
    if (!track) return;
    const vertical = this.__options.vertical();
    const length = (element: Element | null | undefined) => {
      const box = element?.getBoundingClientRect();
      return box ? (vertical ? box.height : box.width) : 0;
    };
    const [before, after] = this.__options.labels();
    const box = track.getBoundingClientRect();
    this.__measuredVertical = vertical;
    this.__options.measured({
      size: vertical ? box.height : box.width,
      // Its layout box: the handle is turned a quarter when vertical.
      handle: this.__options.handle()?.offsetWidth ?? 0,
      labels: labelExtents(
        box,
        before?.getBoundingClientRect() ?? null,
        after?.getBoundingClientRect() ?? null,
        {
          vertical,
          rtl: isRtl(track),
          gap: length(this.__options.divider()) / 2 + AIR,
          fade: FADE,
        }
      ),
    });
  }
}
