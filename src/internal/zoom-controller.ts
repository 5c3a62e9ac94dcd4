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
  private _view: View = WHOLE;
  private _pointers = new Map<number, Pointer>();
  /** The gesture under way: its start view, box and points. */
  private _gesture?: {
    kind: 'pan' | 'pinch';
    view: View;
    box: DOMRect;
    from: [number, number];
    spread: number;
    moved: boolean;
  };
  private _pending?: View;
  /** The frame a gesture's move waits for. */
  private _frame = 0;
  /** The frame of a glide to a note's view. */
  private _glide = 0;
  /** Where a wheel gesture started: its steps are one change of the reader's. */
  private _wheelFrom?: View;
  private _wheelTimer = 0;
  private _lastTap = {at: 0, x: 0, y: 0};
  private _downAt?: Pointer;
  private _status = '';
  /** The widest image each `sizes` was raised to. */
  private _raised = new WeakMap<Element, number>();
  private _sharpenTimer = 0;
  private _views?: [HTMLElement, HTMLElement];
  /** `zoom` at the last update, and the direction and orientation drawn. */
  private _zoomed = false;
  private _frameDrawn = '';

  constructor(
    private readonly _host: Host,
    private readonly _options: ZoomOptions
  ) {
    const root = _host.shadowRoot;
    const sheet = zoomStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    _host.addController(this);
    if (_host.isConnected) this.hostConnected();
    _host.requestUpdate();
  }

  get level(): number {
    return this._view.scale;
  }

  get view(): View {
    return this._view;
  }

  hostConnected(): void {
    this._host.addEventListener('pointerdown', this._handleDown);
    this._host.addEventListener('wheel', this._handleWheel, {passive: false});
  }

  hostDisconnected(): void {
    this._host.removeEventListener('pointerdown', this._handleDown);
    this._host.removeEventListener('wheel', this._handleWheel);
    this._end(false);
    this._pointers.clear();
    this._stopGlide();
    this._endWheel();
  }

  /** Before the render: the reader may no longer zoom, or no further, and the view follows (the buttons render from it). */
  hostUpdate(): void {
    const {zoom, maxZoom} = this._host;
    const view = this._view;
    if (this._zoomed && !zoom) this._view = WHOLE;
    else if (view.scale > maxZoom)
      this._view = clampView(maxZoom, view.x, view.y, maxZoom);
    this._zoomed = zoom;
  }

  hostUpdated(): void {
    // Drawn again after a change above or a flip of direction or orientation,
    // not after an update a move asked for (crossing 1×): that move drew
    // itself, and a settled draw here would end its gesture's layers and set
    // `.zoomed` under the fingers.
    if (this._frameKey() !== this._frameDrawn) this._draw(true);
  }

  /** What a draw depends on: the view, the direction and the orientation. */
  private _frameKey(): string {
    return `${this._vertical} ${isRtl(this._host)} ${this._view.scale} ${this._view.x} ${this._view.y}`;
  }

  render() {
    if (!this._host.zoom || this._host.maxZoom <= 1) return null;
    const words = this._options.words;
    const level = this._view.scale;
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
        @click=${(event: Event) => this._press(event, to())}
      >
        ${label}
      </button>`;
    return html`<div class="zoom" data-no-drag>
      ${button('zoom-out', words.say('zoomOut'), level <= 1, () => this._about(level / 2), '−')}
      ${button('zoom-in', words.say('zoomIn'), level >= this._host.maxZoom, () => this._about(level * 2), '+')}
      ${button(
        'zoom-reset',
        words.say('zoomReset'),
        level <= 1,
        () => WHOLE,
        html`<svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3.5 9a4.5 4.5 0 1 0 1.3-4.2M4 1.5v3.5h3.5" />
        </svg>`
      )}
      <span class="status" role="status">${this._status}</span>
    </div>`;
  }

  /**
   * Shows the point (`x`, `y`), fractions of the box, at its centre at
   * `level` (clamped to the edges). `reader`: a reader's act, which fires
   * `zoom` and may glide there.
   */
  to(level: number, x: number, y: number, reader: boolean): void {
    const max = this._host.maxZoom;
    const next = clampView(Math.min(level, max), x, y, max);
    this._stopGlide();
    if (!reader) {
      // Nothing is announced for a script's change, and what was is stale.
      this._status = '';
      return this._set(next, true);
    }
    const from = this._view;
    if (matchMedia('(prefers-reduced-motion: reduce)').matches)
      return this._byReader(next);
    const start = performance.now();
    const frame = (now: number) => {
      // A frame's time may precede the start.
      const t = Math.min(1, Math.max(0, (now - start) / EASE_MS));
      if (t < 1) {
        this._set(between(from, next, 1 - (1 - t) ** 3), false);
        this._glide = requestAnimationFrame(frame);
      } else {
        this._glide = 0;
        this._byReader(next);
      }
    };
    this._glide = requestAnimationFrame(frame);
  }

  /** A glide the reader interrupts stops where it is, settled. */
  private _stopGlide(): void {
    if (!this._glide) return;
    cancelAnimationFrame(this._glide);
    this._glide = 0;
    this._set(this._view, true);
  }

  /** The element's `zoomTo()`: a point in percent of the `before` image, arguments clamped. */
  zoomTo(level: number, x?: number, y?: number): void {
    const [cx, cy] =
      x === undefined && y === undefined
        ? [this._view.x, this._view.y]
        : this._imagePoint(percent(x), percent(y));
    this.to(Number(level) || 1, cx, cy, false);
  }

  /** The percent point (`x`, `y`) of the `before` image, as fractions of the box. */
  private _imagePoint(x: number, y: number): [number, number] {
    const track = this._track();
    const box = {
      width: track?.clientWidth ?? 0,
      height: track?.clientHeight ?? 0,
    };
    if (!box.width || !box.height) return [x / 100, y / 100];
    const image = imageOf(this._host, 'before');
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
    const off = !this._host.zoom && this._view.scale === 1;
    if (off || event.ctrlKey || event.altKey || event.metaKey) return false;
    const next = viewForKey(
      event.key,
      event.code,
      this._view,
      this._host.maxZoom
    );
    if (!next) return false;
    this._byReader(next);
    return true;
  }

  /** A button's press; a button it disables hands its focus to one still enabled. */
  private _press(event: Event, next: View): void {
    const button = event.currentTarget as HTMLButtonElement;
    this._byReader(next);
    void this._host.updateComplete.then(() => {
      if (button.disabled)
        button.parentElement
          ?.querySelector<HTMLElement>('button:not(:disabled)')
          ?.focus();
    });
  }

  /** Zooms to `scale` about the box's centre. */
  private _about(scale: number): View {
    return zoomAbout(this._view, scale, 0.5, 0.5, this._host.maxZoom);
  }

  /** A reader's change: drawn at once, announced, and `zoom` fired if it changed anything. */
  private _byReader(next: View): void {
    this._stopGlide();
    // A wheel burst under way is its own change, before this one.
    if (this._wheelFrom) this._endWheel();
    const old = this._view;
    this._set(next, true);
    if (old.scale === next.scale && old.x === next.x && old.y === next.y)
      return;
    if (old.scale !== next.scale)
      this._status = this._options.words.say('zoomLevel', {
        percent: this._options.words.percent(next.scale),
      });
    this._host.dispatchEvent(
      new Event('zoom', {bubbles: true, composed: true})
    );
  }

  /** Takes a view and draws it; `settled` when no move of a gesture follows. */
  private _set(next: View, settled: boolean): void {
    const crossed = this._view.scale > 1 !== next.scale > 1;
    this._view = next;
    this._draw(settled);
    if (settled || crossed) this._host.requestUpdate();
    if (settled && next.scale > 1) {
      clearTimeout(this._sharpenTimer);
      this._sharpenTimer = window.setTimeout(() => this._sharpen(), 150);
    }
  }

  /** Writes the view: the same transform on both pictures, and a class while zoomed. */
  private _draw(settled: boolean): void {
    const track = this._track();
    if (!track) return;
    // The template is rendered once: its pictures are found once.
    this._views ??= ['.before .view', '.after .view'].map((selector) =>
      track.querySelector<HTMLElement>(selector)!
    ) as [HTMLElement, HTMLElement];
    const mirrored = !this._vertical && isRtl(this._host);
    this._views.forEach((view, i) => {
      view.style.transform =
        this._view.scale === 1
          ? ''
          : viewTransform(this._view, i === 0 && mirrored);
    });
    // `.zoomed` sets touch-action: only between gestures. A touch-action that
    // changes under the fingers (a pinch from 1×) makes Chromium send every
    // later touchmove of the gesture blocking, to the main thread, where each
    // waits for a frame.
    if (settled) track.classList.toggle('zoomed', this._view.scale > 1);
    track.classList.toggle('moving', !settled);
    this._frameDrawn = this._frameKey();
    this._options.changed(this._view, settled);
  }

  private get _vertical(): boolean {
    return this._host.orientation === 'vertical';
  }

  private _track(): HTMLElement | null {
    return this._host.renderRoot.querySelector('.track');
  }

  private _handle(): HTMLElement | null {
    return this._host.renderRoot.querySelector('.handle');
  }

  private _handleDown = (event: PointerEvent): void => {
    const track = this._track();
    // A view zoomed from script pans too; the rest is for a comparison with `zoom`.
    const zoom = this._host.zoom;
    const path = event.composedPath();
    if (!track || !path.includes(track) || (!zoom && this._view.scale === 1))
      return;
    const mouse = event.pointerType === 'mouse';
    // A marker, a button or the handle keeps its press; a finger there may
    // still be the first of a pinch.
    const own = ownPress(event) || path.includes(this._handle()!);
    if (mouse && (event.button !== 0 || own)) return;
    this._stopGlide();
    this._pointers.set(event.pointerId, {x: event.clientX, y: event.clientY});
    if (this._pointers.size === 1) {
      this._downAt = own ? undefined : {x: event.clientX, y: event.clientY};
      this._listen(true);
    }
    const box = track.getBoundingClientRect();
    if (zoom && this._pointers.size === 2 && !mouse) {
      // A second finger: the two pinch, and nothing else moves.
      this._options.cancelDrag();
      const [a, b] = [...this._pointers.values()] as [Pointer, Pointer];
      this._gesture = {
        kind: 'pinch',
        view: this._view,
        box,
        from: fractions(midpoint(a, b), box),
        spread: Math.hypot(a.x - b.x, a.y - b.y) || 1,
        moved: false,
      };
      // Both fingers captured (the drag released the first): their moves
      // need no hit test each, and a finger that leaves the box still pinches.
      for (const id of this._pointers.keys()) {
        try {
          this._host.setPointerCapture(id);
        } catch {
          // Not an active pointer: its moves still arrive while over the element.
        }
      }
    } else if (this._pointers.size === 1 && this._view.scale > 1 && !own) {
      // Zoomed, a press on the images pans (the divider moves from its handle only).
      this._gesture = {
        kind: 'pan',
        view: this._view,
        box,
        from: [event.clientX, event.clientY],
        spread: 1,
        moved: false,
      };
      try {
        this._host.setPointerCapture(event.pointerId);
      } catch {
        // Not an active pointer: moves still arrive while over the element.
      }
    }
  };

  private _handleMove = (event: PointerEvent): void => {
    const pointer = this._pointers.get(event.pointerId);
    const gesture = this._gesture;
    if (!pointer) return;
    pointer.x = event.clientX;
    pointer.y = event.clientY;
    if (!gesture) return;
    const max = this._host.maxZoom;
    const {box} = gesture;
    if (gesture.kind === 'pinch') {
      const [a, b] = [...this._pointers.values()] as [Pointer, Pointer];
      this._pending = pinch(
        gesture.view,
        Math.hypot(a.x - b.x, a.y - b.y) / gesture.spread,
        gesture.from,
        fractions(midpoint(a, b), box),
        max
      );
    } else {
      this._pending = panBy(
        gesture.view,
        (event.clientX - gesture.from[0]) / box.width,
        (event.clientY - gesture.from[1]) / box.height,
        max
      );
    }
    gesture.moved = true;
    this._frame ||= requestAnimationFrame(this._flush);
  };

  private _flush = (): void => {
    this._frame = 0;
    if (this._pending) this._set(this._pending, false);
    this._pending = undefined;
  };

  private _handleUp = (event: PointerEvent): void => {
    if (!this._pointers.delete(event.pointerId)) return;
    const tap = this._tapped(event);
    const gesture = this._gesture;
    // A pinch ends when a finger lifts; a pan when its pointer does.
    if (gesture && (gesture.kind === 'pan' || this._pointers.size < 2))
      this._end(true);
    if (this._pointers.size === 0) this._listen(false);
    if (tap && event.type === 'pointerup' && this._host.zoom) this._tap(event);
  };

  /** Ends the gesture: what is pending is drawn, and a reader's change is announced. */
  private _end(commit: boolean): void {
    const gesture = this._gesture;
    if (!gesture) return;
    this._gesture = undefined;
    // The fingers of a pinch make no tap as they lift.
    if (gesture.kind === 'pinch') this._downAt = undefined;
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    const next = this._pending ?? this._view;
    this._pending = undefined;
    if (!commit) return this._set(next, true);
    // The whole gesture is one change of the reader's.
    this._view = gesture.view;
    if (gesture.moved) this._byReader(next);
    else this._set(next, true);
  }

  /** A release near its press; the second of two close in time and place is a double tap. */
  private _tapped(event: PointerEvent): boolean {
    const down = this._downAt;
    return (
      !!down &&
      this._pointers.size === 0 &&
      Math.hypot(event.clientX - down.x, event.clientY - down.y) <= TAP_SLOP
    );
  }

  /** A double tap or click zooms ×2 about its point; zoomed, it shows the whole image again. */
  private _tap(event: PointerEvent): void {
    const last = this._lastTap;
    const now = event.timeStamp;
    const double =
      now - last.at <= TAP_MS &&
      Math.hypot(event.clientX - last.x, event.clientY - last.y) <= TAP_NEAR;
    this._lastTap = double
      ? {at: 0, x: 0, y: 0}
      : {at: now, x: event.clientX, y: event.clientY};
    if (!double) return;
    const box = this._track()!.getBoundingClientRect();
    const [x, y] = fractions({x: event.clientX, y: event.clientY}, box);
    this._byReader(
      this._view.scale > 1
        ? WHOLE
        : zoomAbout(this._view, 2, x, y, this._host.maxZoom)
    );
  }

  /** Ctrl or ⌘ with the wheel, and a trackpad's pinch (which sends it), zoom about the pointer; a plain wheel scrolls the page. */
  private _handleWheel = (event: WheelEvent): void => {
    // Over a marker or a button too: the page's own zoom must not take it.
    if (!this._host.zoom || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    const track = this._track();
    if (!track) return;
    const box = track.getBoundingClientRect();
    // Lines and pages are a mouse wheel's notches: about 33 px each.
    const px = event.deltaY * (event.deltaMode ? 33 : 1);
    const factor = Math.exp(-Math.max(-100, Math.min(100, px)) / 150);
    const [x, y] = fractions({x: event.clientX, y: event.clientY}, box);
    this._stopGlide();
    // A wheel's or trackpad's steps come in a burst: one change, announced
    // and fired once they pause.
    this._wheelFrom ??= this._view;
    this._set(
      zoomAbout(
        this._view,
        this._view.scale * factor,
        x,
        y,
        this._host.maxZoom
      ),
      false
    );
    clearTimeout(this._wheelTimer);
    this._wheelTimer = window.setTimeout(
      () => this._endWheel(),
      WHEEL_PAUSE_MS
    );
  };

  private _endWheel(): void {
    clearTimeout(this._wheelTimer);
    const from = this._wheelFrom;
    if (!from) return;
    this._wheelFrom = undefined;
    const next = this._view;
    this._view = from;
    this._byReader(next);
  }

  private _listen(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    const host = this._host as EventTarget;
    host[method]('pointermove', this._handleMove as EventListener);
    host[method]('pointerup', this._handleUp as EventListener);
    host[method]('pointercancel', this._handleUp as EventListener);
    if (!on) this._downAt = undefined;
  }

  /**
   * Sharp at the new level: each image that offers a `srcset` is told it is
   * drawn as wide as it now is (`sizes`), so the browser fetches a larger
   * rendition if it has one and swaps it in when loaded. Raised only, and
   * only once the reader has zoomed.
   */
  private _sharpen(): void {
    const track = this._track();
    if (!track || this._view.scale <= 1) return;
    const box: Size = {width: track.clientWidth, height: track.clientHeight};
    for (const side of ['before', 'after']) {
      const image = imageOf(this._host, side);
      if (!image) continue;
      const sources = [
        image,
        ...(image.parentElement?.localName === 'picture'
          ? image.parentElement.querySelectorAll('source')
          : []),
      ];
      if (!sources.some((source) => source.hasAttribute('srcset'))) continue;
      const width = Math.ceil(
        imageRect(naturalSize(image), box).width * this._view.scale
      );
      if (width <= (this._raised.get(image) ?? 0)) continue;
      this._raised.set(image, width);
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
