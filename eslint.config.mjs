// ESLint flat config: TypeScript (type-aware rules off, so a lint run stays fast), React hooks, JSX
// accessibility, and the one architectural rule the checkers depend on: src/checkers is pure TypeScript
// that runs in node and in the browser alike, so it imports nothing from React, Docusaurus or the widgets.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/e2e/screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      // The checkers read pasted text by character range, control characters included, on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests build broken copies of typed data on purpose.
    files: ['tests/**/*.ts'],
    rules: {'@typescript-eslint/no-explicit-any': 'off'},
  },
  {
    files: ['src/**/*.tsx'],
    plugins: {'react-hooks': reactHooks, 'jsx-a11y': jsxA11y},
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: ['src/checkers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'Checkers run without React.'},
            {group: ['@docusaurus/*', '@theme/*', '@site/*'], message: 'Checkers run outside Docusaurus.'},
            {group: ['**/components/**'], message: 'Checkers never import a widget.'},
          ],
        },
      ],
    },
  },
);
