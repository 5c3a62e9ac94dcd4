// What each contender costs to download: one minified ESM file per contender,
// every runtime dependency inside, measured raw, gzip -9 and brotli q11.
//
// Peers and the floor are bundled here by esbuild, all with the same settings
// (production, no licence comments, a current browser's syntax). Ours is not
// re-bundled: dist/cdn/before-after.js is measured as it ships (ES2021, Lit
// inside; its lazy polyfill chunk is never fetched by a current browser). Our
// own code without Lit is dist/size/own.js, the file `npm run size` budgets:
// src/define.ts minified as the script-tag build is, with lit left out.
import {build} from 'esbuild';
import {mkdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {ROOT} from './contenders.mjs';

export const OUT = join(ROOT, '.bench', 'bundles');

/** Raw, gzip -9 and brotli (quality 11, text mode) sizes in bytes. */
export function sizes(buffer) {
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, {level: 9}).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  legalComments: 'none',
  define: {'process.env.NODE_ENV': '"production"'},
  logLevel: 'error',
  write: true,
};

/**
 * Makes the file each contender's page loads and measures it.
 * @returns {Promise<{dir: string, file: string, js: object, css: object|null}>}
 */
export async function prepare(contender) {
  const css = contender.css ? sizes(readFileSync(contender.css)) : null;
  if (contender.built) {
    // Served from its own folder, so its relative chunk imports resolve.
    const js = sizes(readFileSync(contender.built));
    return {dir: dirname(contender.built), file: contender.built, js, css};
  }
  mkdirSync(OUT, {recursive: true});
  const file = join(OUT, `${contender.name}.js`);
  const inline = !contender.entry.endsWith('.js');
  await build({
    ...common,
    target: 'es2022',
    outfile: file,
    ...(inline
      ? {stdin: {contents: contender.entry, resolveDir: ROOT, loader: 'js'}}
      : {entryPoints: [contender.entry]}),
  });
  return {dir: OUT, file, js: sizes(readFileSync(file)), css};
}

/** Our element's own code, Lit left out, and the embed page's host resizer. */
export function ownBytes() {
  return {
    withoutLit: sizes(readFileSync(join(ROOT, 'dist/size/own.js'))),
    resizer: sizes(readFileSync(join(ROOT, 'dist/embed-resizer.js'))),
  };
}
