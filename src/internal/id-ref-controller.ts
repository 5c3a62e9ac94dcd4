import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface IdRefOptions {
  /** The id the host refers to; empty when it refers to none. */
  id: () => string;
  /** Called when the element that id names may have changed. */
  changed: () => void;
}

/**
 * Keeps an id reference live, as `<label for>` is: while the host is connected
 * and refers to an id, it watches the host's document or shadow root for
 * elements added or removed and for `id` changes, and says when the reference
 * may point elsewhere. The host re-resolves with one `getElementById`, so a
 * busy page costs a lookup per batch of changes. Nothing is watched while the
 * host is out of the page or has no id to find.
 */
export class IdRefController implements ReactiveController {
  private _observer: MutationObserver | null = null;
  private _root: Node | null = null;

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _options: IdRefOptions
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this._stop();
  }

  /** Starts, moves or stops watching to match the host's root and id: call it when the id changes. */
  sync(): void {
    const root = this._host.isConnected ? this._host.getRootNode() : null;
    if (!root || !this._options.id()) return this._stop();
    if (root === this._root) return;
    this._stop();
    this._observer ??= new MutationObserver(() => this._options.changed());
    // Subtree stays inside this root: an id in another shadow root is not ours.
    this._observer.observe(root, {
      childList: true,
      subtree: true,
      attributeFilter: ['id'],
    });
    this._root = root;
  }

  private _stop(): void {
    this._observer?.disconnect();
    this._root = null;
  }
}
