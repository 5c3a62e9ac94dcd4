// Every element renders with Lit's server renderer (@lit-labs/ssr), from the
// built package: nothing throws, and the HTML holds what the reader sees
// before any script (see test/ssr.test.ts for the browsers).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {comparison, renderToString, variants} from './render.mjs';

/** The server's shadow root of the first `tag` in `html`. */
function shadowOf(html, tag) {
  const start = html.indexOf(`<${tag}`);
  assert.notEqual(start, -1, `no <${tag}>`);
  const open = html.indexOf('<template shadowroot', start);
  const close = html.indexOf('</template>', open);
  assert.ok(
    open !== -1 && close > open,
    `<${tag}> has no declarative shadow root`
  );
  assert.match(
    html.slice(open, html.indexOf('>', open)),
    /shadowrootmode="open"/
  );
  return html.slice(open, close);
}

describe('server rendering (@lit-labs/ssr)', () => {
  for (const [name, attributes] of Object.entries(variants)) {
    it(`renders the comparison, its notes and caption: ${name}`, async () => {
      const html = await renderToString(comparison(name, attributes));
      const shadow = shadowOf(html, 'before-after');
      shadowOf(html, 'before-after-caption');
      assert.equal(html.match(/<before-after-note[\s>]/g)?.length, 2);
      for (const note of html.split('<before-after-note').slice(1))
        assert.match(note, /^[^>]*>\s*(<!--[^>]*-->)?\s*<template shadowroot/);
      // Each note's marker at its point, drawn before any script.
      const pins = [...html.matchAll(/class="marker pin"\s+style="([^"]*)"/g)];
      assert.deepEqual(
        pins.map((m) => m[1]),
        ['left: 25%; top: 40%', 'left: 70%; top: 60%']
      );

      const value = attributes.value === 'abc' ? '50' : attributes.value;
      assert.match(shadow, /role="slider"/);
      assert.match(shadow, new RegExp(`aria-valuenow="${value}"`));
      assert.match(shadow, new RegExp(`style="--_at: ${value}"`));
      assert.match(shadow, />(<!--[^>]*-->)?June 6, 2016</);
      assert.match(shadow, />(<!--[^>]*-->)?February 5, 2017</);
      assert.match(
        shadow,
        /aria-label="Compare June 6, 2016 with February 5, 2017"/
      );
    });
  }

  it('reads the direction from the element’s own dir', async () => {
    const text = (html) => html.match(/aria-valuetext="([^"]*)"/)[1];
    const ltr = await renderToString(comparison('a', variants.ltr));
    const rtl = await renderToString(comparison('b', variants.rtl));
    const vertical = await renderToString(comparison('c', variants.vertical));
    assert.equal(
      text(ltr),
      '30% June 6, 2016 on the left, 70% February 5, 2017 on the right'
    );
    assert.equal(
      text(rtl),
      '30% June 6, 2016 on the right, 70% February 5, 2017 on the left'
    );
    assert.match(text(vertical), /on top/);
    assert.match(vertical, /aria-orientation="vertical"/);
  });
});
