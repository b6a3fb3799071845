import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import {configs as wcConfigs} from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      'src/generated/',
      'custom-elements.json',
      'bench/cold/.build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    plugins: {'lit-a11y': litA11y},
    rules: {...litA11y.configs.recommended.rules},
  },
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['scripts/**', '*.mjs', 'examples/*.mjs', 'test/server/**', 'test/wordpress/*.mjs'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  }
);
