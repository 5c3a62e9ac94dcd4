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
 * What an entry loads at once stays in its one file. Left alone, Rolldown
 * moves Lit (and other modules the entry shares with a lazy chunk) out to
 * chunks of their own once the caption panel is lazy: one more request for
 * every page, for nothing.
 */
export function oneFile(): Plugin {
  return {
    name: 'one-file',
    config: () => ({
      build: {
        rollupOptions: {
          output: {
            codeSplitting: {groups: [{name: 'entry', tags: ['$initial']}]},
          },
        },
      },
    }),
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

// Our private members are named `__x`, and Lit's published builds and the
// polyfill have no `__x` property (grep: only Lit's development/ builds do),
// so terser mangles ours alone. Their short names are `$x`: a namespace Lit
// never uses either (it has `.$`, never `.$x`; the polyfill has neither), as a
// lazy chunk, minified without Lit in sight, must not give the element a name
// Lit gives it (`C`, `l`, `_$AM`…). `__x` names instead cost 0.1 kB more.
// Terser's classic order of letters, most used in code first, gzips best.
const LETTERS =
  'etnrisouaflchpdvmgybwESxTNCkLAOM_DPHBjFIqRUzWXV$JKQGYZ0516372984';
const ours = {
  get(n: number): string {
    let name = '$';
    for (; n >= 0; n = Math.floor(n / LETTERS.length) - 1)
      name += LETTERS[n % LETTERS.length];
    return name;
  },
};

/**
 * Minifies each chunk with terser, which can mangle our private members, as
 * Lit's own build does; Vite's default minifier cannot. Not Vite's
 * `minify: 'terser'`: in lib mode that keeps the pure annotations.
 */
export function terser(): Plugin {
  // One cache for all the chunks, which terser minifies apart: a member of the
  // element that a lazy chunk (notes, zoom, story) uses has one name in both.
  // (Each minify() reads and writes it in one synchronous run.)
  const nameCache: {props?: {props: Map<string, string>}} = {};
  return {
    name: 'terser',
    renderStart() {
      // Shortest names to the most used members of the whole build: filled
      // chunk by chunk, the cache would leave the lazy chunks the long ones.
      const uses = new Map<string, number>();
      for (const id of this.getModuleIds())
        for (const [, name] of this.getModuleInfo(id)?.code?.matchAll(
          /\.(__[\w$]+)/g
        ) ?? [])
          uses.set(name!, (uses.get(name!) ?? 0) + 1);
      const byUse = [...uses.keys()].sort(
        (a, b) => uses.get(b)! - uses.get(a)!
      );
      nameCache.props = {props: new Map(byUse.map((p, i) => [p, ours.get(i)]))};
    },
    async renderChunk(code) {
      const result = await minify(code, {
        // The newest syntax terser writes; the builds are ES2021 and up.
        ecma: 2020,
        module: true,
        nameCache,
        compress: {passes: 2},
        mangle: {properties: {regex: /^__/, nth_identifier: ours}},
        // The licence banner is written after this, by thirdPartyLicenses().
        format: {comments: false},
      });
      return {code: result.code!, map: null};
    },
  };
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
      const banner = `/*! ${own.name} ${own.version} (${own.license}); licences: ${FILE} */\n`;
      for (const chunk of chunks) chunk.code = banner + chunk.code;
    },
  };
}
