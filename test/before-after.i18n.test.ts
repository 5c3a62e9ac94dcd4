import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {BeforeAfterCaption} from '../src/before-after-caption.js';
import type {BeforeAfter} from '../src/before-after.js';
import ar from '../src/locales/ar.js';
import fr from '../src/locales/fr.js';
import {english, type Strings} from '../src/strings.js';
import {AFTER, BEFORE, handle, image, settled} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole({resetMouse: true});

/**
 * The words a page in another language reads: the slider's name and value
 * text, the caption's announcement and the image messages, in French and in
 * Arabic, with numbers as Intl writes them; the page's own wording; and which
 * language modules each build fetches (Resource Timing, in fresh pages).
 */

const until = (predicate: () => unknown, message?: string) =>
  waitUntil(predicate, message, {timeout: 5000});

const percent = (lang: string, share: number) =>
  new Intl.NumberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);

/**
 * The English a page would hear if a string were left untranslated: each
 * word of the English table that `table` does not use itself ("image" is French too).
 */
function englishIn(text: string, table: Strings): string[] {
  const wordsOf = (t: Strings) =>
    Object.values(t)
      .join(' ')
      .replace(/\{\w+\}/g, ' ')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
  const own = new Set(wordsOf(table));
  const english_ = new Set(wordsOf(english).filter((w) => !own.has(w)));
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => english_.has(word));
}

const FR = {before: '6 juin 2016', after: '5 février 2017'};
const AR = {before: '٦ يونيو ٢٠١٦', after: '٥ فبراير ٢٠١٧'};

interface Figure {
  el: BeforeAfter;
  caption: BeforeAfterCaption;
}

/** A comparison and its caption panel inside `<div lang dir>`, as an article in that language has them. */
async function figure(
  lang: string,
  {
    dir = 'ltr',
    labels = {before: '', after: ''},
    orientation = 'horizontal',
    slotted = () => [image('before', BEFORE), image('after', AFTER)],
  }: {
    dir?: string;
    labels?: {before: string; after: string};
    orientation?: string;
    slotted?: () => HTMLElement[];
  } = {}
): Promise<Figure> {
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${lang} dir=${dir} style="width:640px">
      <figure>
        <before-after
          before-label=${labels.before}
          after-label=${labels.after}
          orientation=${orientation}
        ></before-after>
        <figcaption><before-after-caption></before-after-caption></figcaption>
      </figure>
    </div>
  `);
  const el = wrapper.querySelector('before-after')!;
  el.append(...slotted());
  await el.updateComplete;
  await settled(...el.querySelectorAll('img'));
  const caption = wrapper.querySelector('before-after-caption')!;
  await caption.updateComplete;
  return {el, caption};
}

// Optional: an element may not have rendered yet.
const label = (el: BeforeAfter) => handle(el)?.getAttribute('aria-label');
const valueText = (el: BeforeAfter) =>
  handle(el)?.getAttribute('aria-valuetext');
const status = (caption: BeforeAfterCaption) =>
  caption.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
const messages = (el: BeforeAfter) =>
  [...el.shadowRoot!.querySelectorAll('[part~=error]')].map((n) =>
    n.textContent!.trim()
  );

/** Presses a key on the focused slider and waits for the comparison and its panel to render. */
async function press(key: string, {el, caption}: Figure): Promise<void> {
  handle(el).focus();
  await sendKeys({press: key});
  await el.updateComplete;
  await caption.updateComplete;
}

describe('<before-after> in other languages', () => {
  describe('French', () => {
    it('names the slider and says its value in French, with numbers as Intl writes them', async () => {
      const fig = await figure('fr', {labels: FR});
      const {el} = fig;
      await until(
        () => label(el) === 'Comparer 6 juin 2016 et 5 février 2017',
        `the name stayed "${label(el)}"`
      );
      await press('ArrowRight', fig);
      expect(el.value).to.equal(51);
      expect(valueText(el)).to.equal(
        `${percent('fr', 0.51)} 6 juin 2016 à gauche, ${percent('fr', 0.49)} 5 février 2017 à droite`
      );
      expect(valueText(el)).to.match(/^51\s%/u);
      expect(englishIn(`${label(el)} ${valueText(el)}`, fr)).to.deep.equal([]);
    });

    it('announces the date in view in French', async () => {
      const fig = await figure('fr', {labels: FR});
      await press('End', fig);
      expect(status(fig.caption)).to.equal('Surtout 6 juin 2016');
      await press('Home', fig);
      expect(status(fig.caption)).to.equal('Surtout 5 février 2017');
      expect(englishIn(status(fig.caption), fr)).to.deep.equal([]);
    });

    it('says in French which image is broken or missing', async () => {
      const {el} = await figure('fr', {
        slotted: () => [image('before', '/nope/2016.jpg', 'Le théâtre intact')],
      });
      await until(() => messages(el).length === 2);
      expect(messages(el)).to.deep.equal([
        'Image indisponible\u00a0: Le théâtre intact',
        'Image après manquante',
      ]);
      const img = el.querySelector('img')!;
      img.alt = '';
      img.src = `/nope/2016.jpg?again`;
      await until(() => messages(el)[0] === 'Image indisponible');
      expect(englishIn(messages(el).join(' '), fr)).to.deep.equal([]);
    });

    it('says "image avant" and "image après" for images without labels, and names the slider without dates', async () => {
      const {el} = await figure('fr-CA');
      await until(() => label(el) === 'Comparaison d’images');
      expect(valueText(el)).to.equal(
        `${percent('fr-CA', 0.5)} image avant à gauche, ${percent('fr-CA', 0.5)} image après à droite`
      );
    });

    it('takes the language from <html lang> when no ancestor has one', async () => {
      const root = document.documentElement;
      const old = root.getAttribute('lang');
      root.lang = 'fr';
      try {
        const wrapper = await fixture<HTMLElement>(
          html`<div>
            <before-after before-label="2016" after-label="2017"></before-after>
          </div>`
        );
        const el = wrapper.querySelector('before-after')!;
        el.append(image('before', BEFORE), image('after', AFTER));
        await until(() => label(el) === 'Comparer 2016 et 2017');
      } finally {
        if (old === null) root.removeAttribute('lang');
        else root.lang = old;
      }
    });

    it('takes the language through shadow roots, from the host', async () => {
      const host = await fixture<HTMLElement>(
        html`<section lang="fr"></section>`
      );
      const el = document.createElement('before-after');
      el.append(image('before', BEFORE), image('after', AFTER));
      host.attachShadow({mode: 'open'}).append(el);
      await until(() => label(el) === 'Comparaison d’images');
    });

    it('follows a change of language at its next render', async () => {
      const fig = await figure('fr', {labels: FR});
      await until(
        () => label(fig.el) === 'Comparer 6 juin 2016 et 5 février 2017'
      );
      fig.el.closest('[lang]')!.setAttribute('lang', 'de');
      await press('ArrowLeft', fig);
      await until(
        () => label(fig.el) === '6 juin 2016 mit 5 février 2017 vergleichen'
      );
      expect(valueText(fig.el)).to.equal(
        `${percent('de', 0.49)} 6 juin 2016 links, ${percent('de', 0.51)} 5 février 2017 rechts`
      );
    });
  });

  describe('Arabic, right to left', () => {
    it('names the slider and says its value in Arabic, the sides as the reader sees them', async () => {
      const fig = await figure('ar', {dir: 'rtl', labels: AR});
      const {el} = fig;
      await until(
        () => label(el) === 'مقارنة بين ٦ يونيو ٢٠١٦ و٥ فبراير ٢٠١٧',
        `the name stayed "${label(el)}"`
      );
      await press('ArrowLeft', fig);
      expect(el.value, 'left, away from the start on the right').to.equal(51);
      // In RTL the before image is on the right.
      expect(valueText(el)).to.equal(
        `${percent('ar', 0.51)} ٦ يونيو ٢٠١٦ على اليمين، ${percent('ar', 0.49)} ٥ فبراير ٢٠١٧ على اليسار`
      );
      expect(englishIn(`${label(el)} ${valueText(el)}`, ar)).to.deep.equal([]);
    });

    it('writes Syrian Arabic percentages with the digits Intl gives it', async () => {
      const fig = await figure('ar-SY', {dir: 'rtl'});
      await until(() => label(fig.el) === 'مقارنة بين صورتين');
      await press('End', fig);
      const expected = `${percent('ar-SY', 1)} الصورة السابقة على اليمين، ${percent('ar-SY', 0)} الصورة اللاحقة على اليسار`;
      expect(valueText(fig.el)).to.equal(expected);
      // CLDR gives ar-SY Arabic-Indic digits; an engine with other data must still agree with its own Intl.
      if (percent('ar-SY', 1).includes('١٠٠'))
        expect(valueText(fig.el)).not.to.match(/[0-9]/);
    });

    it('says top and bottom when vertical', async () => {
      const fig = await figure('ar', {
        dir: 'rtl',
        labels: AR,
        orientation: 'vertical',
      });
      await until(() => label(fig.el)!.startsWith('مقارنة'));
      await press('ArrowDown', fig);
      expect(valueText(fig.el)).to.equal(
        `${percent('ar', 0.51)} ٦ يونيو ٢٠١٦ في الأعلى، ${percent('ar', 0.49)} ٥ فبراير ٢٠١٧ في الأسفل`
      );
    });

    it('names the sides by the direction, not by the language', async () => {
      const ltr = await figure('ar', {labels: AR});
      await until(() => valueText(ltr.el)!.includes('على اليسار'));
      expect(valueText(ltr.el)).to.equal(
        `${percent('ar', 0.5)} ٦ يونيو ٢٠١٦ على اليسار، ${percent('ar', 0.5)} ٥ فبراير ٢٠١٧ على اليمين`
      );
      const rtl = await figure('en', {
        dir: 'rtl',
        labels: {before: '2016', after: '2017'},
      });
      expect(valueText(rtl.el)).to.equal(
        '50% 2016 on the right, 50% 2017 on the left'
      );
    });

    it('announces the date in view in Arabic', async () => {
      const fig = await figure('ar', {dir: 'rtl', labels: AR});
      await press('Home', fig);
      expect(status(fig.caption)).to.equal('معظم العرض: ٥ فبراير ٢٠١٧');
      expect(englishIn(status(fig.caption), ar)).to.deep.equal([]);
    });

    it('says in Arabic which image is broken or missing', async () => {
      const {el} = await figure('ar', {
        dir: 'rtl',
        slotted: () => [image('after', '/nope/2017.jpg', 'المسرح المدمر')],
      });
      await until(
        () => messages(el).length === 2 && messages(el)[0] !== 'No before image'
      );
      expect(messages(el)).to.deep.equal([
        'الصورة السابقة مفقودة',
        'الصورة غير متاحة: المسرح المدمر',
      ]);
      expect(englishIn(messages(el).join(' '), ar)).to.deep.equal([]);
    });
  });

  describe('the page’s own wording (the strings property)', () => {
    it('wins over the language, string by string, as templates or functions', async () => {
      const fig = await figure('fr', {labels: FR});
      const {el} = fig;
      await until(() => label(el)!.startsWith('Comparer'));
      el.strings = {
        label: 'Avant/après\u00a0: {before} → {after}',
        valueText: ({beforePercent, before}) => `${before} : ${beforePercent}`,
      };
      await press('ArrowRight', fig);
      expect(label(el)).to.equal(
        'Avant/après\u00a0: 6 juin 2016 → 5 février 2017'
      );
      expect(valueText(el)).to.equal(`6 juin 2016 : ${percent('fr', 0.51)}`);
      fig.caption.strings = {mostly: 'On voit surtout {date}'};
      await press('End', fig);
      expect(status(fig.caption)).to.equal('On voit surtout 6 juin 2016');
    });

    it('keeps the language’s string where an override is not a string or function', async () => {
      const {el} = await figure('fr', {labels: FR});
      el.strings = {label: null, valueText: 42} as unknown as Partial<Strings>;
      await until(() => label(el) === 'Comparer 6 juin 2016 et 5 février 2017');
      expect(valueText(el)).to.contain('à gauche');
    });

    it('gives way to the label property, which names this one slider', async () => {
      const {el} = await figure('fr', {labels: FR});
      el.strings = {label: 'Avant/après'};
      el.label = 'Le théâtre de Palmyre';
      await el.updateComplete;
      expect(label(el)).to.equal('Le théâtre de Palmyre');
    });
  });
});

/*
 * Fresh pages, so that no language module is in the module map yet: one per
 * build, in the language asked for, with the same markup.
 */
const BUILDS = [
  {
    name: 'the source',
    script: '/src/define.ts',
    locale: /\/src\/locales\/(\w+)\.ts$/,
  },
  {
    name: 'the npm build',
    script: '/dist/define.js',
    locale: /\/dist\/locales\/(\w+)\.js$/,
  },
  {
    name: 'the script-tag build',
    script: '/dist/cdn/before-after.js',
    locale: /\/dist\/cdn\/(ar|de|es|fr|ru)-[\w-]+\.js$/,
  },
];

const opened: HTMLIFrameElement[] = [];
afterEach(() => opened.splice(0).forEach((frame) => frame.remove()));

async function openPage(lang: string, script: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:700px;height:600px;border:0';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><script type="module" src="${script}"></script></head><body>
    <figure><before-after before-label="2016" after-label="2017">
      <img slot="before" src="${BEFORE}" alt="a" width="16" height="9">
      <img slot="after" src="${AFTER}" alt="b" width="16" height="9">
    </before-after><figcaption><before-after-caption></before-after-caption></figcaption></figure>
  </body></html>`;
  const loaded = new Promise((resolve) =>
    frame.addEventListener('load', resolve, {once: true})
  );
  document.body.append(frame);
  opened.push(frame);
  await loaded;
  const win = frame.contentWindow!;
  await until(() => win.customElements.get('before-after-caption'));
  const el = frame.contentDocument!.querySelector('before-after')!;
  await el.updateComplete;
  const fetched = () =>
    win.performance.getEntriesByType('resource').map((entry) => entry.name);
  return {frame, el, fetched};
}

describe('which language modules a page fetches', () => {
  for (const {name, script, locale} of BUILDS) {
    const locales = (urls: string[]) => urls.filter((url) => locale.test(url));

    it(`${name}: an English page fetches none`, async () => {
      const {el, fetched} = await openPage('en-GB', script);
      expect(label(el)).to.equal('Compare 2016 with 2017');
      // Time for a wrong fetch to show.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(
        fetched().some((url) => url.includes(script)),
        'the script'
      ).to.be.true;
      expect(locales(fetched())).to.deep.equal([]);
      // Nor any other chunk but the caption panel's (the page has one):
      // without a note, the notes' code stays on the server.
      if (script.startsWith('/dist/cdn/'))
        expect(
          fetched()
            .map((url) => new URL(url).pathname)
            .filter((path) => path.startsWith('/dist/cdn/'))
            .map((path) => path.replace(/-[\w-]{8}\.js$/, '-*.js'))
            .sort()
        ).to.deep.equal(['/dist/cdn/before-after-caption-*.js', script]);
    });

    it(`${name}: a French page fetches the French module only, and small`, async () => {
      const {el, fetched} = await openPage('fr', script);
      await until(() => label(el) === 'Comparer 2016 et 2017');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const chunks = locales(fetched());
      expect(chunks.map((url) => locale.exec(url)![1])).to.deep.equal(['fr']);
      if (script.startsWith('/dist/')) {
        const source = await (await fetch(chunks[0]!)).text();
        expect(source.length, 'bytes').to.be.below(1500);
        expect(source, 'self-contained').not.to.match(/\bimport\b/);
      }
    });
  }

  it('never announces English while the language loads, and ends in it', async () => {
    const {frame, el} = await openPage('ru', '/src/define.ts');
    const caption = frame.contentDocument!.querySelector(
      'before-after-caption'
    )!;
    const said: string[] = [];
    const region = caption.shadowRoot!.querySelector('[role=status]')!;
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(
      region,
      {childList: true, characterData: true, subtree: true}
    );
    // The reader moves the divider before the Russian words have arrived.
    el.value = 100;
    el.dispatchEvent(new Event('change', {bubbles: true}));
    await caption.updateComplete;
    // The Russian words may already be there (a cached module): never English.
    expect(status(caption), 'while loading').to.be.oneOf([
      '',
      'В основном 2016',
    ]);
    await until(() => label(el) === 'Сравнить 2016 и 2017');
    await until(() => status(caption) !== '');
    expect(said.filter(Boolean)).to.deep.equal(['В основном 2016']);
    expect(valueText(el)).to.equal(
      `${percent('ru', 1)} 2016 слева, ${percent('ru', 0)} 2017 справа`
    );
  });

  it('the embed page passes its lang through, and fetches only that language', async () => {
    const query = new URLSearchParams({
      before: BEFORE,
      after: AFTER,
      'before-alt': 'المسرح',
      'after-alt': 'المسرح بعد',
      'before-label': '٢٠١٦',
      'after-label': '٢٠١٧',
      lang: 'ar',
      dir: 'rtl',
    });
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:640px;height:600px;border:0';
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, {once: true})
    );
    frame.src = `/dist/embed.html?${query}`;
    document.body.append(frame);
    opened.push(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await until(() => doc.querySelector('before-after'));
    const el = doc.querySelector('before-after')!;
    await until(() => label(el) === 'مقارنة بين ٢٠١٦ و٢٠١٧');
    const chunks = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => /\/embed-assets\/(ar|de|es|fr|ru)-/.test(url));
    expect(chunks).to.have.length(1);
    expect(chunks[0]).to.match(/\/embed-assets\/ar-/);
  });
});
