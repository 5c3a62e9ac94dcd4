import type {ReactiveElement} from 'lit';
import {unwatchNear, whenNear, whenScrolledTo} from './near.js';
import {cancelTurn, inTurn} from './turns.js';

/**
 * Connects a comparison in turns (turns.ts), so that a page of many starts
 * without a long task: those near the viewport first, one scrolled on
 * screen before its turn in that very frame. Server-rendered markup is
 * already drawn: it starts only when near, or when focused (the server's
 * slider is in the tab order, and the reader's keys must find it hydrated).
 */
export class Start {
  /** Whether Lit's connection has run. */
  __started = false;
  /** Whether the comparison has come near the viewport (see near.ts). */
  __near = false;

  /** `connect`: Lit's connection and the first render; the host updates once it is near. */
  constructor(
    private readonly __host: ReactiveElement,
    private readonly __connect: () => void
  ) {}

  /** From connectedCallback. */
  __connected(): void {
    const host = this.__host;
    if (this.__started) return this.__run(true);
    whenNear(host, this.__handleNear);
    if (!host.shadowRoot?.firstChild) {
      inTurn(host, this.__run);
      if (!this.__started) whenScrolledTo(host, this.__handleScrolledTo);
    } else host.addEventListener('focusin', this.__handleFocusIn);
  }

  /** From disconnectedCallback: whether Lit's disconnection is due. */
  __disconnected(): boolean {
    const host = this.__host;
    unwatchNear(host);
    whenScrolledTo(host);
    host.removeEventListener('focusin', this.__handleFocusIn);
    if (!this.__started) cancelTurn(host);
    return this.__started;
  }

  private __run = (again = false): void => {
    const host = this.__host;
    if ((this.__started && !again) || !host.isConnected) return;
    this.__started = true;
    whenScrolledTo(host);
    host.removeEventListener('focusin', this.__handleFocusIn);
    this.__connect();
  };

  private __handleFocusIn = (): void => this.__run();

  private __handleScrolledTo = (): void => {
    this.__near = true;
    this.__run();
  };

  private __handleNear = (): void => {
    this.__near = true;
    if (this.__started) this.__host.requestUpdate();
    else inTurn(this.__host, this.__run, true);
  };
}
