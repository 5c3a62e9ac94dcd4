import {readFileSync, readdirSync} from 'node:fs';
import {basename, join, posix, resolve} from 'node:path';
import {minifyTemplateLiterals} from 'rollup-plugin-minify-template-literals';
import {transform} from 'esbuild';
import {minify} from 'terser';
import {defineConfig, type Plugin, type UserConfig} from 'vite';

const root = import.meta.dirname;

// Each language besides English is an entry of its own: dist/locales/fr.js, which
// the element fetches only for a French page and an app may import itself.
const locales = Object.fromEntries(
  readdirSync(resolve(root, 'src/locales')).map((file) => [
    `locales/${basename(file, '.ts')}`,
    resolve(root, 'src/locales', file),
  ])
);

// `npm start` serves index.html (the article demo) and demo/. `npm run build`
// runs this once per BUNDLE:
//  - (unset) the npm modules: ESM that leaves lit to the host page
//    (unminified, as open-wc recommends);
//  - cdn: one minified file with lit inside, for a plain <script type="module">;
//  - embed: the embed page, dist/embed.html, with its scripts in dist/embed-assets/;
//  - resizer: dist/embed-resizer.js, a classic script for host pages;
//  - cli: the publish command for Node, dist/cli/before-after-embed.js.
const builds: Record<string, UserConfig> = {
  '': {
    build: {
      target: 'es2022',
      minify: false,
      lib: {
        entry: {
          index: resolve(root, 'src/index.ts'),
          define: resolve(root, 'src/define.ts'),
          // One element without the other: a page without a caption panel pays nothing for it.
          'before-after': resolve(root, 'src/before-after.ts'),
          'before-after-caption': resolve(root, 'src/before-after-caption.ts'),
          // The notes' element class, for an app that imports it itself; the
          // comparison fetches it (and defines it) only when it has a note.
          'before-after-note': resolve(root, 'src/before-after-note.ts'),
          // Types for React apps; an empty module, so that importing it for them is harmless.
          react: resolve(root, 'src/react.ts'),
          ...locales,
        },
        formats: ['es'],
      },
      // Left to the app's bundler, which then keeps the polyfill's side effects.
      rollupOptions: {external: [/^lit/, /^pointer-events-polyfill/]},
    },
  },
  // Only for `npm run size`: the element's own code, minified as the cdn
  // build is, with lit and the polyfill left out.
  own: {
    plugins: [browserLit(), minifyTemplateLiterals(), terser(2020)],
    build: {
      // As the npm build ships it (modern syntax), but minified.
      target: 'es2022',
      outDir: 'dist/size',
      // `lit` itself through browserLit(), its other modules left out here.
      ...minifiedLibrary('own.js', [/^lit[/-]/, /^pointer-events-polyfill/]),
    },
  },
  cdn: {
    // The page rules for before the upgrade, beside the script that upgrades.
    plugins: [
      {
        name: 'page-css',
        async generateBundle() {
          // Minified: its comments are for developers, not for every reader's download.
          const {code} = await transform(
            readFileSync(resolve(root, 'src/before-after.css'), 'utf8'),
            {loader: 'css', minify: true}
          );
          this.emitFile({
            type: 'asset',
            fileName: 'before-after.css',
            source: code,
          });
        },
      },
      // The minifier leaves CSS and HTML in template literals as written.
      minifyTemplateLiterals(),
      terser(2018),
      thirdPartyLicenses(),
    ],
    build: {
      // Browsers without Pointer Events (Safari 12 and older) must parse it to load the polyfill.
      target: 'es2018',
      outDir: 'dist/cdn',
      ...minifiedLibrary('before-after.js'),
    },
  },
  embed: {
    root: resolve(root, 'src/embed'),
    plugins: [minifyTemplateLiterals(), terser(2018), thirdPartyLicenses()],
    // Relative, so the page and its assets work from any folder they are copied to.
    base: './',
    build: {
      target: 'es2018',
      outDir: resolve(root, 'dist'),
      emptyOutDir: false,
      assetsDir: 'embed-assets',
      // Each lazy chunk fetches what it imports: no preload helper in the page's script.
      modulePreload: false,
      rollupOptions: {input: resolve(root, 'src/embed/embed.html')},
    },
  },
  resizer: {
    build: {
      target: 'es2017',
      outDir: 'dist',
      emptyOutDir: false,
      lib: {
        entry: resolve(root, 'src/embed/resizer.ts'),
        formats: ['iife'],
        name: 'beforeAfterResizer',
        fileName: () => 'embed-resizer.js',
      },
      minify: true,
    },
  },
  cli: {
    build: {
      target: 'node20',
      outDir: 'dist/cli',
      ssr: resolve(root, 'src/cli/before-after-embed.ts'),
      rollupOptions: {
        output: {
          entryFileNames: 'before-after-embed.js',
          banner: '#!/usr/bin/env node',
        },
      },
    },
  },
};

/**
 * Lit left out, as an app's bundler gets it for the browser: there
 * `isServer` is false, so the server-only branches fold away, as they do in
 * the cdn build (which has Lit inside).
 */
function browserLit(): Plugin {
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
 * One ES module from src/define.ts, with its lazy chunks (a language, the
 * polyfill) beside it, for terser() to minify. Lib mode, because an app build
 * wraps each import() in Vite's preload helper (about 0.6 KB gzip) that
 * chunks importing nothing never need.
 */
function minifiedLibrary(
  fileName: string,
  external: RegExp[] = []
): UserConfig['build'] {
  return {
    lib: {
      entry: resolve(root, 'src/define.ts'),
      formats: ['es'],
      fileName: () => fileName,
    },
    rollupOptions: {
      external,
      // The lazy chunks (notes, a language) import what they share with the
      // element from its own file: no third file every page would fetch.
      preserveEntrySignatures: 'allow-extension',
      // After terser (the plugin), oxc: together they write less than either.
      // Lib mode's ES output keeps its whitespace unless told otherwise.
      output: {
        minify: true,
        comments: {annotation: false},
        // Everything the entry loads stays in its one file: left alone, Rolldown
        // moves Lit out to a chunk of its own once the caption panel is lazy.
        codeSplitting: {groups: [{name: 'core', tags: ['$initial']}]},
      },
    },
  };
}

/**
 * Minifies each chunk with terser, which can mangle the private members
 * (`_…`), as Lit's own build does; Vite's default minifier cannot. Not
 * Vite's `minify: 'terser'`: in lib mode that keeps the pure annotations.
 * `ecma` is the newest syntax terser may write.
 */
function terser(ecma: 2018 | 2020): Plugin {
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
function thirdPartyLicenses(): Plugin {
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

export default defineConfig(builds[process.env.BUNDLE ?? ''] ?? builds['']!);
