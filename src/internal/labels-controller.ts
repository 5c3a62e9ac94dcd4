import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {isRtl, labelExtents} from './geometry.js';

export interface LabelsOptions {
  track: () => HTMLElement | null;
  divider: () => HTMLElement | null;
  labels: () => [HTMLElement | null, HTMLElement | null];
  vertical: () => boolean;
}

/** Clear space between a label and the divider's edge, and the fade's length, in px. */
const AIR = 2;
const FADE = 12;

/**
 * Keeps the labels off the divider without any work per drag frame: it
 * measures how far each label reaches when the box or a label changes size
 * (a ResizeObserver) or the orientation flips, and writes that to custom
 * properties on the box, from which CSS computes each label's opacity as
 * --_before-after-v changes. A flip of direction needs nothing: the extents are measured
 * from the inline-start edge, so they read the same both ways.
 */
export class LabelsController implements ReactiveController {
  private observer?: ResizeObserver;
  private watching = false;
  private measuredVertical?: boolean;

  constructor(
    private readonly host: ReactiveControllerHost & {hasUpdated: boolean},
    private readonly options: LabelsOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(() => this.measure());
    // On reconnection (no update follows); the first time, hostUpdated does it.
    if (this.host.hasUpdated) this.watch();
  }

  hostUpdated(): void {
    if (!this.watching) this.watch();
    else if (this.options.vertical() !== this.measuredVertical) this.measure();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watching = false;
  }

  /** Observes the box and both labels; the first notification measures. */
  private watch(): void {
    const track = this.options.track();
    if (!this.observer || !track) return;
    for (const element of [track, ...this.options.labels()])
      if (element) this.observer.observe(element);
    this.watching = true;
  }

  private measure(): void {
    const track = this.options.track();
    if (!track) return;
    const vertical = this.options.vertical();
    const [before, after] = this.options.labels();
    const divider = this.options.divider()?.getBoundingClientRect();
    const thickness = divider ? (vertical ? divider.height : divider.width) : 0;
    const extents = labelExtents(
      track.getBoundingClientRect(),
      before?.getBoundingClientRect() ?? null,
      after?.getBoundingClientRect() ?? null,
      {vertical, rtl: isRtl(track), gap: thickness / 2 + AIR, fade: FADE}
    );
    this.measuredVertical = vertical;
    // Only what changed: a resize that moves nothing restyles nothing.
    for (const [name, value] of [
      ['--_before-end', extents.beforeEnd],
      ['--_after-start', extents.afterStart],
      ['--_fade', extents.fade],
    ] as const)
      if (track.style.getPropertyValue(name) !== String(value))
        track.style.setProperty(name, String(value));
  }
}
