import {expect} from '@open-wc/testing';

// What `npm run build` publishes (npm test builds first).
describe('the published package', () => {
  it('declares no internals in before-after.d.ts', async () => {
    const dts = await (await fetch('/dist/before-after.d.ts')).text();
    expect(dts).to.include('export declare class BeforeAfter');
    for (const internal of [
      'dragStart',
      'dragMove',
      'dragEnd',
      'DragHost',
      'readonly track',
      'readonly handle',
      'get vertical',
    ])
      expect(dts, internal).not.to.include(internal);
  });
});
