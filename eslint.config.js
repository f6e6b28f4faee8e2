// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'reports/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
  },
  {
    // public/ holds plain scripts served as they are (no bundler): they must run in old browsers too.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', ecmaVersion: 5 },
    rules: {
      // `var` is the only declaration ES5 has.
      'no-var': 'off',
    },
  },
);
