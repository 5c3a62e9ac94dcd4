import {expect, waitUntil} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

// dist/npm-app: the packed package installed in an app and bundled by the
// app's Vite (scripts/build-test-app.mjs), opened with Pointer Events hidden.
describe('installed from npm and bundled by an app, without Pointer Events', () => {
  it('loads the polyfill and drags with the mouse', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 660px; height: 420px; border: 0';
    frame.src = '/dist/npm-app/index.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve));
      const win = frame.contentWindow as Window & typeof globalThis;
      const el = win.document.querySelector('before-after') as BeforeAfter;
      await waitUntil(
        () => typeof win.PointerEvent === 'function' && el.shadowRoot,
        'the polyfill installed PointerEvent and the element upgraded'
      );
      const chunks = win.performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((url) => /pointerevents-[\w-]+\.js$/.test(url));
      expect(chunks, 'the polyfill chunk was fetched').to.have.length(1);
      const size = (await (await fetch(chunks[0]!)).text()).length;
      expect(size, 'the polyfill chunk kept its body').to.be.above(10000);

      const box = frame.getBoundingClientRect();
      const track = el.shadowRoot!.querySelector('[part="base"]')!;
      const r = track.getBoundingClientRect();
      const at = (pct: number): [number, number] => [
        Math.round(box.left + r.left + (r.width * pct) / 100),
        Math.round(box.top + r.top + r.height / 2),
      ];
      const seen: string[] = [];
      el.addEventListener('change', () => seen.push('change'));
      await sendMouse({type: 'move', position: at(50)});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'move', position: at(40)});
      await sendMouse({type: 'move', position: at(25)});
      await sendMouse({type: 'up'});
      await waitUntil(() => seen.length > 0, 'change fired');
      expect(el.value).to.be.closeTo(25, 0.5);
    } finally {
      frame.remove();
    }
  });
});
