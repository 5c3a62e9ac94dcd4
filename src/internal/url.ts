const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/**
 * Only http(s) and relative URLs may be shown: `data:`, `blob:`,
 * `javascript:` and every other scheme are refused. Tabs and newlines are
 * dropped first, as the URL parser does, so `java\nscript:` is caught too.
 */
export function isSafeImageUrl(url: string): boolean {
  const cleaned = url.replace(/[\t\n\r]/g, '').trim();
  if (cleaned === '') return false;
  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https';
}

/**
 * The URLs of a `srcset` attribute. Splitting at every comma is cruder than
 * the HTML parser but errs on the safe side: a `data:` URL's own comma leaves
 * its scheme at the start of a piece, where it is still caught.
 */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}
