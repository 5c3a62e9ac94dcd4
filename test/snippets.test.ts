import {expect} from '@open-wc/testing';
import {checkConfig, FIELDS, frameSize} from '../src/embed/config.js';
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
import {guardConsole} from './helpers/guards.js';
import {
  BASE,
  checked,
  IFRAME_SHAPE,
  parse,
  SCRIPT_SHAPE,
  scriptShape,
  shape,
  texts,
} from './helpers/snippets.js';

guardConsole();

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
      expect(shape(doc)).to.deep.equal(SCRIPT_SHAPE);
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
      expect(shape(doc)).to.deep.equal(scriptShape('', '', 'slot,src,alt', 0));
    });
  });

  describe('the iframe snippet', () => {
    it('points at the embed page with the configuration as its query, sized by frameSize', () => {
      const doc = parse(iframeSnippet(PALMYRA, BASE));
      expect(shape(doc)).to.deep.equal(IFRAME_SHAPE);
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
});
