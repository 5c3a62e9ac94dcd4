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
  private observer: MutationObserver | null = null;
  private root: Node | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: IdRefOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts, moves or stops watching to match the host's root and id: call it when the id changes. */
  sync(): void {
    const root = this.host.isConnected ? this.host.getRootNode() : null;
    if (!root || !this.options.id()) return this.stop();
    if (root === this.root) return;
    this.stop();
    this.observer ??= new MutationObserver(() => this.options.changed());
    // Subtree stays inside this root: an id in another shadow root is not ours.
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      attributeFilter: ['id'],
    });
    this.root = root;
  }

  private stop(): void {
    this.observer?.disconnect();
    this.root = null;
  }
}
