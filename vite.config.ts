// What ships: one build per entry of `outputs`, run in turn by `npm run build`.
import {readdirSync} from 'node:fs';
import {basename, resolve} from 'node:path';
import {minifyTemplateLiterals as literals} from 'rollup-plugin-minify-template-literals';
import {defineConfig, type PluginOption, type UserConfig} from 'vite';
import * as our from './scripts/vite-plugins.js';

const src = (path: string) => resolve(import.meta.dirname, 'src', path);

// The CSS and HTML in template literals, then terser (our private members);
// the code an entry loads at once stays in its one file.
const minify = () => [literals(), our.terser(), our.oneFile()];

// src/define.ts as one minified ES module, its lazy chunks beside it. Lib mode:
// an app build wraps each import() in a preload helper (0.6 KB gzip) for nothing.
const minifiedLibrary = (
  fileName: string,
  build: UserConfig['build'],
  plugins: PluginOption[],
  external: RegExp[] = []
): UserConfig => ({
  plugins,
  build: {
    ...build,
    lib: {entry: src('define.ts'), formats: ['es'], fileName: () => fileName},
    rollupOptions: {
      external,
      // Lazy chunks import shared code from the element's file, not a third one.
      preserveEntrySignatures: 'allow-extension',
      // Oxc after terser writes less than either (lib mode's ES: if told to).
      output: {minify: true, comments: {annotation: false}},
    },
  },
});

// The npm entries: one per element, so that an app pays only for what it uses;
// react.js (types for React apps); each language but English (locales/fr.js).
const npmEntries = Object.fromEntries(
  [
    ...'index define react before-after before-after-caption'.split(' '),
    'before-after-note',
    ...readdirSync(src('locales')).map((f) => `locales/${basename(f, '.ts')}`),
  ].map((name) => [name, src(`${name}.ts`)])
);

const outputs: Record<string, UserConfig> = {
  // npm modules (dist/*.js), for apps' bundlers and `npm start`: unminified
  // (open-wc's advice); Lit and the polyfill, side effects and all, to the app.
  npm: {
    build: {
      target: 'es2022',
      minify: false,
      lib: {entry: npmEntries, formats: ['es']},
      rollupOptions: {external: [/^lit/, /^pointer-events-polyfill/]},
    },
  },
  // The script-tag build (dist/cdn/), for pages without a bundler: Lit inside,
  // ES2021: all the browsers its CSS draws in (aspect-ratio: Safari 15 and up).
  cdn: minifiedLibrary(
    'before-after.js',
    {target: 'es2021', outDir: 'dist/cdn'},
    [our.pageCss(), ...minify(), our.thirdPartyLicenses()]
  ),
  // Only for `npm run size` (dist/size/own.js): the element's own code as
  // the npm build ships it, minified; Lit's modules and the polyfill left out.
  own: minifiedLibrary(
    'own.js',
    {target: 'es2022', outDir: 'dist/size'},
    [our.browserLit(), ...minify()],
    [/^lit[/-]/, /^pointer-events-polyfill/]
  ),
  // The embed page (dist/embed.html, scripts in dist/embed-assets/), for
  // hosts that frame a comparison; relative URLs work from any folder.
  embed: {
    root: src('embed'),
    base: './',
    plugins: [...minify(), our.thirdPartyLicenses()],
    build: {
      target: 'es2021',
      outDir: resolve(import.meta.dirname, 'dist'),
      emptyOutDir: false,
      assetsDir: 'embed-assets',
      // Each lazy chunk fetches what it imports: no preload helper in the page.
      modulePreload: false,
      rollupOptions: {input: src('embed/embed.html')},
    },
  },
  // The resizer (dist/embed-resizer.js), a classic script for the embed's hosts.
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
