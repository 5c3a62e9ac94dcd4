import {LitElement} from 'lit';
import {captionsIn} from './in-page.js';
import {adoptLightDomStyles} from './light-dom.js';
import {unwatchNear, whenNear, whenScrolledTo} from './near.js';
import {fromServer} from './server-root.js';
import {cancelTurn, inTurn} from './turns.js';

/**
 * A LitElement that connects in turns (turns.ts), so that a page of many
 * starts without a long task: in page order, one scrolled on screen before
 * its turn in that very frame. Server-rendered markup is
 * already drawn: it starts only when near, or when focused (the server's
 * slider is in the tab order, and the reader's keys must find it hydrated).
 * Until its turn the element is not `rendered`: before-after.css shows its
 * `before` image in the box it will have; once drawn, it sets `rendered`.
 * The comparison's base class: not a controller, as Lit's own connection
 * must wait for it (and an object between them costs the script-tag build
 * 57 B gzipped).
 */
export class InTurns extends LitElement {
  /** Whether Lit's connection has run. */
  private __started = false;
  /** Connected with the server's markup, waiting to come near or be focused. */
  private __onServer?: boolean;
  /** Whether the comparison has come near the viewport (see near.ts). */
  protected __near = false;
  /**
   * Server-rendered markup (a declarative shadow root) found at upgrade. With
   * Lit's hydration support loaded, the first render must repeat the server's
   * (hydration writes no attribute): the direction from the element's own
   * `dir`, then one more update picks up the page's. Without it, the server's
   * copy is cleared, so the element renders once, not beside it.
   */
  protected __fromServer = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const [root, hydrating] = fromServer(this, () => super.createRenderRoot());
    this.__fromServer = hydrating;
    return root;
  }

  protected override firstUpdated(): void {
    this.setAttribute('rendered', '');
    if (this.__fromServer) {
      this.__fromServer = false;
      // A new update, not one scheduled within this one (Lit warns of that).
      void this.updateComplete.then(() => this.requestUpdate());
    }
  }

  override connectedCallback(): void {
    if (this.__started) return this.__run(true);
    if (!this.shadowRoot?.firstChild) {
      inTurn(this, this.__run);
      if (!this.__started) whenScrolledTo(this, this.__handleScrolledTo);
    } else {
      this.__onServer = true;
      whenNear(this, this.__handleNear);
      this.addEventListener('focusin', this.__handleFocusIn);
    }
  }

  /**
   * A change made from script after the upgrade (its own attributes come
   * before connectedCallback) to a comparison the server drew: it starts, in
   * a turn, so that its slider's value text and split are not the server's.
   */
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>) {
    super.requestUpdate(...args);
    if (this.__onServer) inTurn(this, this.__run, true);
  }

  override disconnectedCallback(): void {
    unwatchNear(this);
    whenScrolledTo(this);
    this.removeEventListener('focusin', this.__handleFocusIn);
    if (this.__started) super.disconnectedCallback();
    else cancelTurn(this);
  }

  private __run = (again = false): void => {
    if ((this.__started && !again) || !this.isConnected) return;
    this.__started = true;
    this.__onServer = false;
    // Watched from its turn on, not from the upgrade: 300 observations cost
    // the upgrade's one task ~5 ms. Until then a scroll that brings it on
    // screen runs it (whenScrolledTo).
    if (!this.__near) whenNear(this, this.__handleNear);
    whenScrolledTo(this);
    this.removeEventListener('focusin', this.__handleFocusIn);
    // The document or shadow root it is in: the rules its pictures need, and
    // the caption panels there.
    const root = this.getRootNode() as Document | ShadowRoot;
    adoptLightDomStyles(root, this.localName);
    captionsIn(root);
    super.connectedCallback();
    // Now, not in a microtask after the turn's budget is spent.
    if (!this.hasUpdated) this.performUpdate();
  };

  private __handleFocusIn = (): void => this.__run();

  private __handleScrolledTo = (): void => {
    this.__near = true;
    this.__run();
  };

  private __handleNear = (): void => {
    this.__near = true;
    // Its near-viewport set-up comes with an update: in a turn too, since
    // one observer report may bring many comparisons near at once.
    inTurn(this, this.__started ? this.__updateNow : this.__run, true);
  };

  private __updateNow = (): void => {
    this.requestUpdate();
    this.performUpdate();
  };
}
