import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Leaflet renders strings given to these APIs as HTML; the app renders untrusted text with React instead.
const htmlSinks = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text with React, not HTML strings.',
  },
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Render text with React, not HTML strings.',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(bindPopup|bindTooltip|setContent|insertAdjacentHTML)$/]',
    message: 'Leaflet renders these strings as HTML; render details with React.',
  },
  {
    selector: "CallExpression[callee.property.name='divIcon']",
    message: 'divIcon({ html }) is an HTML sink; build icons with DOM nodes.',
  },
  {
    selector: "NewExpression[callee.property.name='DivIcon']",
    message: 'DivIcon({ html }) is an HTML sink; build icons with DOM nodes.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'results', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests index into known fixtures; a wrong index fails the test anyway.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks] },
  },
);
