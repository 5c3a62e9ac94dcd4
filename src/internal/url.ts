const SCHEME = /^([a-z][a-z\d+.-]*):/i;
// eslint-disable-next-line no-control-regex -- control characters are what it strips
const C0_AT_ENDS = /^[\x00-\x20]+|[\x00-\x20]+$/g;

/**
 * For image URLs from outside the page (the embed's query string and JSON
 * configuration): only http(s) and relative URLs pass; `data:`, `blob:`,
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
