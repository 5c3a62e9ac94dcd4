#!/usr/bin/env node
/**
 * Writes the benchmark's two images, test/bench/fixtures/{before,after}.jpg:
 * the demo's Palmyra illustrations at 1600 × 900, tinted so that they are
 * three-channel colour JPEGs like a news photo (the demo's are greyscale,
 * which decodes cheaper than what a newsroom publishes). Run once; the output
 * is committed, so every run and every machine measures the same bytes.
 *
 *   node test/bench/make-fixtures.mjs
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import sharp from 'sharp';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(here, 'fixtures');
mkdirSync(out, {recursive: true});

for (const [name, year] of [
  ['before', 2016],
  ['after', 2017],
]) {
  // Two passes: sharp skips tint() on a one-channel input, so widen it first.
  const grey = await sharp(join(root, `demo/images/palmyra-${year}-1920.jpg`))
    .resize(1600, 900, {kernel: 'lanczos3'})
    .toColourspace('srgb')
    .raw()
    .toBuffer({resolveWithObject: true});
  const data = await sharp(grey.data, {raw: grey.info})
    // Desert sand: keeps the picture, gives the chroma planes real content.
    .tint({r: 214, g: 184, b: 140})
    // Sharp's defaults are stable across runs: same input, same bytes.
    .jpeg({quality: 82, mozjpeg: true, chromaSubsampling: '4:2:0'})
    .toBuffer();
  if (data.length > 200 * 1024) throw new Error(`${name}.jpg is over 200 KB`);
  writeFileSync(join(out, `${name}.jpg`), data);
  console.log(`fixtures/${name}.jpg ${data.length} B`);
}
