// What ships, one build per entry of `outputs`: `npm run build` runs each in
// turn (BUNDLE=cdn, own, …), `npm start` serves index.html and demo/ with npm's.
import {readdirSync} from 'node:fs';
import {basename, resolve} from 'node:path';
import {minifyTemplateLiterals} from 'rollup-plugin-minify-template-literals';
import {defineConfig, type PluginOption, type UserConfig} from 'vite';
import {
  browserLit,
  pageCss,
  terser,
  thirdPartyLicenses,
} from './scripts/vite-plugins.js';

const src = (path: string) => resolve(import.meta.dirname, 'src', path);

// Each language besides English is an entry of its own (dist/locales/fr.js):
// the element fetches it only for a French page, and an app may import it.
const locales = Object.fromEntries(
  readdirSync(src('locales')).map((file) => [
    `locales/${basename(file, '.ts')}`,
    src(`locales/${file}`),
  ])
);

/**
 * src/define.ts as one minified ES module, its lazy chunks (notes, zoom, a
 * language, the polyfill) beside it. Lib mode, because an app build wraps
 * each import() in Vite's preload helper (about 0.6 KB gzip) that chunks
 * importing nothing never need.
 */
const minifiedLibrary = (
  fileName: string,
  plugins: PluginOption[],
  build: UserConfig['build'],
  external: RegExp[] = []
): UserConfig => ({
  // Terser (see terser()) mangles our private members; CSS and HTML in
  // template literals it leaves as written.
  plugins: [minifyTemplateLiterals(), ...plugins],
  build: {
    ...build,
    lib: {entry: src('define.ts'), formats: ['es'], fileName: () => fileName},
    rollupOptions: {
      external,
      // The lazy chunks import what they share with the element from its own
      // file: no third file every page would fetch.
      preserveEntrySignatures: 'allow-extension',
      // After terser, oxc: together they write less than either. Lib mode's
      // ES output keeps its whitespace unless told otherwise.
      output: {minify: true, comments: {annotation: false}},
    },
  },
});

const outputs: Record<string, UserConfig> = {
  // npm modules (dist/*.js), for apps' bundlers: ESM that leaves Lit to the
  // app, unminified as open-wc recommends.
  npm: {
    build: {
      target: 'es2022',
      minify: false,
      lib: {
        entry: {
          index: src('index.ts'),
          define: src('define.ts'),
          // One element without the other: a page without a caption panel pays nothing for it.
          'before-after': src('before-after.ts'),
          'before-after-caption': src('before-after-caption.ts'),
          // For an app that imports the notes' element itself; the comparison
          // fetches it only when it has a note.
          'before-after-note': src('before-after-note.ts'),
          // Types for React apps: an empty module, harmless to import.
          react: src('react.ts'),
          ...locales,
        },
        formats: ['es'],
      },
      // Left to the app's bundler, which then keeps the polyfill's side effects.
      rollupOptions: {external: [/^lit/, /^pointer-events-polyfill/]},
    },
  },
  // The script-tag build (dist/cdn/), for pages without a bundler: Lit inside,
  // ES2018 so that Safari 12 (no Pointer Events) can load the polyfill.
  cdn: minifiedLibrary(
    'before-after.js',
    [pageCss(), terser(2018), thirdPartyLicenses()],
    {target: 'es2018', outDir: 'dist/cdn'}
  ),
  // Only for `npm run size` (dist/size/own.js): the element's own code, as the
  // npm build ships it (ES2022) but minified, Lit and the polyfill left out.
  own: minifiedLibrary(
    'own.js',
    [browserLit(), terser(2020)],
    {target: 'es2022', outDir: 'dist/size'},
    // `lit` itself through browserLit(), its other modules left out here.
    [/^lit[/-]/, /^pointer-events-polyfill/]
  ),
  // The embed page (dist/embed.html, scripts in dist/embed-assets/), for
  // hosts that frame one comparison; relative URLs, so it works from any folder.
  embed: {
    root: src('embed'),
    plugins: [minifyTemplateLiterals(), terser(2018), thirdPartyLicenses()],
    base: './',
    build: {
      target: 'es2018',
      outDir: resolve(import.meta.dirname, 'dist'),
      emptyOutDir: false,
      assetsDir: 'embed-assets',
      // Each lazy chunk fetches what it imports: no preload helper in the page's script.
      modulePreload: false,
      rollupOptions: {input: src('embed/embed.html')},
    },
  },
  // The resizer (dist/embed-resizer.js), a classic script for the embed's host pages.
  resizer: {
    build: {
      target: 'es2017',
      outDir: 'dist',
      emptyOutDir: false,
      minify: true,
      lib: {
        entry: src('embed/resizer.ts'),
        formats: ['iife'],
        name: 'beforeAfterResizer',
        fileName: () => 'embed-resizer.js',
      },
    },
  },
  // The publish command (dist/cli/before-after-embed.js), for Node: `npx before-after-embed`.
  cli: {
    build: {
      target: 'node20',
      outDir: 'dist/cli',
      ssr: src('cli/before-after-embed.ts'),
      rollupOptions: {
        output: {
          entryFileNames: 'before-after-embed.js',
          banner: '#!/usr/bin/env node',
        },
      },
    },
  },
};

export default defineConfig(outputs[process.env.BUNDLE ?? 'npm']!);
