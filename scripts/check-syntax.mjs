#!/usr/bin/env node
/**
 * Fails if a built file uses syntax newer than ES2021 (the script-tag
 * build, the embed page and the resizer). Every browser the element draws in
 * parses it: its CSS needs aspect-ratio (Chrome 88, Firefox 89, Safari 15),
 * and those browsers all have ES2021, and Pointer Events.
 *
 * Usage: node scripts/check-syntax.mjs FILE...
 */
import {readFile} from 'node:fs/promises';
import {parse} from 'acorn';

const files = process.argv.slice(2);
let failed = false;
for (const file of files) {
  try {
    // ES2022's syntax (class fields, top-level await, static blocks) fails to parse.
    parse(await readFile(file, 'utf8'), {
      ecmaVersion: 2021,
      sourceType: 'module',
    });
    console.log(`${file}: ES2021`);
  } catch (error) {
    failed = true;
    console.error(`${file}: not ES2021: ${error.message}`);
  }
}
if (failed || files.length === 0) process.exit(1);
