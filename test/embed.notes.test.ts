import {expect} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import type {BeforeAfterNote} from '../src/before-after-note.js';
import {scriptSnippet} from '../src/embed/snippets.js';
import {checkConfig} from '../src/embed/config.js';
import {
  ampHeights,
  BUILT,
  closeEmbeds,
  type Embed,
  FIXTURES,
  NOTES,
  noteQuery,
  notesOf,
  openEmbed,
  settledHeight,
  text,
  top,
  VALID,
  written,
} from './helpers/embed.js';
import {guardConsole} from './helpers/guards.js';
import {parse} from './helpers/snippets.js';
import {until} from './helpers/wait.js';

guardConsole();
afterEach(closeEmbeds);

/*
 * The embed page's notes: written as <before-after-note> children of the
 * comparison from the query's `note` parameters or a JSON file, kept as
 * text, refused with a message naming the note's field, and counted in the
 * height the frame reports. And the page and the script snippet build one
 * and the same comparison from one configuration.
 */

const PAYLOAD = '<img src=x onerror="top.pwned=1"><b>bold</b>';

/** The notes as the page should write them: attributes as strings, in the order given. */
const EXPECTED = [
  {x: '50', y: '38', value: '25', text: NOTES[0].text},
  {x: '86', y: '22', value: '75', side: 'before', text: NOTES[1].text},
];

describe('the embed page: notes', () => {
  it('writes each note of the query as a <before-after-note> after the images, in order', async () => {
    const {doc} = await openEmbed(noteQuery(VALID, NOTES));
    expect(notesOf(doc)).to.deep.equal(EXPECTED);
    const children = [...doc.querySelector('before-after')!.children].map(
      (el) => el.localName
    );
    expect(children).to.deep.equal([
      'img',
      'img',
      'before-after-note',
      'before-after-note',
    ]);
    expect(doc.querySelector('.errors')).to.equal(null);
  });

  it('reads the notes from a same-origin config= JSON file', async () => {
    const {doc} = await openEmbed({config: `${FIXTURES}/notes.json`});
    expect(notesOf(doc)).to.deep.equal([
      {
        x: '50',
        y: '38',
        value: '25',
        text: 'From a JSON file: the proscenium.',
      },
      {
        x: '86',
        y: '22',
        side: 'after',
        text: '<b>Not bold</b> & the tetrapylon.',
      },
    ]);
    expect(doc.querySelector('before-after b')).to.equal(null);
  });

  it('keeps markup in a note as text', async () => {
    const {doc} = await openEmbed(
      noteQuery(VALID, [{x: 10, y: 10, text: PAYLOAD}])
    );
    const [note] = doc.querySelectorAll('before-after-note');
    expect(note!.textContent).to.equal(PAYLOAD);
    expect(note!.children).to.have.length(0);
    expect(doc.querySelectorAll('img')).to.have.length(2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(top.pwned).to.equal(undefined);
  });

  it('shows no comparison for a bad note, and names its field', async () => {
    const {doc} = await openEmbed(
      noteQuery(VALID, [
        {x: 10, y: 10, text: 'fine'},
        {x: 10, y: 10, text: 'fine'},
        {x: 101, y: 10, text: 'off the image'},
      ])
    );
    expect(doc.querySelector('before-after, before-after-note')).to.equal(null);
    const items = [...doc.querySelectorAll('.errors li')];
    expect(items.map((li) => li.getAttribute('data-field'))).to.deep.equal([
      'notes[2].x',
    ]);
    expect(text(items[0])).to.equal(
      'notes[2].x must be a number from 0 to 100.'
    );
  });

  it('refuses more than 20 notes', async () => {
    const many = Array.from({length: 21}, (_, i) => ({
      x: i,
      y: i,
      text: `Note ${i}`,
    }));
    const {doc} = await openEmbed(noteQuery(VALID, many));
    expect(doc.querySelector('before-after')).to.equal(null);
    expect(text(doc.querySelector('.errors li[data-field="notes"]'))).to.equal(
      'notes has too many notes (21; at most 20).'
    );
  });

  it('builds the comparison the script snippet writes: one name, one set of notes, one panel', async () => {
    // orientation given: the element reflects it, so an upgraded one has it anyway.
    const fields = {
      ...VALID,
      title: 'Palmyra’s theatre',
      value: '30',
      orientation: 'horizontal',
      lang: 'en',
    };
    const {doc} = await openEmbed(noteQuery(fields, NOTES));
    const config = checkConfig(
      new URLSearchParams(noteQuery(fields, NOTES))
    ).config;
    const base = new URL('/src/embed/', location.href);
    const snippet = parse(scriptSnippet(config, base));
    /** Tag, attributes (addresses resolved, the page's own id and for left out) and text of each element. */
    const tree = (root: Element): unknown[] =>
      [root, ...root.querySelectorAll('*')].map((el) => [
        el.localName,
        written(el)
          .filter((a) => !['id', 'for', 'class'].includes(a.name))
          .map((a) => [
            a.name,
            a.name === 'src' ? new URL(a.value, base).href : a.value,
          ]),
        [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent!.trim())
          .filter(Boolean),
      ]);
    const figure = doc.querySelector('figure')!;
    expect(tree(figure)).to.deep.equal(tree(snippet.querySelector('figure')!));
    // The slider is named from the title in both, as the frame and the page are.
    const comparison = doc.querySelector('before-after')!;
    expect(comparison.getAttribute('label')).to.equal('Palmyra’s theatre');
    expect(doc.title).to.equal('Palmyra’s theatre');
    const slider = await (async () => {
      await (comparison as HTMLElement & {updateComplete: Promise<unknown>})
        .updateComplete;
      return comparison.shadowRoot!.querySelector('[role="slider"]')!;
    })();
    expect(slider.getAttribute('aria-label')).to.equal('Palmyra’s theatre');
  });

  it('works as built, with the notes', async () => {
    const embed = await openEmbed(noteQuery(VALID, NOTES), {path: BUILT});
    expect(notesOf(embed.doc)).to.deep.equal(EXPECTED);
    expect(embed.doc.querySelector('before-after')!.shadowRoot).to.not.equal(
      null
    );
    await settledHeight(embed);
  });
});

/** The caption panel's entries for the notes. */
const noteEntries = (embed: Embed): HTMLElement[] => [
  ...(embed.doc
    .querySelector('before-after-caption')
    ?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="note-item"]') ?? []),
];

describe('the embed page: height with notes', () => {
  /** Twenty notes of 300 characters: a long list under the images on a narrow phone. */
  const LONG_NOTES = Array.from({length: 20}, (_, i) => ({
    x: 5 * i,
    y: 50,
    text: `${i + 1}: ${'The columns of the tetrapylon, thrown down. '.repeat(7)}`.slice(
      0,
      300
    ),
  }));

  it('reports a height that holds every note, and grows with them', async () => {
    const plain = await openEmbed(VALID, {width: 360, height: 600});
    const without = await settledHeight(plain);
    const embed = await openEmbed(noteQuery(VALID, LONG_NOTES), {
      width: 360,
      height: 600,
    });
    // The panel's list comes with the notes' code, after the first height.
    await until(() => noteEntries(embed).length === 20, 'the panel lists them');
    const height = await settledHeight(embed);
    const notes = [...embed.doc.querySelectorAll('before-after-note')];
    expect(notes).to.have.length(20);
    // Each note is shown once, in the caption panel's list (the list under
    // the images would say it twice), and all within the reported height.
    expect(notes.every((note) => note.getClientRects().length === 0)).to.be
      .true;
    const boxes = noteEntries(embed).map((entry) =>
      entry.getBoundingClientRect()
    );
    for (const box of boxes) expect(box.height).to.be.above(0);
    const bottom = Math.max(...boxes.map((box) => box.bottom));
    expect(bottom).to.be.at.most(height);
    // Twenty notes of four lines or more each at 360 px: far taller than the page without them.
    expect(height - without).to.be.above(20 * 50);
  });

  it('reports the new height when the frame narrows and the notes wrap more', async () => {
    const embed = await openEmbed(noteQuery(VALID, LONG_NOTES), {
      width: 640,
      height: 600,
    });
    await until(() => noteEntries(embed).length === 20, 'the panel lists them');
    const wide = await settledHeight(embed);
    embed.frame.style.width = '360px';
    await until(
      () => ampHeights(embed).at(-1) !== wide,
      'no new height after the width changed'
    );
    const last = await settledHeight(embed);
    expect(last).to.be.above(wide);
    const bottom = Math.max(
      ...noteEntries(embed).map((entry) => entry.getBoundingClientRect().bottom)
    );
    expect(bottom).to.be.at.most(last);
  });
});

describe('the embed page: zoom', () => {
  /** The proscenium's note zooms ×3 when opened. */
  const ZOOMING = [{...NOTES[0], zoom: 3}, NOTES[1]];
  const comparisonOf = (doc: Document) =>
    doc.querySelector<BeforeAfter>('before-after')!;

  it('sets zoom and max-zoom on the comparison, and a note’s zoom on its note', async () => {
    const {doc} = await openEmbed(
      noteQuery({...VALID, zoom: 'true', 'max-zoom': '6'}, ZOOMING)
    );
    expect(doc.querySelector('.errors')).to.equal(null);
    const el = comparisonOf(doc);
    expect(el.getAttribute('zoom')).to.equal('');
    expect(el.getAttribute('max-zoom')).to.equal('6');
    expect(el.zoom).to.equal(true);
    expect(el.maxZoom).to.equal(6);
    expect(notesOf(doc)).to.deep.equal([
      {...EXPECTED[0], zoom: '3'},
      EXPECTED[1],
    ]);
    // Defined by the notes' code, which a page with notes fetches.
    await doc.defaultView!.customElements.whenDefined('before-after-note');
    const [first, second] =
      doc.querySelectorAll<BeforeAfterNote>('before-after-note');
    expect(first!.zoom).to.equal(3);
    expect(second!.zoom).to.equal(null);
  });

  it('takes a bare ?zoom as on, as the attribute is when present, and zoom=false as off', async () => {
    const bare = await openEmbed(`${new URLSearchParams(VALID)}&zoom`);
    const on = comparisonOf(bare.doc);
    expect(on.getAttribute('zoom')).to.equal('');
    expect(on.zoom).to.equal(true);
    expect(on.hasAttribute('max-zoom')).to.equal(false);
    expect(on.maxZoom).to.equal(4);

    const off = await openEmbed({...VALID, zoom: 'false'});
    const el = comparisonOf(off.doc);
    expect(el.hasAttribute('zoom')).to.equal(false);
    expect(el.zoom).to.equal(false);
    expect(off.doc.querySelector('.errors')).to.equal(null);
  });

  it('shows no comparison for a bad zoom, max-zoom or note zoom, and names each field', async () => {
    const {doc} = await openEmbed(
      noteQuery({...VALID, zoom: 'yes', 'max-zoom': '12'}, [
        {...NOTES[0], zoom: 1},
        {...NOTES[1], zoom: 9},
      ])
    );
    expect(doc.querySelector('before-after, before-after-note')).to.equal(null);
    const items = [...doc.querySelectorAll('.errors li')];
    expect(
      items.map((li) => [li.getAttribute('data-field'), text(li)])
    ).to.deep.equal([
      ['zoom', 'zoom must be true or false.'],
      ['max-zoom', 'max-zoom must be a number from 1 to 8.'],
      ['notes[0].zoom', 'notes[0].zoom must be a number above 1, at most 8.'],
      ['notes[1].zoom', 'notes[1].zoom must be a number above 1, at most 8.'],
    ]);
  });

  it('zooms as built, under its CSP: from script, and to a note’s point when the note opens', async () => {
    const {doc} = await openEmbed(
      noteQuery(
        {...VALID, zoom: 'true', 'max-zoom': '6', csp: 'strict'},
        ZOOMING
      ),
      {path: BUILT}
    );
    const el = comparisonOf(doc);
    expect(el.zoom).to.equal(true);
    expect(el.getAttribute('zoom')).to.equal('');
    expect(el.zoomLevel).to.equal(1);
    // The zoom code, a chunk of its own, loads from the embed's assets.
    await el.zoomTo(2);
    expect(el.zoomLevel).to.equal(2);
    await until(
      () => el.shadowRoot!.querySelector('[part~="zoom-reset"]'),
      'the zoom buttons'
    );
    await el.zoomTo(1);
    // Opened once its marker is placed, as a reader's press would be.
    await until(
      () =>
        el.shadowRoot!.querySelector<HTMLElement>('[part~="marker"]')?.style
          .translate,
      'the markers to be placed'
    );
    doc.querySelector<BeforeAfterNote>('before-after-note')!.show();
    await until(() => el.zoomLevel === 3, 'the note’s zoom, ×3');
    expect(el.value).to.equal(25);
  });
});
