import {expect} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import {scriptSnippet} from '../src/embed/snippets.js';
import {checkConfig} from '../src/embed/config.js';
import {
  BUILT,
  closeEmbeds,
  FIXTURES,
  NOTES,
  noteQuery,
  notesOf,
  openEmbed,
  text,
  VALID,
  written,
} from './helpers/embed.js';
import {guardConsole} from './helpers/guards.js';
import {parse} from './helpers/snippets.js';

guardConsole();
afterEach(closeEmbeds);

/*
 * The embed page's `scroll-reveal` field: from the query, a JSON file or
 * the built page under its CSP, written as the comparison's boolean
 * attribute, as `zoom` is, or refused with a message naming it. What the
 * element then does with it (the sweep played once in a frame) is the
 * element's, and its tests'.
 */

const comparisonOf = (doc: Document) =>
  doc.querySelector<BeforeAfter>('before-after')!;

describe('the embed page: scroll-reveal', () => {
  it('sets scroll-reveal on the comparison, beside its notes, from scroll-reveal=true', async () => {
    const {doc} = await openEmbed(
      noteQuery({...VALID, 'scroll-reveal': 'true'}, NOTES)
    );
    expect(doc.querySelector('.errors')).to.equal(null);
    const el = comparisonOf(doc);
    expect(el.getAttribute('scroll-reveal')).to.equal('');
    expect(notesOf(doc)).to.have.length(2);
  });

  it('takes a bare ?scroll-reveal or an empty one as on, as the attribute is when present', async () => {
    for (const query of [
      `${new URLSearchParams(VALID)}&scroll-reveal`,
      `${new URLSearchParams(VALID)}&scroll-reveal=`,
    ]) {
      const {doc} = await openEmbed(query);
      expect(doc.querySelector('.errors'), query).to.equal(null);
      expect(comparisonOf(doc).getAttribute('scroll-reveal'), query).to.equal(
        ''
      );
    }
  });

  it('sets nothing for scroll-reveal=false or no field, and says nothing either', async () => {
    for (const query of [{...VALID, 'scroll-reveal': 'false'}, VALID]) {
      const {doc} = await openEmbed(query);
      expect(doc.querySelector('.errors')).to.equal(null);
      expect(comparisonOf(doc).hasAttribute('scroll-reveal')).to.equal(false);
    }
  });

  it('reads "scroll-reveal": true from a same-origin config= JSON file', async () => {
    const {doc} = await openEmbed({config: `${FIXTURES}/scroll-reveal.json`});
    expect(doc.querySelector('.errors')).to.equal(null);
    expect(comparisonOf(doc).getAttribute('scroll-reveal')).to.equal('');
    expect(notesOf(doc).map((note) => note.text)).to.deep.equal([
      'From a JSON file: the proscenium.',
    ]);
  });

  for (const bad of ['yes', '1', 'TRUE', 'scroll'])
    it(`shows no comparison for scroll-reveal=${bad}, and names the field`, async () => {
      const {doc} = await openEmbed({...VALID, 'scroll-reveal': bad});
      expect(doc.querySelector('before-after')).to.equal(null);
      const items = [...doc.querySelectorAll('.errors li')];
      expect(
        items.map((li) => [li.getAttribute('data-field'), text(li)])
      ).to.deep.equal([
        ['scroll-reveal', 'scroll-reveal must be true or false.'],
      ]);
    });

  it('is the same comparison as the script snippet’s, scroll-reveal and all', async () => {
    // orientation given: the element reflects it, so an upgraded one has it anyway.
    const query = noteQuery(
      {
        ...VALID,
        orientation: 'horizontal',
        zoom: 'true',
        'scroll-reveal': 'true',
      },
      NOTES
    );
    const {doc} = await openEmbed(query);
    const {config, errors} = checkConfig(new URLSearchParams(query));
    expect(errors).to.deep.equal([]);
    const pasted = parse(
      scriptSnippet(config, new URL('/src/embed/', location.href))
    ).querySelector('before-after')!;
    const names = (el: Element) =>
      written(el)
        .map((a) => `${a.name}=${a.value}`)
        .filter((a) => !a.startsWith('id='));
    expect(names(comparisonOf(doc))).to.deep.equal(names(pasted));
    expect(names(pasted)).to.include.members(['zoom=', 'scroll-reveal=']);
  });

  it('writes it in the built page too, under its CSP', async () => {
    const {doc} = await openEmbed(
      noteQuery({...VALID, 'scroll-reveal': 'true', csp: 'strict'}, NOTES),
      {path: BUILT}
    );
    expect(doc.querySelector('.errors')).to.equal(null);
    const el = comparisonOf(doc);
    expect(el.getAttribute('scroll-reveal')).to.equal('');
    // Still the comparison readers can drag and key through.
    const handle = el.shadowRoot!.querySelector('[part~="handle"]')!;
    expect(handle.getAttribute('role')).to.equal('slider');
  });
});
