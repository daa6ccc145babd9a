import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const restrict = (paths, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message })),
    },
  ],
});

const UI_LIBS = ['react', 'react-dom', 'react-dom/client', 'zustand', '@tanstack/react-query', 'vis-timeline', 'vis-data'];
const UI_PATTERNS = ['react/*', 'react-dom/*', 'zustand/*', 'vis-timeline/*', 'vis-data/*', 'node:*'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a string union, not an enum.' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'tests/ui/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: restrict([...UI_LIBS], [...UI_PATTERNS, '../parser/*', '../cli/*', '../app/*', '../features/*', '../stores/*', '../components/*'], 'domain/ imports only zod and itself.'),
  },
  {
    files: ['src/parser/**/*.ts'],
    rules: restrict([...UI_LIBS], [...UI_PATTERNS, '**/cli/*', '**/app/*', '**/features/*', '**/stores/*', '**/components/*'], 'parser/ imports only domain/: it runs in Node and the browser.'),
  },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/stores/**/*.ts', 'src/components/**/*.{ts,tsx}'],
    rules: restrict([], ['node:*', '**/app/*', '**/cli/*', '**/parser/*'], 'UI code imports domain, stores and components, never app, cli, parser or node.'),
  },
  {
    files: ['src/features/timeline/**/*.{ts,tsx}'],
    rules: restrict([], ['node:*', '**/app/*', '**/cli/*', '**/parser/*', '../detail/*', '../filters/*', '../statements/*'], 'Features never import each other.'),
  },
  {
    files: ['src/features/detail/**/*.{ts,tsx}'],
    rules: restrict(['vis-timeline', 'vis-data'], ['vis-timeline/*', 'vis-data/*', 'node:*', '**/app/*', '**/cli/*', '**/parser/*', '../timeline/*', '../filters/*', '../statements/*'], 'Features never import each other; only the timeline adapter imports vis-*.'),
  },
  {
    files: ['src/features/filters/**/*.{ts,tsx}'],
    rules: restrict(['vis-timeline', 'vis-data'], ['vis-timeline/*', 'vis-data/*', 'node:*', '**/app/*', '**/cli/*', '**/parser/*', '../timeline/*', '../detail/*', '../statements/*'], 'Features never import each other; only the timeline adapter imports vis-*.'),
  },
  {
    files: ['src/features/statements/**/*.{ts,tsx}'],
    rules: restrict(['vis-timeline', 'vis-data'], ['vis-timeline/*', 'vis-data/*', 'node:*', '**/app/*', '**/cli/*', '**/parser/*', '../timeline/*', '../detail/*', '../filters/*'], 'Features never import each other; only the timeline adapter imports vis-*.'),
  },
  {
    files: ['src/cli/**/*.ts', 'tests/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
