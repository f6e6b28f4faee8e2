// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
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
    // public/ holds plain scripts served as they are (no bundler), and src/client/inline/ scripts written
    // into pages as they are: they must run in old browsers too.
    files: ['public/**/*.js', 'src/client/inline/**/*.js'],
    languageOptions: { sourceType: 'script', ecmaVersion: 5 },
    rules: {
      // `var` is the only declaration ES5 has.
      'no-var': 'off',
      // ES5 has no optional catch binding, so `catch (e)` must name an error it then ignores.
      '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
);
