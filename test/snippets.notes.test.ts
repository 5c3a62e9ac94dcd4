import {expect} from '@open-wc/testing';
import {checkConfig, frameSize, type EmbedConfig} from '../src/embed/config.js';
import {
  ampSnippet,
  configFileName,
  embedUrl,
  frameSource,
  iframeSnippet,
  jsonSnippet,
  MAX_EMBED_URL,
  scriptSnippet,
} from '../src/embed/snippets.js';
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

/*
 * Every snippet carries the notes: the script snippet as <before-after-note>
 * elements, the iframe and AMP snippets in the embed page's address (or, when
 * that is too long, in a JSON file the snippet names), AMP also as a numbered
 * list in the figure, and the JSON as its `notes` list.
 */

const FIELDS = {
  before: 'images/palmyra-2016.jpg',
  after: 'https://photos.example/palmyra-2017.jpg',
  'before-alt': 'The theatre in 2016',
  'after-alt': 'The theatre in 2017',
  'before-label': 'June 6, 2016',
  'after-label': 'February 5, 2017',
  lang: 'en',
};

const NOTES = [
  {
    x: 50,
    y: 38,
    value: 25,
    text: 'The proscenium: standing in June 2016, rubble by February 2017.',
  },
  {x: 86, y: 22.5, side: 'before', text: `Columns ${HOSTILE}`},
  {x: 10, y: 90, side: 'after', value: 0, text: 'A & B <i>"later"</i>'},
];

const withNotes = (
  notes: unknown,
  fields: Record<string, string> = FIELDS
): EmbedConfig => {
  const {config, errors} = checkConfig({...fields, notes});
  expect(errors).to.deep.equal([]);
  return config;
};

const CONFIG = withNotes(NOTES);

/** Twenty notes of 80 characters: the yardstick for an address. */
const TWENTY = Array.from({length: 20}, (_, i) => ({
  x: 4 * i + 2,
  y: 38.25,
  value: 25,
  text: `${i + 1}. The proscenium: standing in June 2016, rubble by February 2017, seen from above`.slice(
    0,
    80
  ),
}));

describe('snippets: notes', () => {
  it('the script snippet writes each note as a <before-after-note> after the images, as text', () => {
    const doc = parse(scriptSnippet(CONFIG, BASE));
    const base = scriptShape(
      'lang',
      'before-label,after-label',
      'slot,src,alt',
      0
    );
    expect(shape(doc)).to.deep.equal([
      ...base.slice(0, 6),
      'before-after-note[x,y,value]',
      'before-after-note[x,y,side]',
      'before-after-note[x,y,value,side]',
      'figcaption[]',
      'before-after-caption[]',
    ]);
    const notes = [...doc.querySelectorAll('before-after > before-after-note')];
    expect(
      notes.map((n) => [
        n.getAttribute('x'),
        n.getAttribute('y'),
        n.getAttribute('value'),
        n.getAttribute('side'),
        n.textContent,
      ])
    ).to.deep.equal([
      ['50', '38', '25', null, NOTES[0]!.text],
      ['86', '22.5', null, 'before', NOTES[1]!.text],
      ['10', '90', '0', 'after', NOTES[2]!.text],
    ]);
    expect(texts(doc)).to.deep.equal(NOTES.map((n) => n.text));
  });

  it('the iframe snippet carries the notes in the address, which reads back to the same configuration', () => {
    const doc = parse(iframeSnippet(CONFIG, BASE));
    expect(shape(doc)).to.deep.equal(IFRAME_SHAPE);
    const src = doc.querySelector('iframe')!.getAttribute('src')!;
    expect(src).to.equal(embedUrl(CONFIG, BASE));
    const url = new URL(src);
    expect(url.searchParams.getAll('note')).to.deep.equal([
      `50,38,25:${NOTES[0]!.text}`,
      `86,22.5,before:${NOTES[1]!.text}`,
      `10,90,0,after:${NOTES[2]!.text}`,
    ]);
    expect(checkConfig(url.searchParams).config).to.deep.equal(CONFIG);
    // Readable: commas and colons as they are, spaces as +.
    expect(src).to.contain(
      '&note=50,38,25:The+proscenium:+standing+in+June+2016,+rubble+by+February+2017.'
    );
    expect(doc.querySelector('iframe')!.getAttribute('height')).to.equal(
      String(frameSize(CONFIG, 640).height)
    );
  });

  it('measures the address of twenty 80-character notes, and points the frame at a JSON file instead', () => {
    const config = withNotes(TWENTY);
    expect(TWENTY.every((n) => n.text.length === 80)).to.be.true;
    const inQuery = embedUrl(config, BASE);
    // The notes alone pass the limit: 20 × (6 + 13 + 80 + escapes) characters.
    expect(inQuery.length).to.be.above(MAX_EMBED_URL);
    const source = frameSource(config, BASE);
    const file = configFileName(config);
    expect(file).to.match(/^before-after-[\da-f]{8}\.json$/);
    expect(source).to.deep.equal({
      src: `${BASE.href}embed.html?config=${file}`,
      file,
      queryLength: inQuery.length,
    });

    for (const code of [
      iframeSnippet(config, BASE),
      ampSnippet(config, BASE),
    ]) {
      const doc = parse(code);
      const frame = doc.querySelector('iframe, amp-iframe')!;
      expect(frame.getAttribute('src')).to.equal(source.src);
      expect(frame.getAttribute('src')!.length).to.be.below(MAX_EMBED_URL);
      // The snippet says which file to save where.
      const comments: string[] = [];
      const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_COMMENT);
      while (walker.nextNode()) comments.push(walker.currentNode.textContent!);
      expect(comments.join(' ')).to.contain(
        `too long for an address (${inQuery.length} characters; at most 2000), so the frame reads it from a file: save the JSON code as ${file} in the folder that holds embed.html.`
      );
    }
    // The file is the JSON snippet, which reads back to the configuration.
    expect(checkConfig(JSON.parse(jsonSnippet(config))).config).to.deep.equal(
      config
    );
  });

  it('keeps an address of up to 2000 characters, and names each configuration’s file by its content', () => {
    const fits = withNotes(TWENTY.slice(0, 12));
    expect(embedUrl(fits, BASE).length).to.be.within(1000, MAX_EMBED_URL);
    expect(frameSource(fits, BASE)).to.deep.equal({
      src: embedUrl(fits, BASE),
      queryLength: embedUrl(fits, BASE).length,
    });
    expect(iframeSnippet(fits, BASE)).not.to.contain('<!--');
    const other = withNotes([...TWENTY.slice(0, 19), {...TWENTY[19]!, x: 3}]);
    expect(configFileName(other)).not.to.equal(
      configFileName(withNotes(TWENTY))
    );
    expect(configFileName(withNotes(TWENTY))).to.equal(
      configFileName(withNotes(TWENTY))
    );
  });

  it('the AMP snippet lists the notes in the figure, numbered in order, and says why', () => {
    const doc = parse(ampSnippet(CONFIG, BASE));
    expect(shape(doc)).to.deep.equal([
      'figure[lang]',
      ...AMP_SHAPE,
      'figcaption[]',
      'ol[]',
      'li[]',
      'li[]',
      'li[]',
    ]);
    const items = [...doc.querySelectorAll('figure > figcaption > ol > li')];
    expect(items.map((li) => li.textContent)).to.deep.equal(
      NOTES.map((n) => n.text)
    );
    expect(items.every((li) => li.children.length === 0)).to.be.true;
    const amp = doc.querySelector('figure > amp-iframe')!;
    expect(
      checkConfig(new URL(amp.getAttribute('src')!).searchParams).config
    ).to.deep.equal(CONFIG);
    const comment = [...doc.querySelector('figure')!.childNodes].find(
      (n) => n.nodeType === Node.COMMENT_NODE
    )!;
    expect(comment.textContent).to.contain('AMP shows no markers');
    expect(comment.textContent).to.contain('listed here, in the same order');
  });

  it('the AMP snippet without notes is the frame alone, as before', () => {
    const doc = parse(ampSnippet(checked(FIELDS), BASE));
    expect(shape(doc)).to.deep.equal(AMP_SHAPE);
  });

  it('the JSON snippet ends with the notes, which read back the same', () => {
    const json = JSON.parse(jsonSnippet(CONFIG));
    expect(Object.keys(json).at(-1)).to.equal('notes');
    expect(json.notes).to.deep.equal([
      {x: 50, y: 38, text: NOTES[0]!.text, value: 25},
      {x: 86, y: 22.5, text: NOTES[1]!.text, side: 'before'},
      {x: 10, y: 90, text: NOTES[2]!.text, value: 0, side: 'after'},
    ]);
    expect(checkConfig(json).config).to.deep.equal(CONFIG);
  });

  it('keeps hostile note text as text in every snippet', () => {
    const evil = withNotes([{x: 1, y: 2, text: HOSTILE}]);
    const script = parse(scriptSnippet(evil, BASE));
    expect(script.querySelector('before-after-note')!.textContent).to.equal(
      HOSTILE
    );
    expect(script.querySelectorAll('script')).to.have.length(1);
    expect(script.querySelectorAll('img')).to.have.length(2);
    const amp = parse(ampSnippet(evil, BASE));
    expect(amp.querySelector('li')!.textContent).to.equal(HOSTILE);
    expect(amp.querySelectorAll('script, img, [onerror]')).to.have.length(0);
    const frame = parse(iframeSnippet(evil, BASE)).querySelector('iframe')!;
    expect(new URL(frame.src).searchParams.get('note')).to.equal(
      `1,2:${HOSTILE}`
    );
  });
});

describe('snippets: zoom', () => {
  /** Zoom on, at most ×6, and the proscenium's note zooming ×3. */
  const ZOOMED = withNotes(
    [{...NOTES[0], zoom: 3}, NOTES[1], {...NOTES[2], zoom: '2.5'}],
    {...FIELDS, zoom: 'true', 'max-zoom': '6'}
  );

  it('the script snippet writes zoom and max-zoom on the comparison and zoom on its notes', () => {
    const code = scriptSnippet(ZOOMED, BASE);
    expect(code).to.contain(
      '<before-after before-label="June 6, 2016" after-label="February 5, 2017" zoom="" max-zoom="6">'
    );
    const doc = parse(code);
    expect(shape(doc)).to.deep.equal([
      ...scriptShape(
        'lang',
        'before-label,after-label,zoom,max-zoom',
        'slot,src,alt',
        0
      ).slice(0, 6),
      'before-after-note[x,y,value,zoom]',
      'before-after-note[x,y,side]',
      'before-after-note[x,y,value,side,zoom]',
      'figcaption[]',
      'before-after-caption[]',
    ]);
    expect(
      [...doc.querySelectorAll('before-after-note')].map((n) =>
        n.getAttribute('zoom')
      )
    ).to.deep.equal(['3', null, '2.5']);
  });

  it('the iframe and AMP snippets carry them in the address, the note’s zoom as 3x, and read back the same', () => {
    for (const code of [
      iframeSnippet(ZOOMED, BASE),
      ampSnippet(ZOOMED, BASE),
    ]) {
      const src = parse(code)
        .querySelector('iframe, amp-iframe')!
        .getAttribute('src')!;
      expect(src).to.contain('&zoom=true&max-zoom=6&note=50,38,25,3x:The+');
      const params = new URL(src).searchParams;
      expect(params.getAll('note').map((n) => n.split(':')[0])).to.deep.equal([
        '50,38,25,3x',
        '86,22.5,before',
        '10,90,0,after,2.5x',
      ]);
      expect(checkConfig(params).config).to.deep.equal(ZOOMED);
    }
  });

  it('the JSON snippet has zoom as true, max-zoom, and each note’s zoom as a number', () => {
    const json = JSON.parse(jsonSnippet(ZOOMED));
    expect(json).to.include({zoom: true, 'max-zoom': '6'});
    expect(json.notes.map((n: {zoom?: number}) => n.zoom)).to.deep.equal([
      3,
      undefined,
      2.5,
    ]);
    expect(checkConfig(json).config).to.deep.equal(ZOOMED);
  });

  it('without zoom, no snippet says zoom', () => {
    const off = withNotes(NOTES, {...FIELDS, zoom: 'false'});
    expect(off).not.to.have.property('zoom');
    for (const code of [
      scriptSnippet(off, BASE),
      iframeSnippet(off, BASE),
      ampSnippet(off, BASE),
      jsonSnippet(off),
    ])
      expect(code).not.to.match(/zoom/);
  });
});

describe('snippets: scroll-reveal', () => {
  /** The story on, told at the notes, with zoom beside it. */
  const STORY = withNotes(NOTES, {
    ...FIELDS,
    zoom: 'true',
    'scroll-reveal': 'true',
  });

  it('the script snippet writes scroll-reveal on the comparison, empty, as the boolean attribute it is', () => {
    const code = scriptSnippet(STORY, BASE);
    expect(code).to.contain(
      '<before-after before-label="June 6, 2016" after-label="February 5, 2017" zoom="" scroll-reveal="">'
    );
    const doc = parse(code);
    expect(shape(doc).slice(0, 6)).to.deep.equal(
      scriptShape(
        'lang',
        'before-label,after-label,zoom,scroll-reveal',
        'slot,src,alt',
        0
      ).slice(0, 6)
    );
    expect(
      doc.querySelector('before-after')!.getAttribute('scroll-reveal')
    ).to.equal('');
    // The notes it holds at are there, after the images.
    expect(
      doc.querySelectorAll('before-after > before-after-note')
    ).to.have.length(3);
  });

  it('the iframe and AMP snippets carry scroll-reveal=true in the address, which reads back the same', () => {
    for (const code of [iframeSnippet(STORY, BASE), ampSnippet(STORY, BASE)]) {
      const src = parse(code)
        .querySelector('iframe, amp-iframe')!
        .getAttribute('src')!;
      expect(src).to.contain(
        '&zoom=true&scroll-reveal=true&note=50,38,25:The+'
      );
      expect(checkConfig(new URL(src).searchParams).config).to.deep.equal(
        STORY
      );
    }
  });

  it('the JSON snippet has "scroll-reveal": true, also when the frame reads it from a file', () => {
    const json = JSON.parse(jsonSnippet(STORY));
    expect(json).to.include({zoom: true, 'scroll-reveal': true});
    expect(checkConfig(json).config).to.deep.equal(STORY);

    // Too long for an address: the file the iframe and AMP snippets name is this JSON.
    const long = withNotes(TWENTY, {...FIELDS, 'scroll-reveal': 'true'});
    const source = frameSource(long, BASE);
    expect(source.file).to.equal(configFileName(long));
    for (const code of [iframeSnippet(long, BASE), ampSnippet(long, BASE)])
      expect(code).to.contain(`embed.html?config=${source.file}`);
    expect(JSON.parse(jsonSnippet(long))['scroll-reveal']).to.equal(true);
    // The name changes with the switch: an old cached file is never read for the new story.
    expect(configFileName(withNotes(TWENTY))).not.to.equal(source.file);
  });

  it('without scroll-reveal, no snippet says it', () => {
    const off = withNotes(NOTES, {...FIELDS, 'scroll-reveal': 'false'});
    expect(off).not.to.have.property('scroll-reveal');
    for (const code of [
      scriptSnippet(off, BASE),
      iframeSnippet(off, BASE),
      ampSnippet(off, BASE),
      jsonSnippet(off),
    ])
      expect(code).not.to.match(/scroll-reveal/);
  });
});
