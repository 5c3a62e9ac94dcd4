#!/usr/bin/env node
/**
 * Fails if a built file uses syntax newer than ES2018, apart from import()
 * and import.meta, which every browser with ES modules parses. The
 * script-tag build must load in browsers without Pointer Events (Safari 12),
 * or the polyfill could never run.
 *
 * Usage: node scripts/check-syntax.mjs FILE...
 */
import {readFile} from 'node:fs/promises';
import {parse} from 'acorn';
import {full} from 'acorn-walk';

const files = process.argv.slice(2);
let failed = false;
for (const file of files) {
  const code = await readFile(file, 'utf8');
  const problems = [];
  try {
    // ES2020 is the first level acorn parses import() at; newer syntax fails to parse.
    const ast = parse(code, {
      ecmaVersion: 2020,
      sourceType: 'module',
      locations: true,
    });
    full(ast, (node) => {
      const found = newerThan2018(node);
      if (found)
        problems.push(
          `${found} at ${node.loc.start.line}:${node.loc.start.column}`
        );
    });
  } catch (error) {
    problems.push(error.message);
  }
  if (problems.length) {
    failed = true;
    console.error(
      `${file}: not ES2018\n  ${problems.slice(0, 5).join('\n  ')}`
    );
  } else console.log(`${file}: ES2018 (+ import())`);
}
if (failed || files.length === 0) process.exit(1);

function newerThan2018(node) {
  if (node.type === 'ChainExpression') return 'optional chaining (ES2020)';
  if (node.type === 'LogicalExpression' && node.operator === '??')
    return 'nullish coalescing (ES2020)';
  if (node.type === 'Literal' && node.bigint) return 'BigInt (ES2020)';
  if (node.type === 'CatchClause' && node.param === null)
    return 'optional catch binding (ES2019)';
  if (node.type === 'ExportAllDeclaration' && node.exported)
    return 'export * as (ES2020)';
  return '';
}
