import {expect} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import {
  closeEmbeds,
  FIXTURES,
  openEmbed,
  slotted,
  text,
  TEXT_FIELDS,
  top,
  VALID,
} from './helpers/embed.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();
afterEach(closeEmbeds);

/*
 * What the embed page does with hostile configurations: markup in every text
 * field stays text, and a refused one shows a message naming each field.
 */

const MARKUP = [
  '<img src=x onerror="top.pwned=true">',
  '</script><script>top.pwned=true</script>',
  '<svg onload="top.pwned=true"></svg>',
  '"><iframe src="javascript:top.pwned=true">',
  '<style>*{display:none}</style>&lt;b&gt;',
];

/** Nothing from the payload became an element, ran, or styled the page. */
function expectNothingInjected(doc: Document): void {
  expect(top.pwned, 'a payload ran').to.equal(undefined);
  const tags = (root: ParentNode, selector: string) =>
    [...root.querySelectorAll(selector)].map((n) => n.localName);
  expect(
    tags(doc, 'script:not([src]), style, svg, iframe, [onerror], [onload], b')
  ).to.deep.equal([]);
  // The shadow roots hold the elements' own markup (the handle's svg icon) and nothing else.
  for (const host of doc.querySelectorAll('before-after, before-after-caption'))
    expect(
      tags(
        host.shadowRoot!,
        'img, iframe, script, style, b, [onerror], [onload]'
      )
    ).to.deep.equal([]);
  expect(
    [...doc.images].every(
      (img) => img.slot === 'before' || img.slot === 'after'
    )
  ).to.be.true;
}

/** The visible message names each field. */
function expectMessage(doc: Document, fields: string[]): void {
  const box = doc.querySelector<HTMLElement>('.errors[role=alert]');
  expect(box, 'no error message').to.not.equal(null);
  expect(box!.getBoundingClientRect().height).to.be.above(20);
  expect(getComputedStyle(box!).visibility).to.equal('visible');
  for (const field of fields) {
    const item = box!.querySelector(`li[data-field="${field}"]`);
    expect(item, `no message for ${field}`).to.not.equal(null);
    expect(text(item)).to.contain(field);
  }
  expect(doc.querySelector('before-after')).to.equal(null);
}

describe('the embed page: hostile configurations', () => {
  for (const payload of MARKUP) {
    it(`shows markup as text in every text field: ${payload}`, async () => {
      const query = {...VALID};
      for (const field of TEXT_FIELDS) query[field] = payload;
      const {doc} = await openEmbed(query);
      expectNothingInjected(doc);
      expect(doc.title).to.equal(payload);
      const comparison = doc.querySelector<BeforeAfter>('before-after')!;
      expect(comparison.querySelector('img')!.alt).to.equal(payload);
      expect(
        text(comparison.shadowRoot!.querySelector('[part~="before-label"]'))
      ).to.equal(payload);
      const caption = doc.querySelector('before-after-caption')!;
      expect(slotted(caption, 'before')).to.equal(payload);
      expect(slotted(caption, 'credit')).to.equal(payload);
      expect(text(caption)).to.contain(payload);
    });
  }

  const refused: [
    string,
    Record<string, string> | string,
    string[],
    string?,
  ][] = [
    ['javascript: image', {before: 'javascript:top.pwned=true'}, ['before']],
    ['JaVaScRiPt: image', {after: 'JaVaScRiPt:top.pwned=true'}, ['after']],
    [
      'percent-escaped javascript: image',
      {before: '%6Aavascript:top.pwned=true'},
      ['before'],
    ],
    [
      'tab before javascript:',
      {before: '\tjavascript:top.pwned=true'},
      ['before'],
    ],
    [
      'entity-escaped javascript:',
      {before: '&#106;avascript:top.pwned=true'},
      ['before'],
    ],
    [
      'data: HTML image',
      {after: 'data:text/html,<script>top.pwned=true</script>'},
      ['after'],
    ],
    [
      'data: SVG image',
      {before: 'data:image/svg+xml,<svg onload="top.pwned=true"/>'},
      ['before'],
    ],
    [
      'markup in lang, dir, value, orientation',
      {
        lang: '"><script>top.pwned=true</script>',
        dir: '<b>rtl</b>',
        value: '<img src=x onerror="top.pwned=true">',
        orientation: 'javascript:top.pwned=true',
      },
      ['lang', 'dir', 'value', 'orientation'],
    ],
    ['markup in width', {width: '<b>1</b>', height: '900'}, ['width']],
    ['missing everything', '', ['before', 'after', 'before-alt', 'after-alt']],
    ['config= on another origin', 'OTHER_ORIGIN', ['config']],
    [
      'config= with a javascript: address',
      {config: 'javascript:top.pwned=true'},
      ['config'],
    ],
    [
      'config= not JSON',
      {config: `${FIXTURES}/bad.json`},
      ['config'],
      'not valid JSON',
    ],
    [
      'config= a JSON array',
      {config: `${FIXTURES}/array.json`},
      ['config'],
      'JSON object',
    ],
    // A 404 on purpose: the test server lists it under this file's results.
    [
      'config= missing',
      {config: `${FIXTURES}/nowhere.json`},
      ['config'],
      '404',
    ],
    [
      'config= larger than 64 KB',
      {config: '/package-lock.json'},
      ['config'],
      'too large',
    ],
    [
      '20,000-character strings (config= file)',
      {config: `${FIXTURES}/long.json`},
      ['before', 'caption'],
      'too long',
    ],
  ];
  for (const [name, given, fields, wording] of refused) {
    it(`refuses ${name} with a message naming ${fields.join(', ')}`, async () => {
      const other =
        location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      const otherConfig = `http://${other}:${location.port}${FIXTURES}/palmyra.json`;
      const query =
        given === 'OTHER_ORIGIN'
          ? {config: otherConfig}
          : typeof given === 'string'
            ? given
            : given.config
              ? given
              : {...VALID, ...given};
      const {doc} = await openEmbed(query);
      expectNothingInjected(doc);
      expectMessage(doc, fields);
      expect(doc.images.length).to.equal(0);
      if (wording)
        expect(text(doc.querySelector('.errors'))).to.contain(wording);
      if (given === 'OTHER_ORIGIN') {
        expect(text(doc.querySelector('.errors'))).to.contain(location.origin);
        const fetched = doc
          .defaultView!.performance.getEntriesByType('resource')
          .map((e) => e.name);
        expect(fetched).to.not.include(otherConfig);
      }
    });
  }

  it('refuses a baked-in configuration that is not JSON', async () => {
    const {doc} = await openEmbed('', {path: `${FIXTURES}/baked-bad.html`});
    expectMessage(doc, ['config']);
    expect(text(doc.querySelector('.errors'))).to.contain('not valid JSON');
  });

  it('names only the bad field when the others are fine', async () => {
    const {doc} = await openEmbed({...VALID, 'before-label': 'x'.repeat(81)});
    expectMessage(doc, ['before-label']);
    expect(doc.querySelectorAll('.errors li').length).to.equal(1);
    expect(text(doc.querySelector('.errors li'))).to.contain('too long');
  });
});
