import {expect} from '@open-wc/testing';
import {guardConsole} from './helpers/guards.js';

guardConsole();

/** The members a TypeScript user can reach: declared without `private`, `protected` or `#`. */
function publicMembers(dts: string, className: string): string[] {
  const body = dts.slice(dts.indexOf(`export declare class ${className}`));
  const end = body.indexOf('\n}');
  return [
    ...body
      .slice(0, end)
      .matchAll(
        /^ {4}(?!private |protected |#)(?:static )?(?:readonly )?(?:get |set )?(\w+)/gm
      ),
  ].map((m) => m[1]!);
}

// What `npm run build` publishes (npm test builds first).
describe('the published package', () => {
  it('declares only the documented surface of <before-after> in its .d.ts', async () => {
    const dts = await (await fetch('/dist/before-after.d.ts')).text();
    expect([...new Set(publicMembers(dts, 'BeforeAfter'))]).to.have.members([
      'styles',
      'shadowRootOptions',
      'properties',
      'value',
      'step',
      'orientation',
      'beforeLabel',
      'afterLabel',
      'label',
      'hint',
      'handleOnly',
      'formatValueText',
      'strings',
      'zoom',
      'maxZoom',
      'scrollReveal',
      'zoomLevel',
      'zoomTo',
    ]);
    for (const internal of ['dragStart', 'dragMove', 'dragEnd', 'DragHost'])
      expect(dts, internal).not.to.include(internal);
  });

  it('declares only the documented surface of <before-after-caption>', async () => {
    const dts = await (await fetch('/dist/before-after-caption.d.ts')).text();
    expect([
      ...new Set(publicMembers(dts, 'BeforeAfterCaption')),
    ]).to.have.members([
      'styles',
      'properties',
      'htmlFor',
      'strings',
      'control',
      'connectedCallback',
      'disconnectedCallback',
    ]);
  });
});
