import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'coverage/', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The architecture's boundaries: office-js only in src/excel, exceljs only in src/xlsx, no host or UI in the core.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['exceljs', 'react', 'react-dom', '@fluentui/*', 'fs', 'path', 'node:*', '../../excel/*', '../../xlsx/*'] }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'OfficeRuntime', 'window', 'document', 'process'],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/xlsx/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['exceljs'] }] },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/excel/**', 'src/commands/**', 'src/taskpane/index.tsx'],
    rules: { 'no-restricted-globals': ['error', 'Office', 'Excel', 'OfficeRuntime'] },
  },
  {
    // Adapter shims may need `any` where the host's typings fall short.
    files: ['src/excel/shims/**', 'src/xlsx/shims/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
