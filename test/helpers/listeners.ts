/*
 * The one listener tracker: it watches addEventListener and
 * removeEventListener on window and document, to show that an element leaves
 * no listener behind there.
 */

type Options = boolean | EventListenerOptions | undefined;
const captures = (options: Options) =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);

export interface ListenerTracker {
  /** Listeners added since tracking began and still attached, as `'window:scroll ×1'`, by target and type. */
  left(): string[];
  /** How many of them are on one target and type, e.g. `live('window:scroll')`. */
  live(key: string): number;
  /** Puts the real methods back. */
  restore(): void;
}

/**
 * Starts tracking. Like the browser, it counts a listener once per type and
 * capture flag, however often it is added.
 */
export function trackListeners(): ListenerTracker {
  // 'window:scroll' → listener → the capture flags it is attached with
  const attached = new Map<string, Map<unknown, Set<boolean>>>();
  const restores: (() => void)[] = [];
  const entry = (key: string) => {
    if (!attached.has(key)) attached.set(key, new Map());
    return attached.get(key)!;
  };
  const live = (key: string) =>
    [...entry(key).values()].reduce((n, flags) => n + flags.size, 0);

  for (const [name, target] of Object.entries({window, document})) {
    const {addEventListener: add, removeEventListener: remove} = target;
    target.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions
    ) {
      if (listener) {
        const flags = entry(`${name}:${type}`);
        if (!flags.has(listener)) flags.set(listener, new Set());
        flags.get(listener)!.add(captures(options));
      }
      return add.call(this, type, listener as EventListener, options);
    } as typeof target.addEventListener;
    target.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions
    ) {
      const flags = entry(`${name}:${type}`);
      flags.get(listener)?.delete(captures(options));
      // Forget it once gone: holding it would keep its element alive.
      if (flags.get(listener)?.size === 0) flags.delete(listener);
      return remove.call(this, type, listener as EventListener, options);
    } as typeof target.removeEventListener;
    restores.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }

  return {
    left: () =>
      [...attached.keys()]
        .filter((key) => live(key) > 0)
        .map((key) => `${key} ×${live(key)}`),
    live,
    restore: () => restores.forEach((restore) => restore()),
  };
}
