import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {type Box, isRtl, valueAtPoint} from './geometry.js';
import {pointerEventsReady} from './pointer-events.js';

/** What the controller needs from the element it drives: all of it through this object, none through the element's public API. */
export interface DragOptions {
  /** When true, only a press on the handle starts a drag; presses elsewhere are left to the page. */
  handleOnly(): boolean;
  vertical(): boolean;
  value(): number;
  /** How far from each end the handle stops short of the divider, in percent (see handleStop). */
  handleStop(): number;
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
  private __pointerId: number | undefined;
  private __moved = false;
  private __downAt: [number, number] = [0, 0];
  private __isMouse = false;
  private __box: Box | undefined;
  private __grabOffset = 0;
  private __rtl = false;
  private __pending: number | undefined;
  private __frame = 0;
  private __startValue = 0;
  /** Set when the polyfill is in use; it reads touch-action from an attribute. */
  private __polyfilled = false;

  constructor(
    private readonly __host: Host,
    private readonly __options: DragOptions
  ) {
    __host.addController(this);
  }

  get dragging(): boolean {
    return this.__pointerId !== undefined;
  }

  /**
   * Where pointer events arrive. Native ones are composed and reach the host;
   * the polyfill's touch events are not, and stop at the shadow root.
   */
  private get __targets(): EventTarget[] {
    return this.__polyfilled ? [this.__host, this.__renderRoot] : [this.__host];
  }

  private get __renderRoot(): ParentNode & EventTarget {
    return this.__host.shadowRoot ?? this.__host;
  }

  hostConnected(): void {
    this.__host.addEventListener('dragstart', preventDefault);
    this.__host.addEventListener('pointerdown', this.__handlePointerDown);
    void pointerEventsReady().then((polyfilled) => {
      if (!polyfilled || this.__polyfilled || !this.__host.isConnected) return;
      this.__polyfilled = true;
      this.__renderRoot.addEventListener(
        'pointerdown',
        this.__handlePointerDown as EventListener
      );
      this.__host.requestUpdate();
    });
  }

  hostUpdated(): void {
    const touchAction = this.__options.vertical() ? 'pan-x' : 'pan-y';
    if (
      this.__polyfilled &&
      this.__host.getAttribute('touch-action') !== touchAction
    ) {
      this.__host.setAttribute('touch-action', touchAction);
    }
  }

  hostDisconnected(): void {
    // First, while `__targets` still names every place a listener was added.
    if (this.dragging) this.__stop();
    this.__host.removeEventListener('dragstart', preventDefault);
    listen(this.__targets, 'pointerdown', this.__handlePointerDown, false);
    this.__polyfilled = false;
  }

  private __handlePointerDown = (event: PointerEvent): void => {
    const isMouse = event.pointerType === 'mouse';
    if (!event.isPrimary || (isMouse && event.button !== 0) || ownPress(event))
      return;
    if (this.dragging) {
      // A drag whose release never came (capture lost without an event) must not block the next one.
      if (this.__host.hasPointerCapture?.(this.__pointerId!)) return;
      this.__stop();
    }
    const track = this.__part('track');
    if (!track || (this.__options.handleOnly() && !this.__onHandle(event)))
      return;
    this.__pointerId = event.pointerId;
    this.__moved = false;
    this.__downAt = [event.clientX, event.clientY];
    this.__isMouse = isMouse;
    this.__rtl = isRtl(this.__host);
    this.__box = track.getBoundingClientRect();
    const atPoint = this.__valueAt(event);
    this.__grabOffset =
      atPoint !== null && this.__grabsHandleOnDivider(event)
        ? atPoint - this.__options.value()
        : 0;
    try {
      this.__host.setPointerCapture(event.pointerId);
    } catch {
      // Not an active pointer (e.g. a synthetic event): move events still arrive while over the element.
    }
    this.__listenToDrag(true);
    // Capture: a scroll of any container moves the box. (A scroll event
    // cannot be cancelled, so it needs no `passive`.)
    window.addEventListener('scroll', this.forgetBox, true);
    this.__startValue = this.__options.value();
    this.__options.onStart();
    if (isMouse) this.__schedule(event);
  };

  private __handlePointerMove = (event: PointerEvent): void => {
    if (event.pointerId !== this.__pointerId) return;
    if (!this.__isMouse && !this.__moved) {
      // A first move across the slider's axis is a page scroll starting: the browser cancels it next.
      const dx = Math.abs(event.clientX - this.__downAt[0]);
      const dy = Math.abs(event.clientY - this.__downAt[1]);
      if (
        (this.__options.vertical() ? dy : dx) <=
        (this.__options.vertical() ? dx : dy)
      )
        return;
    }
    this.__moved = true;
    this.__schedule(event);
  };

  private __handlePointerUp = (event: PointerEvent): void => {
    if (event.pointerId !== this.__pointerId) return;
    // A tap (touch or pen down and up in place) jumps to where it landed; a
    // swipe across the axis that the browser did not scroll changes nothing.
    const [x, y] = this.__downAt;
    if (
      !this.__moved &&
      Math.hypot(event.clientX - x, event.clientY - y) <= TAP_SLOP
    ) {
      this.__schedule(event);
    }
    this.__stop();
  };

  private __handlePointerCancel = (event: PointerEvent): void => {
    if (event.pointerId !== this.__pointerId) return;
    // The browser took the gesture over (a scroll): what was not drawn yet is dropped.
    if (event.type === 'pointercancel') this.__pending = undefined;
    this.__stop();
  };

  /**
   * True for a press on the handle while the handle is drawn on the divider.
   * Near the ends the handle stops short of the divider (so it stays whole);
   * a press there jumps, or the divider could never reach the end.
   */
  private __grabsHandleOnDivider(event: PointerEvent): boolean {
    if (!this.__onHandle(event)) return false;
    const stop = this.__options.handleStop();
    const value = this.__options.value();
    return value >= stop && value <= 100 - stop;
  }

  private __onHandle(event: PointerEvent): boolean {
    const handle = this.__part('handle');
    return !!handle && event.composedPath().includes(handle);
  }

  /** The box positions are measured in (`track`), and the `handle`: a press there keeps the grab offset instead of jumping. */
  private __part(name: 'track' | 'handle'): Element | null {
    return this.__renderRoot.querySelector(`.${name}`);
  }

  private __listenToDrag(on: boolean): void {
    listen(this.__targets, 'pointermove', this.__handlePointerMove, on);
    listen(this.__targets, 'pointerup', this.__handlePointerUp, on);
    listen(this.__targets, 'pointercancel', this.__handlePointerCancel, on);
    listen(
      this.__targets,
      'lostpointercapture',
      this.__handlePointerCancel,
      on
    );
  }

  /** The box moved (a scroll) or was resized (the element's box controller says so): measure it again at the next move. */
  forgetBox = (): void => {
    this.__box = undefined;
  };

  private __valueAt(event: PointerEvent): number | null {
    // The track is looked up only when the box must be measured again (a
    // scroll or resize dropped it): never on an ordinary move.
    if (!this.__box) {
      const track = this.__part('track');
      if (!track) return null;
      this.__box = track.getBoundingClientRect();
    }
    return valueAtPoint(
      event.clientX,
      event.clientY,
      this.__box,
      this.__options.vertical(),
      this.__rtl
    );
  }

  private __schedule(event: PointerEvent): void {
    const at = this.__valueAt(event);
    if (at === null) return;
    this.__pending = at - this.__grabOffset;
    this.__frame ||= requestAnimationFrame(this.__flush);
  }

  private __flush = (): void => {
    cancelAnimationFrame(this.__frame);
    this.__frame = 0;
    if (this.__pending === undefined) return;
    const value = this.__pending;
    this.__pending = undefined;
    this.__options.onMove(value);
  };

  /** Drops the drag under way, if any, with what it has not drawn yet (a pinch took over). */
  cancel(): void {
    if (!this.dragging) return;
    this.__pending = undefined;
    this.__stop();
  }

  /** Ends the drag: applies what is pending, then lets go of everything it held. */
  private __stop(): void {
    const pointerId = this.__pointerId!;
    this.__pointerId = undefined;
    this.__listenToDrag(false);
    window.removeEventListener('scroll', this.forgetBox, true);
    if (this.__host.hasPointerCapture?.(pointerId))
      this.__host.releasePointerCapture(pointerId);
    const commit = this.__host.isConnected;
    if (commit) this.__flush();
    cancelAnimationFrame(this.__frame);
    this.__frame = 0;
    this.__pending = undefined;
    this.__options.onEnd({
      changed: commit && this.__options.value() !== this.__startValue,
    });
  }
}

/** A press on a part with a job of its own (a note's marker, its bubble, the list of notes) is not a drag. */
export const ownPress = (event: Event): boolean =>
  event
    .composedPath()
    .some((target) => (target as HTMLElement).dataset?.noDrag !== undefined);

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
