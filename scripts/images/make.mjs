#!/usr/bin/env node
/**
 * Generates the demo's before/after illustrations: the Roman theatre at
 * Palmyra and the tetrapylon behind it seen from a drone, intact (June 2016)
 * and with the theatre's central stage façade and the tetrapylon's columns
 * blown up (February 2017), in a grey, grainy drone-video look.
 *
 * Everything is drawn from code: an SVG scene rasterised by sharp on top of a
 * seeded noise ground, then graded and grained in JS. Both dates share every
 * pixel except the destroyed façade and tetrapylon, so the comparison slider
 * reveals only the damage. No randomness outside the seeded PRNG, so reruns
 * are byte-identical.
 *
 * This file is the pipeline: scene.mjs says what is drawn (built from
 * cavea, stage, wreckage, tetrapylon and desert over the plan in plan.mjs,
 * with the primitives of draw.mjs, camera.mjs and geometry.mjs), render.mjs
 * turns it into graded pixels, output.mjs encodes them, noise.mjs is the only
 * source of randomness.
 *
 * Usage: node scripts/images/make.mjs [--seed N] [--out DIR]
 */
import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {writeReadme, writeRenditions} from './output.mjs';
import {composite, desertGround, grade, soften} from './render.mjs';
import {assertLocalised, sceneSvg} from './scene.mjs';

const SEED = 20170205;
const MAX_BYTES = 250_000;
const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..'
);

/** Parses --seed and --out. */
function options() {
  const {values} = parseArgs({
    options: {seed: {type: 'string'}, out: {type: 'string'}},
  });
  const seed = values.seed === undefined ? SEED : Number(values.seed);
  if (!Number.isInteger(seed))
    throw new Error(`--seed must be an integer, got ${values.seed}`);
  const outDir = values.out
    ? path.resolve(values.out)
    : path.join(ROOT, 'demo', 'images');
  return {seed, outDir};
}

/** Renders both dates, checks they differ only at the ruins, writes files. */
async function main() {
  const {seed, outDir} = options();
  await mkdir(outDir, {recursive: true});
  const ground = desertGround(seed);
  const masters = {};
  for (const date of ['2016', '2017']) {
    masters[date] = grade(
      soften(await composite(sceneSvg(date, seed), ground)),
      seed
    );
  }
  assertLocalised(masters['2016'], masters['2017']);
  const results = [];
  for (const [date, pixels] of Object.entries(masters)) {
    results.push(...(await writeRenditions(pixels, `palmyra-${date}`, outDir)));
  }
  await writeReadme(outDir);
  for (const {file, bytes} of results)
    console.log(`${file.padEnd(26)} ${String(bytes).padStart(7)}`);
  const tooBig = results.filter((r) => r.bytes >= MAX_BYTES);
  if (tooBig.length) {
    console.error(`${tooBig.length} file(s) are ${MAX_BYTES} bytes or more`);
    process.exitCode = 1;
  }
}

await main();
