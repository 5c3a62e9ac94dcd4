import type {ReactiveController, ReactiveElement} from 'lit';
import {drawing, isRtl, labelExtents, UNMEASURED} from './geometry.js';
import {type Drawn, movingParts, type MovingParts, paint} from './painter.js';

export interface BoxOptions {
  vertical(): boolean;
  value(): number;
  /** Where the divider is drawn: the value, or where the story, the hint or a note's glide puts it. */
  at(): number;
  /** Fresh measures are in, and are drawn next: whatever else reads them. */
  measured(): void;
}

/** Clear space between a label and the divider's edge, and the fade's length, in px. */
const AIR = 2;
const FADE = 12;

/**
 * The box and what is drawn in it. It measures, once per resize, the few
 * lengths that drawing a position needs in px: the box's, the handle's (so
 * it stops inside the box) and how far each label reaches (so it fades
 * before the divider gets there). It reads layout when the box, the handle
 * or a label changes size (a ResizeObserver) or the orientation flips:
 * never during a drag. A flip of direction needs nothing: lengths are
 * measured from the inline-start edge, so they read the same both ways.
 */
export class BoxController implements ReactiveController {
  measures = UNMEASURED;
  /** The elements that move, once rendered (the template never replaces them). */
  parts?: MovingParts;
  private readonly __drawn: Partial<Drawn> = {};
  private __observer?: ResizeObserver;
  private __watching = false;
  private __measuredVertical?: boolean;

  constructor(
    private readonly __host: ReactiveElement,
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
    else if (this.__options.vertical() !== this.__measuredVertical) {
      // Along the new axis before layout is read: WebKit keeps the overflow
      // of the transforms a layout saw, and the old axis's would widen the page.
      this.draw();
      this.__measure();
    }
  }

  hostDisconnected(): void {
    this.__observer?.disconnect();
    this.__observer = undefined;
    this.__watching = false;
  }

  /**
   * Draws the position, and is all a drag frame does: the element skips
   * Lit's update for it, so this is the one list of what the value changes,
   * and the template reads nothing of it (a test renders again mid-drag and
   * finds no difference).
   */
  draw(): void {
    if (!this.__host.hasUpdated) return;
    this.parts ??= movingParts(this.__host.renderRoot);
    paint(this.parts, this.__drawn, {
      ...drawing(this.__options.at(), this.__options.vertical(), this.measures),
      valueNow: String(this.__options.value()),
    });
  }

  private __part(name: string): HTMLElement | null {
    return this.__host.renderRoot.querySelector(`.${name}`);
  }

  /** Observes the box, the handle and both labels; the first notification measures. */
  private __watch(): void {
    const box = this.__part('track');
    if (!this.__observer || !box) return;
    for (const name of ['track', 'handle', 'before-label', 'after-label']) {
      const element = this.__part(name);
      if (element) this.__observer.observe(element);
    }
    this.__watching = true;
  }

  private __measure(): void {
    const track = this.__part('track');
    if (!track) return;
    const vertical = this.__options.vertical();
    const length = (element: Element | null) => {
      const box = element?.getBoundingClientRect();
      return box ? (vertical ? box.height : box.width) : 0;
    };
    const box = track.getBoundingClientRect();
    this.__measuredVertical = vertical;
    this.measures = {
      size: vertical ? box.height : box.width,
      // Its layout box: the handle is turned a quarter when vertical.
      handle: this.__part('handle')?.offsetWidth ?? 0,
      labels: labelExtents(
        box,
        this.__part('before-label')?.getBoundingClientRect() ?? null,
        this.__part('after-label')?.getBoundingClientRect() ?? null,
        {
          vertical,
          rtl: isRtl(track),
          gap: length(this.__part('divider')) / 2 + AIR,
          fade: FADE,
        }
      ),
    };
    this.__options.measured();
    this.draw();
  }
}
