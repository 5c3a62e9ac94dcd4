import {expect} from '@open-wc/testing';

/*
 * Pages in iframes, as a reader or an editor gets them: loading one, and
 * auditing it with axe-core.
 */

/** Appends `frame` (its src or srcdoc already set) to the page and resolves once it has loaded. */
export function appendFrame(
  frame: HTMLIFrameElement
): Promise<HTMLIFrameElement> {
  const loaded = new Promise<HTMLIFrameElement>((resolve) =>
    frame.addEventListener('load', () => resolve(frame), {once: true})
  );
  document.body.append(frame);
  return loaded;
}

/** Runs axe-core inside the page and expects no violation. */
export async function audit(doc: Document): Promise<void> {
  const win = doc.defaultView as Window & {
    axe?: {run: (ctx: Document) => Promise<{violations: {id: string}[]}>};
  };
  const script = doc.createElement('script');
  const ready = new Promise((resolve) =>
    script.addEventListener('load', resolve, {once: true})
  );
  script.src = '/node_modules/axe-core/axe.min.js';
  doc.head.append(script);
  await ready;
  const {violations} = await win.axe!.run(doc);
  expect(violations.map((v) => v.id)).to.deep.equal([]);
}
