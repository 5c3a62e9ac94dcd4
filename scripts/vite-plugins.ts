// The plugins vite.config.ts builds with: each does something Vite has no option for.
import {readFileSync, readdirSync} from 'node:fs';
import {join, posix, resolve} from 'node:path';
import {transform} from 'esbuild';
import {minify} from 'terser';
import type {Plugin} from 'vite';

const root = resolve(import.meta.dirname, '..');

/**
 * Lit left out, as an app's bundler gets it for the browser: there
 * `isServer` is false, so the server-only branches fold away, as they do in
 * the cdn build (which has Lit inside).
 */
export function browserLit(): Plugin {
  const id = '\0browser-lit';
  // What src/ imports from 'lit' (a re-export of all of it costs a helper).
  const LIT_IMPORTS = 'LitElement, css, html, nothing';
  return {
    name: 'browser-lit',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source !== 'lit'
        ? null
        : importer === id
          ? {id: 'lit', external: true}
          : id,
    load: (loaded) =>
      loaded === id
        ? `export {${LIT_IMPORTS}} from 'lit'; export const isServer = false;`
        : null,
  };
}

/**
 * The page rules for before the upgrade, beside the script that upgrades;
 * minified, as their comments are for developers, not every reader's download.
 */
export function pageCss(): Plugin {
  return {
    name: 'page-css',
    async generateBundle() {
      const css = readFileSync(join(root, 'src/before-after.css'), 'utf8');
      const {code} = await transform(css, {loader: 'css', minify: true});
      this.emitFile({
        type: 'asset',
        fileName: 'before-after.css',
        source: code,
      });
    },
  };
}

/**
 * Minifies each chunk with terser, which can mangle the private members
 * (`_…`), as Lit's own build does; Vite's default minifier cannot. Not
 * Vite's `minify: 'terser'`: in lib mode that keeps the pure annotations.
 * `ecma` is the newest syntax terser may write.
 */
export function terser(ecma: 2018 | 2020): Plugin {
  // Terser mangles each chunk apart, unaware of the others and of what is left out.
  const reserved = foreignProperties();
  return {
    name: 'terser',
    async renderChunk(code) {
      const result = await minify(code, {
        ecma,
        module: true,
        compress: {passes: 2},
        mangle: {
          properties: {
            // Lit's own `_$…` names cross its packages and are left alone.
            regex: /^_(?!\$)/,
            reserved,
          },
        },
        // The licence banner is written after this, by thirdPartyLicenses().
        format: {comments: false},
      });
      return {code: result.code!, map: null};
    },
  };
}

/**
 * The property names in the code that terser minifies apart from ours: lit,
 * which the own build leaves out, and the pointer-events polyfill, a chunk of
 * its own. Both use the same objects as our code (the element, its events),
 * so a mangled name must take none of them (lit's `C` is a method of every
 * element), and the polyfill's `_…` names must stay as they are (it sets
 * `_scrollType` on the element itself).
 */
function foreignProperties(): string[] {
  const names = new Set<string>();
  for (const folder of [
    'lit-html',
    'lit-element',
    '@lit/reactive-element',
    'pointer-events-polyfill/src',
  ]) {
    const dir = join(root, 'node_modules', folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')))
      for (const [, name] of readFileSync(join(dir, file), 'utf8').matchAll(
        /\.([A-Za-z_$][\w$]*)/g
      ))
        names.add(name!);
  }
  return [...names];
}

/**
 * Keeps the notices of the packages bundled in (lit's BSD-3-Clause, the
 * polyfill's MIT), which minifying drops: writes THIRD-PARTY-LICENSES.txt
 * beside the scripts (name, version, licence and its text for each package)
 * and names it in a one-line comment atop each script. Naming it there also
 * makes the publish command copy it with the embed's assets.
 */
export function thirdPartyLicenses(): Plugin {
  const FILE = 'THIRD-PARTY-LICENSES.txt';
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    name: 'third-party-licenses',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
      const packages = new Set<string>();
      for (const chunk of chunks) {
        for (const id of chunk.moduleIds) {
          // Vite's own helpers (for dynamic imports) are virtual modules.
          if (id.startsWith('\0vite/')) packages.add('vite');
          const match = /.*node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(
            id
          );
          if (match) packages.add(match[1]!.replace(/\\/g, '/'));
        }
      }
      const notices = [...packages].sort().map((name) => {
        const dir = join(root, 'node_modules', name);
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
        if (!file) throw new Error(`${name} has no licence file to ship`);
        // Vite's file goes on with the licences of its own dependencies, which are not bundled here.
        const text = readFileSync(join(dir, file), 'utf8')
          .split(/^# Licenses of bundled dependencies/m)[0]!
          .trim();
        return `${pkg.name} ${pkg.version} (${pkg.license})\n\n${text}\n`;
      });
      if (notices.length === 0) return;
      const folder = posix.dirname(chunks[0]!.fileName);
      this.emitFile({
        type: 'asset',
        fileName: posix.join(folder, FILE),
        source: `Packages bundled into ${own.name}'s scripts in this folder, and their licences.\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`,
      });
      const banner = `/*! ${own.name} ${own.version} (${own.license}) | bundled packages and their licences: ${FILE} */\n`;
      for (const chunk of chunks) chunk.code = banner + chunk.code;
    },
  };
}
