import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {english, type Strings, type Template} from '../strings.js';
import {fill, formatPercent, languageOf, tableFor} from './strings.js';

/**
 * The languages besides English, each its own module. The paths are literal
 * so that bundlers emit one small chunk per language, fetched only by a page
 * that asks for it.
 */
const LOCALES: Record<string, () => Promise<{default: Strings}>> = {
  ar: () => import('../locales/ar.js'),
  de: () => import('../locales/de.js'),
  es: () => import('../locales/es.js'),
  fr: () => import('../locales/fr.js'),
  ru: () => import('../locales/ru.js'),
};
const LANGUAGES = Object.keys(LOCALES);

/** The tables fetched so far, shared by every element on the page. */
const tables = new Map<string, Strings>([['en', english]]);
const fetching = new Map<string, Promise<void>>();

function fetchTable(code: string): Promise<void> {
  let fetched = fetching.get(code);
  if (!fetched) {
    fetched = LOCALES[code]!().then(
      (module) => void tables.set(code, module.default),
      // Offline or blocked: English for good, rather than words that never come.
      () => void tables.set(code, english)
    );
    fetching.set(code, fetched);
  }
  return fetched;
}

type Params<K extends keyof Strings> = Parameters<
  Exclude<Strings[K], string>
>[0];

export interface StringsHost extends ReactiveControllerHost, HTMLElement {
  /** The page's own wording, which wins over any table. */
  strings?: Partial<Strings> | null;
}

/**
 * The element's words in its language, looked up again at every render (the
 * page may change `lang`). A language other than English is fetched the first
 * time it is needed; meanwhile English stands in and `final` is false, and
 * the element renders again once it arrives.
 */
export class StringsController implements ReactiveController {
  /** The element's language tag, for number formats. */
  lang = '';
  /** False while the language's table is on its way. */
  final = true;
  private __table = english;

  /** `hydrating`: the render repeats the server's, which had no page (English). */
  constructor(
    private readonly __host: StringsHost,
    private readonly __hydrating = () => false
  ) {
    __host.addController(this);
  }

  hostUpdate(): void {
    if (this.__hydrating()) return;
    this.lang = languageOf(this.__host);
    const code = tableFor(this.lang, LANGUAGES);
    const table = tables.get(code);
    this.final = table !== undefined;
    this.__table = table ?? english;
    if (!table) void fetchTable(code).then(() => this.__host.requestUpdate());
  }

  /** The string `key`, filled from `params`: the page's override if it gave a usable one, else the language's. */
  say<K extends keyof Strings>(
    key: K,
    ...[params]: keyof Params<K> extends never ? [] : [Params<K>]
  ): string {
    const own = this.__host.strings?.[key];
    const template =
      typeof own === 'string' || typeof own === 'function'
        ? own
        : this.__table[key];
    return fill(template as Template<object>, params ?? {});
  }

  /** `share` (0–1) as a percentage in the element's language. */
  percent(share: number): string {
    return formatPercent(this.lang, share);
  }
}
