import {html, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {BeforeAfter} from '../before-after.js';
import {ownPress} from './drag-controller.js';
import {isRtl} from './geometry.js';
import {imageOf, imageRect, naturalSize, type Size} from './image-point.js';
import type {StringsController} from './strings-controller.js';
import {
  between,
  clampView,
  panBy,
  pinch,
  type View,
  viewForKey,
  viewTransform,
  WHOLE,
  zoomAbout,
} from './zoom-geometry.js';
import {zoomStyles} from './zoom.styles.js';

/** What the controller needs from the comparison beyond its public properties. */
export interface ZoomOptions {
  words: StringsController;
  /** A pinch's second finger: the divider's drag, if one started, is dropped. */
  cancelDrag(): void;
  /** The view changed: what follows image points (the notes) follows it. */
  changed(view: View, settled: boolean): void;
}

type Host = ReactiveControllerHost & BeforeAfter;

interface Pointer {
  x: number;
  y: number;
}

/** A press and release in place, in CSS px; two within TAP_MS and TAP_NEAR are a double tap. */
const TAP_SLOP = 10;
const TAP_MS = 400;
const TAP_NEAR = 30;
const EASE_MS = 300;
const WHEEL_PAUSE_MS = 150;

/**
 * Zoom and pan, fetched only by a comparison that zooms. Both images share
 * one view, drawn as the same transform on each picture, so a point of the
 * scene sits at the same place in both while the divider, the labels and
 * the handle stay where they are. A pan or pinch move writes two
 * transforms (and the markers' translates) at most once per frame: the box
 * is measured at the gesture's start, never during it.
 */
export class ZoomController implements ReactiveController {
  private __view: View = WHOLE;
  private __pointers = new Map<number, Pointer>();
  /** The gesture under way: its start view, box and points. */
  private __gesture?: {
    kind: 'pan' | 'pinch';
    view: View;
    box: DOMRect;
    from: [number, number];
    spread: number;
    moved: boolean;
  };
  private __pending?: View;
  /** The frame a gesture's move waits for. */
  private __frame = 0;
  /** The frame of a glide to a note's view. */
  private __glide = 0;
  /** Where a wheel gesture started: its steps are one change of the reader's. */
  private __wheelFrom?: View;
  private __wheelTimer = 0;
  private __lastTap = {at: 0, x: 0, y: 0};
  private __downAt?: Pointer;
  private __status = '';
  /** The widest image each `sizes` was raised to. */
  private __raised = new WeakMap<Element, number>();
  private __sharpenTimer = 0;
  private __views?: [HTMLElement, HTMLElement];
  /** `zoom` at the last update, and the direction and orientation drawn. */
  private __zoomed = false;
  private __frameDrawn = '';

  constructor(
    private readonly __host: Host,
    private readonly __options: ZoomOptions
  ) {
    const root = __host.shadowRoot;
    const sheet = zoomStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    __host.addController(this);
    if (__host.isConnected) this.hostConnected();
    __host.requestUpdate();
  }

  get level(): number {
    return this.__view.scale;
  }

  get view(): View {
    return this.__view;
  }

  hostConnected(): void {
    this.__host.addEventListener('pointerdown', this.__handleDown);
    this.__host.addEventListener('wheel', this.__handleWheel, {passive: false});
  }

  hostDisconnected(): void {
    this.__host.removeEventListener('pointerdown', this.__handleDown);
    this.__host.removeEventListener('wheel', this.__handleWheel);
    this.__end(false);
    this.__pointers.clear();
    this.__stopGlide();
    this.__endWheel();
  }

  /** Before the render: the reader may no longer zoom, or no further, and the view follows (the buttons render from it). */
  hostUpdate(): void {
    const {zoom, maxZoom} = this.__host;
    const view = this.__view;
    if (this.__zoomed && !zoom) this.__view = WHOLE;
    else if (view.scale > maxZoom)
      this.__view = clampView(maxZoom, view.x, view.y, maxZoom);
    this.__zoomed = zoom;
  }

  hostUpdated(): void {
    // Drawn again after a change above or a flip of direction or orientation,
    // not after an update a move asked for (crossing 1×): that move drew
    // itself, and a settled draw here would end its gesture's layers and set
    // `.zoomed` under the fingers.
    if (this.__frameKey() !== this.__frameDrawn) this.__draw(true);
  }

  /** What a draw depends on: the view, the direction and the orientation. */
  private __frameKey(): string {
    return `${this.__vertical} ${isRtl(this.__host)} ${this.__view.scale} ${this.__view.x} ${this.__view.y}`;
  }

  render() {
    if (!this.__host.zoom || this.__host.maxZoom <= 1) return null;
    const words = this.__options.words;
    const level = this.__view.scale;
    const button = (
      part: string,
      name: string,
      disabled: boolean,
      to: () => View,
      label: unknown
    ) =>
      html`<button
        type="button"
        part=${part}
        aria-label=${name}
        title=${name}
        ?disabled=${disabled}
        @click=${(event: Event) => this.__press(event, to())}
      >
        ${label}
      </button>`;
    return html`<div class="zoom" data-no-drag>
      ${button('zoom-out', words.say('zoomOut'), level <= 1, () => this.__about(level / 2), '−')}
      ${button('zoom-in', words.say('zoomIn'), level >= this.__host.maxZoom, () => this.__about(level * 2), '+')}
      ${button(
        'zoom-reset',
        words.say('zoomReset'),
        level <= 1,
        () => WHOLE,
        html`<svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3.5 9a4.5 4.5 0 1 0 1.3-4.2M4 1.5v3.5h3.5" />
        </svg>`
      )}
      <span class="status" role="status">${this.__status}</span>
    </div>`;
  }

  /**
   * Shows the point (`x`, `y`), fractions of the box, at its centre at
   * `level` (clamped to the edges). `reader`: a reader's act, which fires
   * `zoom` and may glide there.
   */
  to(level: number, x: number, y: number, reader: boolean): void {
    const max = this.__host.maxZoom;
    const next = clampView(Math.min(level, max), x, y, max);
    this.__stopGlide();
    if (!reader) {
      // Nothing is announced for a script's change, and what was is stale.
      this.__status = '';
      return this.__set(next, true);
    }
    const from = this.__view;
    if (matchMedia('(prefers-reduced-motion: reduce)').matches)
      return this.__byReader(next);
    const start = performance.now();
    const frame = (now: number) => {
      // A frame's time may precede the start.
      const t = Math.min(1, Math.max(0, (now - start) / EASE_MS));
      if (t < 1) {
        this.__set(between(from, next, 1 - (1 - t) ** 3), false);
        this.__glide = requestAnimationFrame(frame);
      } else {
        this.__glide = 0;
        this.__byReader(next);
      }
    };
    this.__glide = requestAnimationFrame(frame);
  }

  /** A glide the reader interrupts stops where it is, settled. */
  private __stopGlide(): void {
    if (!this.__glide) return;
    cancelAnimationFrame(this.__glide);
    this.__glide = 0;
    this.__set(this.__view, true);
  }

  /** The element's `zoomTo()`: a point in percent of the `before` image, arguments clamped. */
  zoomTo(level: number, x?: number, y?: number): void {
    const [cx, cy] =
      x === undefined && y === undefined
        ? [this.__view.x, this.__view.y]
        : this.__imagePoint(percent(x), percent(y));
    this.to(Number(level) || 1, cx, cy, false);
  }

  /** The percent point (`x`, `y`) of the `before` image, as fractions of the box. */
  private __imagePoint(x: number, y: number): [number, number] {
    const track = this.__track();
    const box = {
      width: track?.clientWidth ?? 0,
      height: track?.clientHeight ?? 0,
    };
    if (!box.width || !box.height) return [x / 100, y / 100];
    const image = imageOf(this.__host, 'before');
    const style = image && getComputedStyle(image);
    const rect = imageRect(naturalSize(image), box, {
      fit: style?.objectFit,
      position: style?.objectPosition,
    });
    return [
      (rect.left + (x / 100) * rect.width) / box.width,
      (rect.top + (y / 100) * rect.height) / box.height,
    ];
  }

  /** A key for zoom (with the slider focused): true when it was one. */
  key(event: KeyboardEvent): boolean {
    // A view zoomed from script can be panned and reset from the keys too.
    const off = !this.__host.zoom && this.__view.scale === 1;
    if (off || event.ctrlKey || event.altKey || event.metaKey) return false;
    const next = viewForKey(
      event.key,
      event.code,
      this.__view,
      this.__host.maxZoom
    );
    if (!next) return false;
    this.__byReader(next);
    return true;
  }

  /** A button's press; a button it disables hands its focus to one still enabled. */
  private __press(event: Event, next: View): void {
    const button = event.currentTarget as HTMLButtonElement;
    this.__byReader(next);
    void this.__host.updateComplete.then(() => {
      if (button.disabled)
        button.parentElement
          ?.querySelector<HTMLElement>('button:not(:disabled)')
          ?.focus();
    });
  }

  /** Zooms to `scale` about the box's centre. */
  private __about(scale: number): View {
    return zoomAbout(this.__view, scale, 0.5, 0.5, this.__host.maxZoom);
  }

  /** A reader's change: drawn at once, announced, and `zoom` fired if it changed anything. */
  private __byReader(next: View): void {
    this.__stopGlide();
    // A wheel burst under way is its own change, before this one.
    if (this.__wheelFrom) this.__endWheel();
    const old = this.__view;
    this.__set(next, true);
    if (old.scale === next.scale && old.x === next.x && old.y === next.y)
      return;
    if (old.scale !== next.scale)
      this.__status = this.__options.words.say('zoomLevel', {
        percent: this.__options.words.percent(next.scale),
      });
    this.__host.dispatchEvent(
      new Event('zoom', {bubbles: true, composed: true})
    );
  }

  /** Takes a view and draws it; `settled` when no move of a gesture follows. */
  private __set(next: View, settled: boolean): void {
    const crossed = this.__view.scale > 1 !== next.scale > 1;
    this.__view = next;
    this.__draw(settled);
    if (settled || crossed) this.__host.requestUpdate();
    if (settled && next.scale > 1) {
      clearTimeout(this.__sharpenTimer);
      this.__sharpenTimer = window.setTimeout(() => this.__sharpen(), 150);
    }
  }

  /** Writes the view: the same transform on both pictures, and a class while zoomed. */
  private __draw(settled: boolean): void {
    const track = this.__track();
    if (!track) return;
    // The template is rendered once: its pictures are found once.
    this.__views ??= ['.before .view', '.after .view'].map((selector) =>
      track.querySelector<HTMLElement>(selector)!
    ) as [HTMLElement, HTMLElement];
    const mirrored = !this.__vertical && isRtl(this.__host);
    this.__views.forEach((view, i) => {
      view.style.transform =
        this.__view.scale === 1
          ? ''
          : viewTransform(this.__view, i === 0 && mirrored);
    });
    // `.zoomed` sets touch-action: only between gestures. A touch-action that
    // changes under the fingers (a pinch from 1×) makes Chromium send every
    // later touchmove of the gesture blocking, to the main thread, where each
    // waits for a frame.
    if (settled) track.classList.toggle('zoomed', this.__view.scale > 1);
    track.classList.toggle('moving', !settled);
    this.__frameDrawn = this.__frameKey();
    this.__options.changed(this.__view, settled);
  }

  private get __vertical(): boolean {
    return this.__host.orientation === 'vertical';
  }

  private __track(): HTMLElement | null {
    return this.__host.renderRoot.querySelector('.track');
  }

  private __handle(): HTMLElement | null {
    return this.__host.renderRoot.querySelector('.handle');
  }

  private __handleDown = (event: PointerEvent): void => {
    const track = this.__track();
    // A view zoomed from script pans too; the rest is for a comparison with `zoom`.
    const zoom = this.__host.zoom;
    const path = event.composedPath();
    if (!track || !path.includes(track) || (!zoom && this.__view.scale === 1))
      return;
    const mouse = event.pointerType === 'mouse';
    // A marker, a button or the handle keeps its press; a finger there may
    // still be the first of a pinch.
    const own = ownPress(event) || path.includes(this.__handle()!);
    if (mouse && (event.button !== 0 || own)) return;
    this.__stopGlide();
    this.__pointers.set(event.pointerId, {x: event.clientX, y: event.clientY});
    if (this.__pointers.size === 1) {
      this.__downAt = own ? undefined : {x: event.clientX, y: event.clientY};
      this.__listen(true);
    }
    const box = track.getBoundingClientRect();
    if (zoom && this.__pointers.size === 2 && !mouse) {
      // A second finger: the two pinch, and nothing else moves.
      this.__options.cancelDrag();
      const [a, b] = [...this.__pointers.values()] as [Pointer, Pointer];
      this.__gesture = {
        kind: 'pinch',
        view: this.__view,
        box,
        from: fractions(midpoint(a, b), box),
        spread: Math.hypot(a.x - b.x, a.y - b.y) || 1,
        moved: false,
      };
      // Both fingers captured (the drag released the first): their moves
      // need no hit test each, and a finger that leaves the box still pinches.
      for (const id of this.__pointers.keys()) {
        try {
          this.__host.setPointerCapture(id);
        } catch {
          // Not an active pointer: its moves still arrive while over the element.
        }
      }
    } else if (this.__pointers.size === 1 && this.__view.scale > 1 && !own) {
      // Zoomed, a press on the images pans (the divider moves from its handle only).
      this.__gesture = {
        kind: 'pan',
        view: this.__view,
        box,
        from: [event.clientX, event.clientY],
        spread: 1,
        moved: false,
      };
      try {
        this.__host.setPointerCapture(event.pointerId);
      } catch {
        // Not an active pointer: moves still arrive while over the element.
      }
    }
  };

  private __handleMove = (event: PointerEvent): void => {
    const pointer = this.__pointers.get(event.pointerId);
    const gesture = this.__gesture;
    if (!pointer) return;
    pointer.x = event.clientX;
    pointer.y = event.clientY;
    if (!gesture) return;
    const max = this.__host.maxZoom;
    const {box} = gesture;
    if (gesture.kind === 'pinch') {
      const [a, b] = [...this.__pointers.values()] as [Pointer, Pointer];
      this.__pending = pinch(
        gesture.view,
        Math.hypot(a.x - b.x, a.y - b.y) / gesture.spread,
        gesture.from,
        fractions(midpoint(a, b), box),
        max
      );
    } else {
      this.__pending = panBy(
        gesture.view,
        (event.clientX - gesture.from[0]) / box.width,
        (event.clientY - gesture.from[1]) / box.height,
        max
      );
    }
    gesture.moved = true;
    this.__frame ||= requestAnimationFrame(this.__flush);
  };

  private __flush = (): void => {
    this.__frame = 0;
    if (this.__pending) this.__set(this.__pending, false);
    this.__pending = undefined;
  };

  private __handleUp = (event: PointerEvent): void => {
    if (!this.__pointers.delete(event.pointerId)) return;
    const tap = this.__tapped(event);
    const gesture = this.__gesture;
    // A pinch ends when a finger lifts; a pan when its pointer does.
    if (gesture && (gesture.kind === 'pan' || this.__pointers.size < 2))
      this.__end(true);
    if (this.__pointers.size === 0) this.__listen(false);
    if (tap && event.type === 'pointerup' && this.__host.zoom)
      this.__tap(event);
  };

  /** Ends the gesture: what is pending is drawn, and a reader's change is announced. */
  private __end(commit: boolean): void {
    const gesture = this.__gesture;
    if (!gesture) return;
    this.__gesture = undefined;
    // The fingers of a pinch make no tap as they lift.
    if (gesture.kind === 'pinch') this.__downAt = undefined;
    cancelAnimationFrame(this.__frame);
    this.__frame = 0;
    const next = this.__pending ?? this.__view;
    this.__pending = undefined;
    if (!commit) return this.__set(next, true);
    // The whole gesture is one change of the reader's.
    this.__view = gesture.view;
    if (gesture.moved) this.__byReader(next);
    else this.__set(next, true);
  }

  /** A release near its press; the second of two close in time and place is a double tap. */
  private __tapped(event: PointerEvent): boolean {
    const down = this.__downAt;
    return (
      !!down &&
      this.__pointers.size === 0 &&
      Math.hypot(event.clientX - down.x, event.clientY - down.y) <= TAP_SLOP
    );
  }

  /** A double tap or click zooms ×2 about its point; zoomed, it shows the whole image again. */
  private __tap(event: PointerEvent): void {
    const last = this.__lastTap;
    const now = event.timeStamp;
    const double =
      now - last.at <= TAP_MS &&
      Math.hypot(event.clientX - last.x, event.clientY - last.y) <= TAP_NEAR;
    this.__lastTap = double
      ? {at: 0, x: 0, y: 0}
      : {at: now, x: event.clientX, y: event.clientY};
    if (!double) return;
    const box = this.__track()!.getBoundingClientRect();
    const [x, y] = fractions({x: event.clientX, y: event.clientY}, box);
    this.__byReader(
      this.__view.scale > 1
        ? WHOLE
        : zoomAbout(this.__view, 2, x, y, this.__host.maxZoom)
    );
  }

  /** Ctrl or ⌘ with the wheel, and a trackpad's pinch (which sends it), zoom about the pointer; a plain wheel scrolls the page. */
  private __handleWheel = (event: WheelEvent): void => {
    // Over a marker or a button too: the page's own zoom must not take it.
    if (!this.__host.zoom || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    const track = this.__track();
    if (!track) return;
    const box = track.getBoundingClientRect();
    // Lines and pages are a mouse wheel's notches: about 33 px each.
    const px = event.deltaY * (event.deltaMode ? 33 : 1);
    const factor = Math.exp(-Math.max(-100, Math.min(100, px)) / 150);
    const [x, y] = fractions({x: event.clientX, y: event.clientY}, box);
    this.__stopGlide();
    // A wheel's or trackpad's steps come in a burst: one change, announced
    // and fired once they pause.
    this.__wheelFrom ??= this.__view;
    this.__set(
      zoomAbout(
        this.__view,
        this.__view.scale * factor,
        x,
        y,
        this.__host.maxZoom
      ),
      false
    );
    clearTimeout(this.__wheelTimer);
    this.__wheelTimer = window.setTimeout(
      () => this.__endWheel(),
      WHEEL_PAUSE_MS
    );
  };

  private __endWheel(): void {
    clearTimeout(this.__wheelTimer);
    const from = this.__wheelFrom;
    if (!from) return;
    this.__wheelFrom = undefined;
    const next = this.__view;
    this.__view = from;
    this.__byReader(next);
  }

  private __listen(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    const host = this.__host as EventTarget;
    host[method]('pointermove', this.__handleMove as EventListener);
    host[method]('pointerup', this.__handleUp as EventListener);
    host[method]('pointercancel', this.__handleUp as EventListener);
    if (!on) this.__downAt = undefined;
  }

  /**
   * Sharp at the new level: each image that offers a `srcset` is told it is
   * drawn as wide as it now is (`sizes`), so the browser fetches a larger
   * rendition if it has one and swaps it in when loaded. Raised only, and
   * only once the reader has zoomed.
   */
  private __sharpen(): void {
    const track = this.__track();
    if (!track || this.__view.scale <= 1) return;
    const box: Size = {width: track.clientWidth, height: track.clientHeight};
    for (const side of ['before', 'after']) {
      const image = imageOf(this.__host, side);
      if (!image) continue;
      const sources = [
        image,
        ...(image.parentElement?.localName === 'picture'
          ? image.parentElement.querySelectorAll('source')
          : []),
      ];
      if (!sources.some((source) => source.hasAttribute('srcset'))) continue;
      const width = Math.ceil(
        imageRect(naturalSize(image), box).width * this.__view.scale
      );
      if (width <= (this.__raised.get(image) ?? 0)) continue;
      this.__raised.set(image, width);
      for (const source of sources)
        if (source.hasAttribute('srcset'))
          source.setAttribute('sizes', `${width}px`);
    }
  }
}

const midpoint = (a: Pointer, b: Pointer): Pointer => ({
  x: (a.x + b.x) / 2,
  y: (a.y + b.y) / 2,
});

/** A point of the page as fractions of the box. */
function fractions({x, y}: Pointer, box: DOMRect): [number, number] {
  return [(x - box.left) / box.width, (y - box.top) / box.height];
}

/** A percent argument: not a number means the middle; out of range clamps. */
function percent(n: unknown): number {
  const value = Number(n);
  return Number.isNaN(value) ? 50 : Math.min(100, Math.max(0, value));
}
