// Test-server routes that files in test/ rely on (the CSP one is in csp.mjs):
// a slow network for images, and declaration files as the package ships them.
import {readFile} from 'node:fs/promises';
import {resolve, sep} from 'node:path';

/** `/slow/MS/path` serves `/path` after MS milliseconds: an image on a slow network. */
export async function slowResponses(ctx, next) {
  const match = /^\/slow\/(\d+)(\/.*)$/.exec(ctx.url);
  if (!match) return next();
  await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
  ctx.url = match[2];
  return next();
}

const root = process.cwd();

/**
 * `*.d.ts` as plain text, untouched: the esbuild plugin would otherwise
 * compile a declaration file to (nearly empty) JavaScript, as it does any `.ts`.
 */
export async function declarationsAsText(ctx, next) {
  if (!ctx.path.endsWith('.d.ts')) return next();
  const file = resolve(root, `.${decodeURIComponent(ctx.path)}`);
  if (!file.startsWith(root + sep)) return next();
  try {
    ctx.body = await readFile(file, 'utf8');
    ctx.type = 'text/plain';
  } catch {
    ctx.status = 404;
  }
}
