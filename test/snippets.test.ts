import {expect} from '@open-wc/testing';
import {
  checkConfig,
  FIELDS,
  frameSize,
  toQuery,
  type EmbedConfig,
} from '../src/embed/config.js';
import {
  ampSnippet,
  baseUrl,
  comparison,
  comparisonName,
  embedUrl,
  iframeSnippet,
  jsonSnippet,
  scriptSnippet,
} from '../src/embed/snippets.js';

const BASE = new URL('https://cdn.example/before-after/dist/');
const HOSTILE = `"><script>window.top.pwned=1</script><img src=x onerror="window.top.pwned=1">`;

function checked(input: Record<string, string>): EmbedConfig {
  const {config, errors} = checkConfig(input);
  expect(errors).to.deep.equal([]);
  return config;
}

const PALMYRA = checked({
  before: 'images/palmyra-2016.jpg',
  after: 'https://photos.example/palmyra-2017.jpg',
  'before-alt': 'The theatre in 2016',
  'after-alt': 'The theatre in 2017',
  'before-label': 'June 6, 2016',
  'after-label': 'February 5, 2017',
  'before-caption': 'The stage stands.',
  'after-caption': 'The stage is rubble.',
  caption: 'The Roman theatre at Palmyra.',
  'before-credit': 'Agency A',
  'after-credit': 'Agency B',
  credit: 'Russian Defence Ministry via AP',
  value: '30',
  orientation: 'vertical',
  dir: 'ltr',
  lang: 'en',
  title: 'Palmyra’s theatre',
  width: '1600',
  height: '900',
  still: 'palmyra-still.jpg',
});

/** Every text field hostile, and a URL with quotes and angle brackets in its query. */
const EVIL = checked({
  ...Object.fromEntries(
    [
      'before-alt',
      'after-alt',
      'before-label',
      'after-label',
      'before-caption',
      'after-caption',
      'caption',
      'before-credit',
      'after-credit',
      'credit',
      'title',
    ].map((field) => [field, HOSTILE])
  ),
  before: `/a.jpg?q="><script>window.top.pwned=1</script>`,
  after: '/b.jpg?x=1&y=<b>',
  still: `/s.jpg?'onerror='x`,
});

function parse(snippet: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><body>${snippet}`,
    'text/html'
  );
}

/** Tag names and attribute names in document order: what the markup built. */
function shape(doc: Document): string[] {
  return [...doc.body.querySelectorAll('*')].map(
    (el) =>
      `${el.localName}[${[...el.attributes].map((a) => a.name).join(',')}]`
  );
}

function texts(doc: Document): string[] {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent!.trim();
    if (text) found.push(text);
  }
  return found;
}

describe('snippets', () => {
  describe('baseUrl', () => {
    it('reads the address against the page and ends it with a slash', () => {
      const page = 'https://news.example/tools/builder.html?x=1';
      expect(baseUrl('../dist/', page)!.href).to.equal(
        'https://news.example/dist/'
      );
      expect(baseUrl(' https://cdn.example/ba ', page)!.href).to.equal(
        'https://cdn.example/ba/'
      );
      expect(baseUrl('https://cdn.example/ba/?v=2#top', page)!.href).to.equal(
        'https://cdn.example/ba/'
      );
    });

    it('refuses what is not an http(s) address', () => {
      const page = 'https://news.example/builder.html';
      expect(baseUrl('javascript:alert(1)//', page)).to.equal(null);
      expect(baseUrl('data:text/html,x', page)).to.equal(null);
      expect(baseUrl('http://[bad', page)).to.equal(null);
    });
  });

  describe('comparison', () => {
    it('maps the configuration onto the figure, the element, its images and the panel', () => {
      const parts = comparison(PALMYRA, BASE);
      expect(parts.figure).to.deep.equal([
        ['lang', 'en'],
        ['dir', 'ltr'],
      ]);
      expect(parts.element).to.deep.equal([
        ['value', '30'],
        ['orientation', 'vertical'],
        ['before-label', 'June 6, 2016'],
        ['after-label', 'February 5, 2017'],
        ['label', 'Palmyra’s theatre'],
      ]);
      // Relative addresses are the embed page's, which sits in the base folder.
      expect(parts.before).to.deep.equal([
        ['slot', 'before'],
        [
          'src',
          'https://cdn.example/before-after/dist/images/palmyra-2016.jpg',
        ],
        ['alt', 'The theatre in 2016'],
        ['width', '1600'],
        ['height', '900'],
      ]);
      expect(new Map(parts.after).get('src')).to.equal(
        'https://photos.example/palmyra-2017.jpg'
      );
      expect(parts.caption).to.deep.equal([
        {slot: 'before', text: 'The stage stands.'},
        {slot: 'before-credit', text: 'Agency A'},
        {slot: 'after', text: 'The stage is rubble.'},
        {slot: 'after-credit', text: 'Agency B'},
        {slot: null, text: 'The Roman theatre at Palmyra.'},
        {slot: 'credit', text: 'Russian Defence Ministry via AP'},
      ]);
    });

    it('leaves the panel out when it has nothing to show, and keeps an empty alt', () => {
      const parts = comparison({before: '/a.jpg'}, BASE);
      expect(parts.caption).to.equal(null);
      expect(parts.element).to.deep.equal([]);
      expect(parts.after).to.deep.equal([
        ['slot', 'after'],
        ['alt', ''],
      ]);
      expect(comparison({'after-label': '2017'}, BASE).caption).to.deep.equal(
        []
      );
    });

    it('names the comparison by its title, else its dates', () => {
      expect(comparisonName(PALMYRA)).to.equal('Palmyra’s theatre');
      expect(
        comparisonName({'before-label': '2016', 'after-label': '2017'})
      ).to.equal('Compare 2016 with 2017');
      expect(comparisonName({})).to.equal('Image comparison');
    });
  });

  describe('the script snippet', () => {
    it('loads the script-tag build from the base and writes the figure', () => {
      const doc = parse(scriptSnippet(PALMYRA, BASE));
      expect(doc.querySelector('script')!.getAttribute('src')).to.equal(
        'https://cdn.example/before-after/dist/cdn/before-after.js'
      );
      expect(doc.querySelector('script')!.type).to.equal('module');
      // The page rules first, so the box is reserved before the script runs.
      expect(doc.querySelector('link')!.getAttribute('href')).to.equal(
        'https://cdn.example/before-after/dist/cdn/before-after.css'
      );
      expect(shape(doc)).to.deep.equal([
        'link[rel,href]',
        'script[type,src]',
        'figure[lang,dir]',
        'before-after[value,orientation,before-label,after-label,label]',
        'img[slot,src,alt,width,height]',
        'img[slot,src,alt,width,height]',
        'figcaption[]',
        'before-after-caption[]',
        'span[slot]',
        'span[slot]',
        'span[slot]',
        'span[slot]',
        'span[slot]',
      ]);
      const el = doc.querySelector('before-after')!;
      expect(el.getAttribute('before-label')).to.equal('June 6, 2016');
      expect(el.querySelector('[slot=after]')!.getAttribute('alt')).to.equal(
        'The theatre in 2017'
      );
      const panel = doc.querySelector('before-after-caption')!;
      expect(panel.querySelector('[slot=after-credit]')!.textContent).to.equal(
        'Agency B'
      );
      expect(texts(doc)).to.include('The Roman theatre at Palmyra.');
    });

    it('has no caption panel when there is nothing to caption', () => {
      const doc = parse(
        scriptSnippet(
          checked({
            before: '/a.jpg',
            after: '/b.jpg',
            'before-alt': 'a',
            'after-alt': 'b',
          }),
          BASE
        )
      );
      expect(shape(doc)).to.deep.equal([
        'link[rel,href]',
        'script[type,src]',
        'figure[]',
        'before-after[]',
        'img[slot,src,alt]',
        'img[slot,src,alt]',
      ]);
    });
  });

  describe('the iframe snippet', () => {
    it('points at the embed page with the configuration as its query, sized by frameSize', () => {
      const doc = parse(iframeSnippet(PALMYRA, BASE));
      expect(shape(doc)).to.deep.equal([
        'iframe[data-before-after,src,width,height,title,loading,style]',
        'script[src,async]',
      ]);
      const frame = doc.querySelector('iframe')!;
      const src = new URL(frame.getAttribute('src')!);
      expect(src.origin + src.pathname).to.equal(
        'https://cdn.example/before-after/dist/embed.html'
      );
      expect(checkConfig(src.searchParams).config).to.deep.equal(PALMYRA);
      const size = frameSize(PALMYRA, 640);
      expect(frame.getAttribute('width')).to.equal(String(size.width));
      expect(frame.getAttribute('height')).to.equal(String(size.height));
      expect(frame.title).to.equal('Palmyra’s theatre');
      expect(frame.getAttribute('loading')).to.equal('lazy');
      // Fills a narrow column rather than overflowing it; never wider than it was sized for.
      expect(frame.style.width).to.equal('100%');
      expect(frame.style.maxWidth).to.equal(`${size.width}px`);
      expect(doc.querySelector('script')!.getAttribute('src')).to.equal(
        'https://cdn.example/before-after/dist/embed-resizer.js'
      );
    });

    it('follows a narrower width', () => {
      const frame = parse(iframeSnippet(PALMYRA, BASE, 320)).querySelector(
        'iframe'
      )!;
      expect(frame.getAttribute('width')).to.equal('320');
      expect(frame.getAttribute('height')).to.equal(
        String(frameSize(PALMYRA, 320).height)
      );
    });
  });

  describe('the AMP snippet', () => {
    it('has what a resizable amp-iframe needs, with the share image as placeholder', () => {
      const doc = parse(ampSnippet(PALMYRA, BASE));
      const amp = doc.querySelector('amp-iframe')!;
      const size = frameSize(PALMYRA, 640);
      expect(amp.getAttribute('width')).to.equal(String(size.width));
      expect(amp.getAttribute('height')).to.equal(String(size.height));
      expect(amp.getAttribute('layout')).to.equal('responsive');
      expect(amp.hasAttribute('resizable')).to.be.true;
      expect(amp.getAttribute('sandbox')).to.equal(
        'allow-scripts allow-same-origin'
      );
      expect(amp.getAttribute('src')).to.equal(embedUrl(PALMYRA, BASE));
      const overflow = amp.querySelector(':scope > [overflow]')!;
      expect(overflow.getAttribute('role')).to.equal('button');
      expect(overflow.getAttribute('tabindex')).to.equal('0');
      const placeholder = amp.querySelector(':scope > amp-img[placeholder]')!;
      expect(placeholder.getAttribute('layout')).to.equal('fill');
      expect(placeholder.getAttribute('src')).to.equal(
        'https://cdn.example/before-after/dist/palmyra-still.jpg'
      );
      expect(placeholder.getAttribute('alt')).to.equal('Palmyra’s theatre');
    });

    it('falls back on the earlier picture and its alt text without a share image', () => {
      const config = {...PALMYRA};
      delete config.still;
      const placeholder = parse(ampSnippet(config, BASE)).querySelector(
        'amp-img'
      )!;
      expect(placeholder.getAttribute('src')).to.equal(
        'https://cdn.example/before-after/dist/images/palmyra-2016.jpg'
      );
      expect(placeholder.getAttribute('alt')).to.equal('The theatre in 2016');
    });
  });

  describe('the JSON snippet', () => {
    it('round-trips through checkConfig to the same configuration', () => {
      const {config, errors} = checkConfig(JSON.parse(jsonSnippet(PALMYRA)));
      expect(errors).to.deep.equal([]);
      expect(config).to.deep.equal(PALMYRA);
      expect(Object.keys(JSON.parse(jsonSnippet(PALMYRA)))).to.deep.equal(
        FIELDS.filter((f) => PALMYRA[f])
      );
    });
  });

  describe('hostile text', () => {
    it('comes out of the script snippet as attribute values and text only', () => {
      const doc = parse(scriptSnippet(EVIL, BASE));
      expect(shape(doc)).to.deep.equal([
        'link[rel,href]',
        'script[type,src]',
        'figure[]',
        'before-after[before-label,after-label,label]',
        'img[slot,src,alt]',
        'img[slot,src,alt]',
        'figcaption[]',
        'before-after-caption[]',
        'span[slot]',
        'span[slot]',
        'span[slot]',
        'span[slot]',
        'span[slot]',
      ]);
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
      expect(shape(doc)).to.deep.equal([
        'iframe[data-before-after,src,width,height,title,loading,style]',
        'script[src,async]',
      ]);
      const frame = doc.querySelector('iframe')!;
      expect(frame.title).to.equal(HOSTILE);
      const query = new URL(frame.getAttribute('src')!).searchParams;
      expect(query.get('caption')).to.equal(HOSTILE);
      expect(query.get('before')).to.equal(EVIL.before);
      expect(texts(doc)).to.deep.equal([]);
    });

    it('comes out of the AMP snippet as attribute values and no more', () => {
      const doc = parse(ampSnippet(EVIL, BASE));
      expect(shape(doc)).to.deep.equal([
        'amp-iframe[width,height,layout,resizable,sandbox,title,src]',
        'div[overflow,tabindex,role,aria-label]',
        'amp-img[placeholder,layout,src,alt]',
      ]);
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
