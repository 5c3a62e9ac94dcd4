// Server rendering with @lit-labs/ssr, as a site generator does it: the
// package through its own "exports" (the built dist/), in plain Node. Used by
// the Node test (render.test.mjs) and, for the browser tests, by the `ssr`
// command (test/runner/ssr.mjs), which runs this file to write the pages.
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, nothing} from 'lit';
import 'before-after-compare/define.js';
import {BeforeAfterCaption} from 'before-after-compare/before-after-caption.js';
import {BeforeAfterNote} from 'before-after-compare/before-after-note.js';

// The browser fetches the notes' and the caption panel's code only for a
// page that has them; a server defines these elements itself.
if (!customElements.get('before-after-note'))
  customElements.define('before-after-note', BeforeAfterNote);
if (!customElements.get('before-after-caption'))
  customElements.define('before-after-caption', BeforeAfterCaption);

/** The cases the issue lists, by name: the comparison's attributes. */
export const variants = {
  ltr: {value: '30'},
  rtl: {value: '30', dir: 'rtl'},
  vertical: {value: '30', orientation: 'vertical'},
  zoom: {value: '30', zoom: true, scrollReveal: true},
  bad: {value: 'abc'},
  // Rendered as LTR English (the server reads only the element's own dir
  // and lang); the page puts it in a French right-to-left block.
  ancestor: {value: '30', page: {dir: 'rtl', lang: 'fr'}},
  // Far below the fold of the browser tests' 600 px viewport: hydrates late.
  far: {value: '30', page: {above: '2400px'}},
};

/** A comparison with two notes, and its caption panel unless told. */
export function comparison(
  id,
  {value, dir, orientation, zoom = false, scrollReveal = false},
  caption = true
) {
  return html`<before-after
      id=${id}
      value=${value}
      dir=${dir ?? nothing}
      orientation=${orientation ?? nothing}
      ?zoom=${zoom}
      ?scroll-reveal=${scrollReveal}
      before-label="June 6, 2016"
      after-label="February 5, 2017"
      ><img
        slot="before"
        src="/test/fixtures/before.svg"
        alt="The square before"
        width="1600"
        height="900"
      /><img
        slot="after"
        src="/test/fixtures/after.svg"
        alt="The square after"
        width="1600"
        height="900"
      /><before-after-note x="25" y="40"
        >The fountain, still standing.</before-after-note
      ><before-after-note x="70" y="60" value="80"
        >The east wall, gone.</before-after-note
      ></before-after
    >${
      caption
        ? html`<before-after-caption for=${id}
            >The square, a year apart.</before-after-caption
          >`
        : nothing
    }`;
}

/** The server's HTML for a template. */
export function renderToString(template) {
  return collectResult(render(template));
}

/**
 * A whole page per variant (and one with all of them), as the browser tests
 * load it: `head` goes first in <head>, where a page loads its scripts, and
 * `tail` last in <body>.
 */
export async function renderPage(names, head = '', caption = true, tail = '') {
  const bodies = await Promise.all(
    names.map(async (name) => {
      const markup = await renderToString(
        comparison(name, variants[name], caption)
      );
      const {dir, lang, above} = variants[name].page ?? {};
      if (above) return `<div style="height: ${above}"></div>${markup}`;
      return dir ? `<div dir="${dir}" lang="${lang}">${markup}</div>` : markup;
    })
  );
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="stylesheet" href="/src/before-after.css" />
    <style>
      body { margin: 0; }
      before-after { width: 600px; margin-block-end: 16px; }
    </style>
    ${head}
  </head>
  <body>
    ${bodies.join('\n')}
    ${tail}
  </body>
</html>
`;
}
