import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {type Box, isRtl, valueAtPoint} from './geometry.js';
import {pointerEventsReady} from './pointer-events.js';

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
  private _pointerId: number | undefined;
  private _moved = false;
  private _downAt: [number, number] = [0, 0];
  private _isMouse = false;
  private _box: Box | undefined;
  private _grabOffset = 0;
  private _rtl = false;
  private _pending: number | undefined;
  private _frame = 0;
  private _startValue = 0;
  /** Set when the polyfill is in use; it reads touch-action from an attribute. */
  private _polyfilled = false;

  constructor(
    private readonly _host: Host,
    private readonly _options: DragOptions
  ) {
    _host.addController(this);
  }

  get dragging(): boolean {
    return this._pointerId !== undefined;
  }

  /**
   * Where pointer events arrive. Native ones are composed and reach the host;
   * the polyfill's touch events are not, and stop at the shadow root.
   */
  private get _targets(): EventTarget[] {
    return this._polyfilled ? [this._host, this._renderRoot] : [this._host];
  }

  private get _renderRoot(): EventTarget {
    return this._host.shadowRoot ?? this._host;
  }

  hostConnected(): void {
    this._host.addEventListener('dragstart', preventDefault);
    this._host.addEventListener('pointerdown', this._handlePointerDown);
    void pointerEventsReady().then((polyfilled) => {
      if (!polyfilled || this._polyfilled || !this._host.isConnected) return;
      this._polyfilled = true;
      this._renderRoot.addEventListener(
        'pointerdown',
        this._handlePointerDown as EventListener
      );
      this._host.requestUpdate();
    });
  }

  hostUpdated(): void {
    const touchAction = this._options.vertical() ? 'pan-x' : 'pan-y';
    if (
      this._polyfilled &&
      this._host.getAttribute('touch-action') !== touchAction
    ) {
      this._host.setAttribute('touch-action', touchAction);
    }
  }

  hostDisconnected(): void {
    // First, while `_targets` still names every place a listener was added.
    if (this.dragging) this._stop();
    this._host.removeEventListener('dragstart', preventDefault);
    listen(this._targets, 'pointerdown', this._handlePointerDown, false);
    this._polyfilled = false;
  }

  private _handlePointerDown = (event: PointerEvent): void => {
    const isMouse = event.pointerType === 'mouse';
    if (!event.isPrimary || (isMouse && event.button !== 0) || ownPress(event))
      return;
    if (this.dragging) {
      // A drag whose release never came (capture lost without an event) must not block the next one.
      if (this._host.hasPointerCapture?.(this._pointerId!)) return;
      this._stop();
    }
    const track = this._options.track();
    if (!track || (this._options.handleOnly() && !this._onHandle(event)))
      return;
    this._pointerId = event.pointerId;
    this._moved = false;
    this._downAt = [event.clientX, event.clientY];
    this._isMouse = isMouse;
    this._rtl = isRtl(this._host);
    this._box = track.getBoundingClientRect();
    const atPoint = this._valueAt(event);
    this._grabOffset =
      atPoint !== null && this._grabsHandleOnDivider(event)
        ? atPoint - this._options.value()
        : 0;
    try {
      this._host.setPointerCapture(event.pointerId);
    } catch {
      // Not an active pointer (e.g. a synthetic event): move events still arrive while over the element.
    }
    this._listenToDrag(true);
    window.addEventListener('scroll', this.forgetBox, {
      capture: true,
      passive: true,
    });
    this._startValue = this._options.value();
    this._options.onStart();
    if (isMouse) this._schedule(event);
  };

  private _handlePointerMove = (event: PointerEvent): void => {
    if (event.pointerId !== this._pointerId) return;
    if (!this._isMouse && !this._moved) {
      // A first move across the slider's axis is a page scroll starting: the browser cancels it next.
      const dx = Math.abs(event.clientX - this._downAt[0]);
      const dy = Math.abs(event.clientY - this._downAt[1]);
      if (
        (this._options.vertical() ? dy : dx) <=
        (this._options.vertical() ? dx : dy)
      )
        return;
    }
    this._moved = true;
    this._schedule(event);
  };

  private _handlePointerUp = (event: PointerEvent): void => {
    if (event.pointerId !== this._pointerId) return;
    // A tap (touch or pen down and up in place) jumps to where it landed; a
    // swipe across the axis that the browser did not scroll changes nothing.
    const [x, y] = this._downAt;
    if (
      !this._moved &&
      Math.hypot(event.clientX - x, event.clientY - y) <= TAP_SLOP
    ) {
      this._schedule(event);
    }
    this._stop();
  };

  private _handlePointerCancel = (event: PointerEvent): void => {
    if (event.pointerId !== this._pointerId) return;
    // The browser took the gesture over (a scroll): what was not drawn yet is dropped.
    if (event.type === 'pointercancel') this._pending = undefined;
    this._stop();
  };

  /**
   * True for a press on the handle while the handle is drawn on the divider.
   * Near the ends the handle stops short of the divider (so it stays whole);
   * a press there jumps, or the divider could never reach the end.
   */
  private _grabsHandleOnDivider(event: PointerEvent): boolean {
    if (!this._onHandle(event)) return false;
    const stop = this._options.handleStop();
    const value = this._options.value();
    return value >= stop && value <= 100 - stop;
  }

  private _onHandle(event: PointerEvent): boolean {
    const handle = this._options.handle();
    return !!handle && event.composedPath().includes(handle);
  }

  private _listenToDrag(on: boolean): void {
    listen(this._targets, 'pointermove', this._handlePointerMove, on);
    listen(this._targets, 'pointerup', this._handlePointerUp, on);
    listen(this._targets, 'pointercancel', this._handlePointerCancel, on);
    listen(this._targets, 'lostpointercapture', this._handlePointerCancel, on);
  }

  /** The box moved (a scroll) or was resized (the element's box controller says so): measure it again at the next move. */
  forgetBox = (): void => {
    this._box = undefined;
  };

  private _valueAt(event: PointerEvent): number | null {
    // The track is looked up only when the box must be measured again (a
    // scroll or resize dropped it): never on an ordinary move.
    if (!this._box) {
      const track = this._options.track();
      if (!track) return null;
      this._box = track.getBoundingClientRect();
    }
    return valueAtPoint(
      event.clientX,
      event.clientY,
      this._box,
      this._options.vertical(),
      this._rtl
    );
  }

  private _schedule(event: PointerEvent): void {
    const at = this._valueAt(event);
    if (at === null) return;
    this._pending = at - this._grabOffset;
    this._frame ||= requestAnimationFrame(this._flush);
  }

  private _flush = (): void => {
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    if (this._pending === undefined) return;
    const value = this._pending;
    this._pending = undefined;
    this._options.onMove(value);
  };

  /** Drops the drag under way, if any, with what it has not drawn yet (a pinch took over). */
  cancel(): void {
    if (!this.dragging) return;
    this._pending = undefined;
    this._stop();
  }

  /** Ends the drag: applies what is pending, then lets go of everything it held. */
  private _stop(): void {
    const pointerId = this._pointerId!;
    this._pointerId = undefined;
    this._listenToDrag(false);
    window.removeEventListener('scroll', this.forgetBox, {capture: true});
    if (this._host.hasPointerCapture?.(pointerId))
      this._host.releasePointerCapture(pointerId);
    const commit = this._host.isConnected;
    if (commit) this._flush();
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    this._pending = undefined;
    this._options.onEnd({
      changed: commit && this._options.value() !== this._startValue,
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
