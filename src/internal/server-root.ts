/**
 * The render root of an element that may have been rendered on the server
 * (a declarative shadow root is there at upgrade). With Lit's hydration
 * support loaded (it sets `litElementHydrateSupport` before LitElement is
 * defined), LitElement reuses that root and hydrates it; without, Lit would
 * render a second copy beside the server's, so the server's is cleared
 * first. Returns whether the element is hydrating server-rendered markup.
 */
export function fromServer(
  host: HTMLElement,
  create: () => HTMLElement | DocumentFragment
): [HTMLElement | DocumentFragment, boolean] {
  const server = host.shadowRoot;
  const rendered = !!server?.firstChild;
  const hydrating =
    rendered &&
    typeof (globalThis as {litElementHydrateSupport?: unknown})
      .litElementHydrateSupport === 'function';
  if (rendered && !hydrating) {
    // Tab may have reached the server's slider first: focus goes to the new
    // one, drawn in this task.
    if (server!.activeElement) queueMicrotask(() => host.focus());
    server!.replaceChildren();
  }
  return [create(), hydrating];
}
