import {expect} from '@open-wc/testing';
import {checkConfig, toQuery} from '../src/embed/config.js';
import {
  ampSnippet,
  iframeSnippet,
  jsonSnippet,
  scriptSnippet,
} from '../src/embed/snippets.js';
import {TEXT_FIELDS} from './helpers/embed.js';
import {guardConsole} from './helpers/guards.js';
import {
  AMP_SHAPE,
  BASE,
  checked,
  HOSTILE,
  IFRAME_SHAPE,
  parse,
  scriptShape,
  shape,
  texts,
} from './helpers/snippets.js';

guardConsole();

/** Every text field hostile, and a URL with quotes and angle brackets in its query. */
const EVIL = checked({
  ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, HOSTILE])),
  before: `/a.jpg?q="><script>window.top.pwned=1</script>`,
  after: '/b.jpg?x=1&y=<b>',
  still: `/s.jpg?'onerror='x`,
});

describe('snippets', () => {
  describe('hostile text', () => {
    it('comes out of the script snippet as attribute values and text only', () => {
      const doc = parse(scriptSnippet(EVIL, BASE));
      // No lang, dir, value or orientation: EVIL has text fields and addresses only.
      expect(shape(doc)).to.deep.equal(
        scriptShape('', 'before-label,after-label,label', 'slot,src,alt', 5)
      );
      const el = doc.querySelector('before-after')!;
      for (const name of ['before-label', 'after-label', 'label'])
        expect(el.getAttribute(name)).to.equal(HOSTILE);
      const [before, after] = el.querySelectorAll('img');
      expect(before!.alt).to.equal(HOSTILE);
      expect(before!.getAttribute('src')).to.equal(
        new URL(EVIL.before!, BASE).href
      );
      expect(after!.getAttribute('src')).to.equal(
        'https://cdn.example/b.jpg?x=1&y=%3Cb%3E'
      );
      expect(texts(doc)).to.deep.equal(Array(6).fill(HOSTILE));
    });

    it('comes out of the iframe snippet as one attribute and a query that decodes to it', () => {
      const doc = parse(iframeSnippet(EVIL, BASE));
      expect(shape(doc)).to.deep.equal(IFRAME_SHAPE);
      const frame = doc.querySelector('iframe')!;
      expect(frame.title).to.equal(HOSTILE);
      const query = new URL(frame.getAttribute('src')!).searchParams;
      expect(query.get('caption')).to.equal(HOSTILE);
      expect(query.get('before')).to.equal(EVIL.before);
      expect(texts(doc)).to.deep.equal([]);
    });

    it('comes out of the AMP snippet as attribute values and no more', () => {
      const doc = parse(ampSnippet(EVIL, BASE));
      expect(shape(doc)).to.deep.equal(AMP_SHAPE);
      expect(doc.querySelector('amp-iframe')!.getAttribute('title')).to.equal(
        HOSTILE
      );
      expect(doc.querySelector('amp-img')!.getAttribute('src')).to.equal(
        new URL(EVIL.still!, BASE).href
      );
      expect(texts(doc)).to.deep.equal(['Show more']);
    });

    it('comes back out of the JSON as the same strings', () => {
      expect(JSON.parse(jsonSnippet(EVIL)).caption).to.equal(HOSTILE);
      expect(
        toQuery(checkConfig(JSON.parse(jsonSnippet(EVIL))).config)
      ).to.equal(toQuery(EVIL));
    });
  });
});
