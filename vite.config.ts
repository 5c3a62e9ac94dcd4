import {resolve} from 'node:path';
import {defineConfig} from 'vite';

const root = import.meta.dirname;

// `npm start` serves index.html (the article demo) and demo/. `npm run build`
// runs this twice: for npm, ESM modules that leave lit to the host page
// (unminified, as open-wc recommends); with BUNDLE=1, one minified file with
// lit inside, for a plain <script type="module"> tag (dist/cdn/).
export default defineConfig(
  process.env.BUNDLE
    ? {
        // Not lib mode: lib mode keeps whitespace in ES output.
        build: {
          target: 'es2022',
          outDir: 'dist/cdn',
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
      }
    : {
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
          rollupOptions: {external: /^lit/},
        },
      }
);
