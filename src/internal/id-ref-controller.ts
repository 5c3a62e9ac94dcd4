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
  private __observer: MutationObserver | null = null;
  private __root: Node | null = null;

  constructor(
    private readonly __host: ReactiveControllerHost & Element,
    private readonly __options: IdRefOptions
  ) {
    __host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.__stop();
  }

  /** Starts, moves or stops watching to match the host's root and id: call it when the id changes. */
  sync(): void {
    const root = this.__host.isConnected ? this.__host.getRootNode() : null;
    if (!root || !this.__options.id()) return this.__stop();
    if (root === this.__root) return;
    this.__stop();
    this.__observer ??= new MutationObserver(() => this.__options.changed());
    // Subtree stays inside this root: an id in another shadow root is not ours.
    this.__observer.observe(root, {
      childList: true,
      subtree: true,
      attributeFilter: ['id'],
    });
    this.__root = root;
  }

  private __stop(): void {
    this.__observer?.disconnect();
    this.__root = null;
  }
}
