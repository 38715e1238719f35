// ESLint flat config: typescript-eslint's recommended rules, plus the project's own guard rails.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Only the extension glue (entrypoints/, utils/extension/) talks to the browser; tests and tools may too.
const NO_BROWSER = {
  paths: [
    { name: '#imports', message: 'Only entrypoints/ and utils/extension/ call browser.*: pass what you need in from there.' },
    { name: 'wxt/browser', message: 'Only entrypoints/ and utils/extension/ call browser.*: pass what you need in from there.' },
  ],
};
// utils/ is the product's brain: it never reaches up into the views or the wiring.
const NO_VIEWS_OR_WIRING = {
  patterns: [
    { group: ['**/components', '**/components/**'], message: 'utils/ never imports components/: a view is fed by its page, not by utils.' },
    { group: ['**/entrypoints', '**/entrypoints/**'], message: 'utils/ never imports entrypoints/: entrypoints are the wiring that calls utils.' },
  ],
};
const NO_WIRING = {
  patterns: [{ group: ['**/entrypoints', '**/entrypoints/**'], message: 'components/ never imports entrypoints/: a view gets its data through props.' }],
};
// The library's files can change behind its front door; the pages only see utils/library/index.ts.
const LIBRARY_MESSAGE = 'Import the library through its front door, utils/library (index.ts), not one of its files.';
const LIBRARY_FRONT_DOOR = { patterns: [{ group: ['**/utils/library/**'], message: LIBRARY_MESSAGE }] };
const LIBRARY_FRONT_DOOR_FROM_UTILS = { patterns: [{ group: ['../library/**'], message: LIBRARY_MESSAGE }] };

function importRules() {
  const rule = (...parts) => [
    'error',
    { paths: parts.flatMap((p) => p.paths ?? []), patterns: parts.flatMap((p) => p.patterns ?? []) },
  ];
  return [
    { files: ['utils/**'], ignores: ['utils/extension/**'], rules: { 'no-restricted-imports': rule(NO_BROWSER, NO_VIEWS_OR_WIRING) } },
    { files: ['utils/extension/**'], rules: { 'no-restricted-imports': rule(NO_VIEWS_OR_WIRING, LIBRARY_FRONT_DOOR_FROM_UTILS) } },
    { files: ['components/**'], rules: { 'no-restricted-imports': rule(NO_BROWSER, NO_WIRING, LIBRARY_FRONT_DOOR) } },
    { files: ['entrypoints/**'], rules: { 'no-restricted-imports': rule(LIBRARY_FRONT_DOOR) } },
    { files: ['cli/**'], rules: { 'no-restricted-imports': rule(NO_BROWSER) } },
  ];
}

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
  // Which folder may import which. Each folder gets one no-restricted-imports entry (a later entry for the same
  // file would replace an earlier one, not add to it), built from the rules below.
  ...importRules(),
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
