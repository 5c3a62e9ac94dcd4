// node test/ssr/write-page.mjs FILE MODE [--no-caption] VARIANT…: writes the
// server's page for the browser tests (test/ssr.test.ts, through
// test/runner/ssr.mjs).
// MODE: `none` (no script), `hydrate` (Lit's hydration support, then the
// elements) or `plain` (the elements only).
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {renderPage} from './render.mjs';

const [file, mode, ...rest] = process.argv.slice(2);
const caption = rest[0] !== '--no-caption';
const names = caption ? rest : rest.slice(1);

// What the page saw before any test code could look: errors, console
// errors and warnings, and the layout shifts (Chromium) from the first paint.
const watch = `<script>
      window.seen = {errors: [], shift: 0};
      addEventListener('error', (e) => seen.errors.push(String(e.message)));
      for (const level of ['error', 'warn']) {
        const log = console[level];
        console[level] = (...args) => {
          // Lit's development build says so once; the test server serves it.
          if (!String(args[0]).startsWith('Lit is in dev mode'))
            seen.errors.push(args.join(' '));
          log(...args);
        };
      }
      if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift'))
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.shift += entry.value;
        }).observe({type: 'layout-shift', buffered: true});
    </script>`;
const heads = {
  none: '',
  // One resolver (the test server's) for both, so they share one Lit.
  hydrate: `${watch}
    <script type="module">
      import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
      import '/src/define.ts';
    </script>`,
  plain: `${watch}
    <script type="module" src="/src/define.ts"></script>`,
};

// The boxes as the server's HTML lays them out, before the module scripts
// run: each comparison's in the page, then its drawn parts' within it.
const boxes = `<script>
      seen.boxes = [...document.querySelectorAll('before-after')].map((el) => {
        const host = el.getBoundingClientRect();
        const parts = el.shadowRoot.querySelectorAll(
          '.track, .divider, .handle, .label'
        );
        return [
          [host.left, host.top, host.width, host.height],
          ...[...parts].map((part) => {
            const r = part.getBoundingClientRect();
            return [r.left - host.left, r.top - host.top, r.width, r.height];
          }),
        ];
      });
      seen.pins = [...document.querySelectorAll('before-after')].map((el) => {
        const host = el.getBoundingClientRect();
        return [...el.querySelectorAll('before-after-note')].flatMap((note) =>
          [...note.shadowRoot.querySelectorAll('.pin')].map((pin) => {
            const r = pin.getBoundingClientRect();
            return [r.left - host.left, r.top - host.top, r.width, r.height];
          })
        );
      });
      // Each caption panel's dates, from its top-left corner: their lines
      // are held until they come.
      seen.dates = [...document.querySelectorAll('before-after-caption')].map(
        (panel) => {
          const p = panel.getBoundingClientRect();
          const dates = panel.shadowRoot.querySelector('.dates');
          const r = dates.getBoundingClientRect();
          return [r.left - p.left, r.top - p.top, r.width, r.height];
        }
      );
    </script>`;

mkdirSync(dirname(file), {recursive: true});
writeFileSync(
  file,
  await renderPage(names, heads[mode], caption, mode === 'none' ? '' : boxes)
);
