/** Pure rules for the elements' words: which language, which table, and filling a template. */
import type {Template} from '../strings.js';

/**
 * The language of an element as HTML defines it: its own `lang`, else its
 * closest ancestor's, through shadow roots to their hosts, else the document's.
 * Empty when none says (or `lang=""`, "unknown").
 */
export function languageOf(element: Element): string {
  for (let node: Node | null = element; node;) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const lang = (node as Element).getAttribute('lang');
      if (lang !== null) return lang.trim();
    }
    node = (node as ShadowRoot).host ?? node.parentNode;
  }
  // Not in a document yet.
  return (
    element.ownerDocument.documentElement.getAttribute('lang')?.trim() ?? ''
  );
}

/** Which of `available` a language tag reads as (`fr-CA` → `fr`), else `en`. */
export function tableFor(tag: string, available: readonly string[]): string {
  const primary = tag.toLowerCase().split(/[-_]/)[0]!;
  return available.includes(primary) ? primary : 'en';
}

/**
 * Fills `{name}` placeholders from `params` in one pass, so text inside a
 * value is never read as a placeholder; unknown names stay as written.
 */
export function fill<Params extends object>(
  template: Template<Params>,
  params: Params
): string {
  if (typeof template === 'function') return String(template(params));
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name)
      ? String(params[name as keyof Params])
      : whole
  );
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * English, which needs no `Intl`: a page's first number format loads the
 * locale's data, which took 20–40 ms of a comparison's first render here.
 */
export const isEnglish = (lang: string): boolean =>
  lang === '' || /^en(-|$)/i.test(lang);

/** `share` (0–1) as a whole percentage in the language's own way: "62%", "62 %", "٦٢٪". */
export function formatPercent(lang: string, share: number): string {
  if (isEnglish(lang)) return `${Math.round(share * 100)}%`;
  let format = percentFormats.get(lang);
  if (!format) {
    const options = {style: 'percent', maximumFractionDigits: 0} as const;
    try {
      format = new Intl.NumberFormat(lang || 'en', options);
    } catch {
      // Not a language tag ("english", "fr_FR!"): as the English table reads.
      format = new Intl.NumberFormat('en', options);
    }
    percentFormats.set(lang, format);
  }
  return format.format(share);
}

type Place = 'left' | 'right' | 'top' | 'bottom';

/** Where each image is as the reader sees it: this follows the element's direction, not its language. */
export function sidesSeen(vertical: boolean, rtl: boolean): [Place, Place] {
  if (vertical) return ['top', 'bottom'];
  return rtl ? ['right', 'left'] : ['left', 'right'];
}
