// ESLint (flat config) with typescript-eslint. The project's own promises are rules here:
// no HTML sinks, no string evaluation, no network calls in extension code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noHtmlSinks = [
  { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]', message: 'Never render data as HTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never render data as HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render data as HTML.' },
  { selector: "CallExpression[callee.name='eval']", message: 'Never evaluate strings as code.' },
  { selector: "NewExpression[callee.name='Function']", message: 'Never evaluate strings as code.' },
  { selector: "CallExpression[callee.name='fetch']", message: 'Nothing leaves the device: no network access.' },
  {
    selector: 'NewExpression[callee.name=/^(XMLHttpRequest|WebSocket|EventSource)$/]',
    message: 'Nothing leaves the device: no network access.',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'docs/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', console: 'readonly' } },
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-undef': 'off',
    },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
