import {resolve} from 'node:path';
import {defineConfig} from 'vite';

// `npm start` serves index.html (the article demo) and demo/; `npm run build`
// emits the library: ESM only, unminified, with lit left to the host page.
export default defineConfig({
  build: {
    target: 'es2022',
    minify: false,
    lib: {
      entry: {
        index: resolve(import.meta.dirname, 'src/index.ts'),
        define: resolve(import.meta.dirname, 'src/define.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: /^lit/,
    },
  },
});
