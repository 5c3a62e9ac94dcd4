const SCHEME = /^([a-z][a-z\d+.-]*):/i;
// eslint-disable-next-line no-control-regex -- control characters are what it strips
const C0_AT_ENDS = /^[\x00-\x20]+|[\x00-\x20]+$/g;

/**
 * Only http(s) and relative URLs may be shown: `data:`, `blob:`,
 * `javascript:` and every other scheme are refused. Cleaned first as the URL
 * parser cleans: tabs and newlines anywhere, and control characters and
 * spaces at either end, so `java\nscript:` and `\x01data:` are caught too.
 */
export function isSafeImageUrl(url: string): boolean {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(C0_AT_ENDS, '');
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
