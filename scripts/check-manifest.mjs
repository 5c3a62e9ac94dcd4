#!/usr/bin/env node
// Fails when the committed custom-elements.json is not what `npm run analyze` writes.
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';

// The analyzer resolves --outdir against the working directory.
const out = 'node_modules/.cache/cem-check';
try {
  execFileSync(
    'npx',
    ['cem', 'analyze', '--config', 'scripts/cem.config.mjs', '--outdir', out],
    {stdio: 'ignore'}
  );
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  if (fresh !== readFileSync('custom-elements.json', 'utf8')) {
    console.error(
      'custom-elements.json is stale: run `npm run analyze` and commit it.'
    );
    process.exit(1);
  }
  console.log('custom-elements.json matches the JSDoc.');
} finally {
  rmSync(out, {recursive: true, force: true});
}
