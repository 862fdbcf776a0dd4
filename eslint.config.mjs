import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The browser's rooms and the core never load server code: what both sides share is the contract (src/api/contract).
const NO_SERVER = {
  group: ['**/server', '**/server/**'],
  message: 'Browser code and the core do not import src/server; share it through src/api/contract.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'data/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node }, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Core stays pure: no I/O, no DOM, no Office.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['fs', 'node:*', 'path', 'http', 'react', 'exceljs', '../../io/*'], message: 'The core is pure: no I/O, no DOM, no Office.' },
        NO_SERVER,
      ] }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'fetch', 'process'],
    },
  },
  {
    // The classic zod API (and so the contract's schemas.ts, at run time) stays out of the pages' bundles.
    files: ['src/{api,ui,taskpane,web,commands,excel}/**/*.{ts,tsx}'],
    ignores: ['src/api/contract/schemas.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', allowTypeImports: true, message: 'Browser code checks with zod/mini (src/api/contract/errors.ts).' }],
        patterns: [
          NO_SERVER,
          { group: ['**/contract/schemas'], allowTypeImports: true, message: 'Import only types from schemas.ts in browser code: it loads the classic zod API.' },
        ],
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'bench/**', 'scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
);
