import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {defineConfig, type UserConfig} from 'vite';

const root = import.meta.dirname;

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
        },
        formats: ['es'],
      },
      // Left to the app's bundler, which then keeps the polyfill's side effects.
      rollupOptions: {external: [/^lit/, /^pointer-events-polyfill/]},
    },
  },
  cdn: {
    // The page rules for before the upgrade, beside the script that upgrades.
    plugins: [
      {
        name: 'page-css',
        generateBundle() {
          this.emitFile({
            type: 'asset',
            fileName: 'before-after.css',
            source: readFileSync(resolve(root, 'src/before-after.css'), 'utf8'),
          });
        },
      },
    ],
    build: {
      // Browsers without Pointer Events (Safari 12 and older) must parse it to load the polyfill.
      target: 'es2018',
      outDir: 'dist/cdn',
      // Not lib mode: lib mode keeps whitespace in ES output.
      rollupOptions: {
        input: resolve(root, 'src/define.ts'),
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: 'es',
          entryFileNames: 'before-after.js',
          chunkFileNames: '[name]-[hash].js',
        },
      },
    },
  },
  embed: {
    root: resolve(root, 'src/embed'),
    // Relative, so the page and its assets work from any folder they are copied to.
    base: './',
    build: {
      target: 'es2018',
      outDir: resolve(root, 'dist'),
      emptyOutDir: false,
      assetsDir: 'embed-assets',
      modulePreload: {polyfill: false},
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

export default defineConfig(builds[process.env.BUNDLE ?? ''] ?? builds['']!);
