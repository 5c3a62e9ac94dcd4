import {expect, fixture, html} from '@open-wc/testing';
import {
  fill,
  formatPercent,
  languageOf,
  sidesSeen,
  tableFor,
} from '../src/internal/strings.js';
import ar from '../src/locales/ar.js';
import de from '../src/locales/de.js';
import es from '../src/locales/es.js';
import fr from '../src/locales/fr.js';
import ru from '../src/locales/ru.js';
import {english, type Strings} from '../src/strings.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

const percent = (lang: string, share: number) =>
  new Intl.NumberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);

const placeholders = (template: Strings[keyof Strings]) =>
  typeof template === 'string'
    ? [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    : [];

/** A template's words, without its placeholders, spaces and punctuation. */
const words = (template: Strings[keyof Strings]) =>
  String(template)
    .replace(/\{\w+\}/g, '')
    .replace(/[\s\p{P}]/gu, '');

describe('the language rules', () => {
  describe('languageOf', () => {
    it('reads the element’s own lang first, then the closest ancestor’s', async () => {
      const outer = await fixture<HTMLElement>(
        html`<div lang="ar-SY">
          <p lang="fr-CA"><span></span></p>
        </div>`
      );
      const span = outer.querySelector('span')!;
      expect(languageOf(span)).to.equal('fr-CA');
      span.lang = 'de';
      expect(languageOf(span)).to.equal('de');
      outer.querySelector('p')!.removeAttribute('lang');
      span.removeAttribute('lang');
      expect(languageOf(span)).to.equal('ar-SY');
    });

    it('crosses shadow roots to their hosts', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="ru"></div>`);
      const root = host.attachShadow({mode: 'open'});
      const inner = document.createElement('span');
      const nested = document.createElement('div');
      root.append(nested);
      nested.attachShadow({mode: 'open'}).append(inner);
      expect(languageOf(inner)).to.equal('ru');
    });

    it('falls back to <html lang>, and says nothing for lang="" or no lang at all', async () => {
      const old = document.documentElement.getAttribute('lang');
      try {
        document.documentElement.lang = 'es';
        const detached = document.createElement('span');
        expect(languageOf(detached), 'not in the page').to.equal('es');
        const el = await fixture<HTMLElement>(html`<div><span></span></div>`);
        expect(languageOf(el.querySelector('span')!)).to.equal('es');
        el.lang = '';
        expect(languageOf(el.querySelector('span')!), 'unknown').to.equal('');
        document.documentElement.removeAttribute('lang');
        expect(languageOf(detached)).to.equal('');
      } finally {
        if (old === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.lang = old;
      }
    });
  });

  it('tableFor reads a tag by its primary language, whatever its case or region', () => {
    const built = ['ar', 'de', 'es', 'fr', 'ru'];
    expect(tableFor('fr', built)).to.equal('fr');
    expect(tableFor('fr-CA', built)).to.equal('fr');
    expect(tableFor('AR-sy', built)).to.equal('ar');
    expect(tableFor('es-419', built)).to.equal('es');
    expect(tableFor('de_CH', built)).to.equal('de');
    expect(tableFor('en-GB', built)).to.equal('en');
    expect(tableFor('zh-Hant', built)).to.equal('en');
    expect(tableFor('', built)).to.equal('en');
    expect(tableFor('fra', built), 'not fr').to.equal('en');
  });

  describe('fill', () => {
    it('fills each placeholder from the values', () => {
      expect(
        fill('Compare {before} with {after}', {before: '2016', after: '2017'})
      ).to.equal('Compare 2016 with 2017');
    });

    it('fills in one pass: a value holding a placeholder stays as written', () => {
      expect(
        fill('{before} / {after}', {before: '{after}', after: 'B'})
      ).to.equal('{after} / B');
    });

    it('leaves unknown placeholders, and names on the prototype, as written', () => {
      expect(fill('{nope} {toString}', {})).to.equal('{nope} {toString}');
    });

    it('calls a function with the values', () => {
      expect(
        fill(({date}: {date: string}) => `Now: ${date.toUpperCase()}`, {
          date: 'june',
        })
      ).to.equal('Now: JUNE');
    });
  });

  describe('formatPercent', () => {
    for (const lang of ['en', 'fr', 'de', 'es', 'ru', 'ar', 'ar-SY', 'ar-EG'])
      it(`formats as Intl does for ${lang}`, () => {
        expect(formatPercent(lang, 0.62)).to.equal(percent(lang, 0.62));
        expect(formatPercent(lang, 0.38)).to.equal(percent(lang, 0.38));
      });

    it('formats English as Intl does at every whole percent, without building a format', () => {
      for (const lang of ['en', 'en-GB', 'EN-us', ''])
        for (let shown = 0; shown <= 100; shown++)
          expect(formatPercent(lang, shown / 100), `${lang} ${shown}`).to.equal(
            percent('en', shown / 100)
          );
    });

    it('puts French’s space before the sign, and Syrian Arabic’s own digits where the engine’s data does', () => {
      expect(formatPercent('fr', 0.62)).to.match(/^62\s%$/u);
      // Syrian Arabic writes Arabic-Indic digits in CLDR; plain `ar` moved to Latin ones in CLDR 42.
      if (percent('ar-SY', 0.62).includes('٦'))
        expect(formatPercent('ar-SY', 0.62)).to.include('٦٢');
    });

    it('formats a page without a language, or with a broken tag, as English does', () => {
      expect(formatPercent('', 0.5)).to.equal('50%');
      expect(formatPercent('not a tag!', 0.5)).to.equal('50%');
    });
  });

  it('sidesSeen names the sides as the reader sees them', () => {
    expect(sidesSeen(false, false)).to.deep.equal(['left', 'right']);
    expect(sidesSeen(false, true)).to.deep.equal(['right', 'left']);
    expect(sidesSeen(true, false)).to.deep.equal(['top', 'bottom']);
    expect(sidesSeen(true, true)).to.deep.equal(['top', 'bottom']);
  });

  describe('the tables', () => {
    const tables: Record<string, Strings> = {ar, de, es, fr, ru};
    const keys = Object.keys(english) as (keyof Strings)[];

    for (const [lang, table] of Object.entries(tables)) {
      it(`${lang} has every string, with English’s placeholders, and none left in English`, () => {
        expect(Object.keys(table)).to.have.members(keys);
        for (const key of keys) {
          expect(table[key], key).to.be.a('string').and.not.equal('');
          expect(placeholders(table[key]), key).to.deep.equal(
            placeholders(english[key])
          );
          if (words(english[key]))
            expect(words(table[key]), `${key} translated`).not.to.equal(
              words(english[key])
            );
        }
      });
    }
  });
});
