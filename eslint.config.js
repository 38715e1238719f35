// ESLint flat config: typescript-eslint's recommended rules, plus the project's own guard rails.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'tests/browser/screenshots/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Page-derived HTML may only reach the DOM through utils/html/sanitize.ts (see components/SafeHtml.tsx).
    files: ['entrypoints/**', 'components/**', 'utils/**'],
    // parse-html.ts is Node-only (linkedom, for the CLI); the extension never imports it. inert-page.ts parses a
    // fetched page for the extractor only (its output is sanitised like any page's).
    ignores: ['utils/html/sanitize.ts', 'components/SafeHtml.tsx', 'utils/html/parse-html.ts', 'utils/html/inert-page.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Use components/SafeHtml.tsx (sanitised) instead of innerHTML.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never write outerHTML from page data.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert HTML from page data.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Use components/SafeHtml.tsx (sanitised) instead.' },
        { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
        { selector: "CallExpression[callee.property.name='parseFromString']", message: 'Use components/SafeHtml.tsx (sanitised) to turn HTML into DOM.' },
        { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'Use components/SafeHtml.tsx (sanitised) to turn HTML into DOM.' },
      ],
    },
  },
);
