#!/usr/bin/env node
/**
 * Packs the package as npm would publish it, installs the tarball in a small
 * app (test/fixtures/npm-app) and builds that app with Vite into
 * dist/npm-app/, so a test can drag it with Pointer Events hidden: the
 * polyfill must survive an app's bundler, not only our own build.
 * Run after `npm run build`.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'node_modules/.cache/npm-app');
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, {cwd, stdio: ['ignore', 'pipe', 'inherit']})
    .toString()
    .trim();

rmSync(work, {recursive: true, force: true});
mkdirSync(work, {recursive: true});
const tarball = run(
  'npm',
  ['pack', '--silent', '--pack-destination', work],
  root
)
  .split('\n')
  .at(-1);
cpSync(join(root, 'test/fixtures/npm-app'), work, {recursive: true});
writeFileSync(
  join(work, 'package.json'),
  JSON.stringify({
    private: true,
    type: 'module',
    dependencies: {'before-after-compare': `file:./${tarball}`},
  })
);
run(
  'npm',
  ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent'],
  work
);
run(
  join(root, 'node_modules/.bin/vite'),
  [
    'build',
    work,
    '--base',
    './',
    '--outDir',
    join(root, 'dist/npm-app'),
    '--emptyOutDir',
    '--logLevel',
    'error',
  ],
  work
);
console.log(`dist/npm-app: built from ${tarball}`);
