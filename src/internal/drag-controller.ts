import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {type Box, isRtl, valueAtPoint} from './geometry.js';
import {pointerEventsReady} from './pointer-events.js';
import {round} from './value.js';

/** What the controller needs from the element it drives: all of it through this object, none through the element's public API. */
export interface DragOptions {
  /** The box positions are measured in. */
  track(): HTMLElement | null;
  /** Pressing here keeps the grab offset instead of jumping. */
  handle(): HTMLElement | null;
  /** When true, only a press on the handle starts a drag; presses elsewhere are left to the page. */
  handleOnly(): boolean;
  vertical(): boolean;
  value(): number;
  onStart(): void;
  /** Called at most once per animation frame with where the pointer puts the divider (may lie outside 0–100 by the grab offset). */
  onMove(value: number): void;
  /** `changed` is true when the drag ended in place (not removed mid-drag) on another value than it started from. */
  onEnd(result: {changed: boolean}): void;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Pointer input for the slider: mouse, touch and pen through Pointer Events.
 * A mouse press moves the divider at once; a touch or pen press waits for the
 * first move (or the release, for a tap), because until then the browser may
 * still decide the gesture is a page scroll and cancel it. The element's box
 * is measured once per drag, so moves cost no layout, and moves are applied
 * at most once per animation frame. With `handleOnly`, a press anywhere but
 * the handle is not ours: no jump, no capture, and the page scrolls under it.
 */
export class DragController implements ReactiveController {
  private pointerId: number | undefined;
  private moved = false;
  private downAt: [number, number] = [0, 0];
  private isMouse = false;
  private box: Box | undefined;
  private grabOffset = 0;
  private rtl = false;
  private pending: number | undefined;
  private frame = 0;
  private resizeObserver: ResizeObserver | undefined;
  private startValue = 0;
  /** Set when the polyfill is in use; it reads touch-action from an attribute. */
  private polyfilled = false;

  constructor(
    private readonly host: Host,
    private readonly options: DragOptions
  ) {
    host.addController(this);
  }

  get dragging(): boolean {
    return this.pointerId !== undefined;
  }

  /**
   * Where pointer events arrive. Native ones are composed and reach the host;
   * the polyfill's touch events are not, and stop at the shadow root.
   */
  private get targets(): EventTarget[] {
    return this.polyfilled ? [this.host, this.renderRoot] : [this.host];
  }

  private get renderRoot(): EventTarget {
    return this.host.shadowRoot ?? this.host;
  }

  hostConnected(): void {
    this.host.addEventListener('dragstart', preventDefault);
    this.host.addEventListener('pointerdown', this.handlePointerDown);
    void pointerEventsReady().then((polyfilled) => {
      if (!polyfilled || this.polyfilled || !this.host.isConnected) return;
      this.polyfilled = true;
      this.renderRoot.addEventListener(
        'pointerdown',
        this.handlePointerDown as EventListener
      );
      this.host.requestUpdate();
    });
  }

  hostUpdated(): void {
    const touchAction = this.options.vertical() ? 'pan-x' : 'pan-y';
    if (
      this.polyfilled &&
      this.host.getAttribute('touch-action') !== touchAction
    ) {
      this.host.setAttribute('touch-action', touchAction);
    }
  }

  hostDisconnected(): void {
    // First, while `targets` still names every place a listener was added.
    if (this.dragging) this.stop();
    this.host.removeEventListener('dragstart', preventDefault);
    listen(this.targets, 'pointerdown', this.handlePointerDown, false);
    this.polyfilled = false;
  }

  private handlePointerDown = (event: PointerEvent): void => {
    const isMouse = event.pointerType === 'mouse';
    if (!event.isPrimary || (isMouse && event.button !== 0)) return;
    if (this.dragging) {
      // A drag whose release never came (capture lost without an event) must not block the next one.
      if (this.host.hasPointerCapture?.(this.pointerId!)) return;
      this.stop();
    }
    const track = this.options.track();
    if (!track || (this.options.handleOnly() && !this.onHandle(event))) return;
    this.pointerId = event.pointerId;
    this.moved = false;
    this.downAt = [event.clientX, event.clientY];
    this.isMouse = isMouse;
    this.rtl = isRtl(this.host);
    this.box = track.getBoundingClientRect();
    const atPoint = this.valueAt(event);
    this.grabOffset =
      atPoint !== null && this.grabsHandleOnDivider(event)
        ? atPoint - this.options.value()
        : 0;
    try {
      this.host.setPointerCapture(event.pointerId);
    } catch {
      // Not an active pointer (e.g. a synthetic event): move events still arrive while over the element.
    }
    this.listenToDrag(true);
    window.addEventListener('scroll', this.forgetBox, {
      capture: true,
      passive: true,
    });
    this.resizeObserver ??= new ResizeObserver(this.handleResize);
    this.resizeObserver.observe(track);
    this.startValue = this.options.value();
    this.options.onStart();
    if (isMouse) this.schedule(event);
  };

  private handlePointerMove = (event: PointerEvent): void => {
    if (event.pointerId !== this.pointerId) return;
    if (!this.isMouse && !this.moved) {
      // A first move across the slider's axis is a page scroll starting: the browser cancels it next.
      const dx = Math.abs(event.clientX - this.downAt[0]);
      const dy = Math.abs(event.clientY - this.downAt[1]);
      if (
        (this.options.vertical() ? dy : dx) <=
        (this.options.vertical() ? dx : dy)
      )
        return;
    }
    this.moved = true;
    this.schedule(event);
  };

  private handlePointerUp = (event: PointerEvent): void => {
    if (event.pointerId !== this.pointerId) return;
    // A tap (touch or pen down and up in place) jumps to where it landed; a
    // swipe across the axis that the browser did not scroll changes nothing.
    const [x, y] = this.downAt;
    if (
      !this.moved &&
      Math.hypot(event.clientX - x, event.clientY - y) <= TAP_SLOP
    ) {
      this.schedule(event);
    }
    this.stop();
  };

  private handlePointerCancel = (event: PointerEvent): void => {
    if (event.pointerId !== this.pointerId) return;
    // The browser took the gesture over (a scroll): what was not drawn yet is dropped.
    if (event.type === 'pointercancel') this.pending = undefined;
    this.stop();
  };

  /**
   * True for a press on the handle while the handle is drawn on the divider.
   * Near the ends the handle stops short of the divider (so it stays whole);
   * a press there jumps, or the divider could never reach the end.
   */
  private grabsHandleOnDivider(event: PointerEvent): boolean {
    const handle = this.options.handle();
    if (!handle || !this.box || !this.onHandle(event)) return false;
    const size = this.options.vertical() ? this.box.height : this.box.width;
    const half =
      ((this.options.vertical() ? handle.offsetHeight : handle.offsetWidth) /
        2 /
        size) *
      100;
    return this.options.value() >= half && this.options.value() <= 100 - half;
  }

  private onHandle(event: PointerEvent): boolean {
    const handle = this.options.handle();
    return !!handle && event.composedPath().includes(handle);
  }

  private listenToDrag(on: boolean): void {
    listen(this.targets, 'pointermove', this.handlePointerMove, on);
    listen(this.targets, 'pointerup', this.handlePointerUp, on);
    listen(this.targets, 'pointercancel', this.handlePointerCancel, on);
    listen(this.targets, 'lostpointercapture', this.handlePointerCancel, on);
  }

  private forgetBox = (): void => {
    this.box = undefined;
  };

  private handleResize = (entries: ResizeObserverEntry[]): void => {
    const size = entries[0]?.contentRect;
    if (
      size &&
      (size.width !== this.box?.width || size.height !== this.box?.height)
    ) {
      this.box = undefined;
    }
  };

  private valueAt(event: PointerEvent): number | null {
    const track = this.options.track();
    if (!track) return null;
    this.box ??= track.getBoundingClientRect();
    return valueAtPoint(
      event.clientX,
      event.clientY,
      this.box,
      this.options.vertical(),
      this.rtl
    );
  }

  private schedule(event: PointerEvent): void {
    const at = this.valueAt(event);
    if (at === null) return;
    this.pending = round(at - this.grabOffset);
    this.frame ||= requestAnimationFrame(this.flush);
  }

  private flush = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.pending === undefined) return;
    const value = this.pending;
    this.pending = undefined;
    this.options.onMove(value);
  };

  /** Ends the drag: applies what is pending, then lets go of everything it held. */
  private stop(): void {
    const pointerId = this.pointerId!;
    this.pointerId = undefined;
    this.listenToDrag(false);
    window.removeEventListener('scroll', this.forgetBox, {capture: true});
    this.resizeObserver?.disconnect();
    if (this.host.hasPointerCapture?.(pointerId))
      this.host.releasePointerCapture(pointerId);
    const commit = this.host.isConnected;
    if (commit) this.flush();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = undefined;
    this.options.onEnd({
      changed: commit && this.options.value() !== this.startValue,
    });
  }
}

/** How far a finger may wander during a tap, in CSS px. */
const TAP_SLOP = 10;

function listen(
  targets: EventTarget[],
  type: string,
  handler: (event: PointerEvent) => void,
  on: boolean
): void {
  for (const target of targets) {
    if (on) target.addEventListener(type, handler as EventListener);
    else target.removeEventListener(type, handler as EventListener);
  }
}

const preventDefault = (event: Event): void => event.preventDefault();
