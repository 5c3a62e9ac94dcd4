import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist', 'coverage', 'node_modules', 'demo/images', '.bench']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        window: 'readonly',
        document: 'readonly',
        Element: 'readonly',
        innerWidth: 'readonly',
        innerHeight: 'readonly',
        outerWidth: 'readonly',
        outerHeight: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
  {
    // Server rendering: Lit's DOM shim gives Node a customElements registry.
    files: ['test/ssr/**/*.mjs', 'scripts/ssr-example.mjs'],
    languageOptions: {globals: {customElements: 'readonly'}},
  },
  {
    // The benchmark: Node modules that hand functions to the page, and two
    // scripts that run only in the page (probe.js, floor.js).
    files: ['test/bench/**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        performance: 'readonly',
        HTMLElement: 'readonly',
        customElements: 'readonly',
        requestAnimationFrame: 'readonly',
        cancelAnimationFrame: 'readonly',
        PerformanceObserver: 'readonly',
        MessageChannel: 'readonly',
      },
    },
  },
  {
    // Chai's property assertions (`.to.be.true`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  }
);
