import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/**/work/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      // With noUncheckedIndexedAccess, a regex group that matched is still typed as maybe-undefined.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/*'], message: 'Only src/github/ talks to GitHub.' }] },
      ],
    },
  },
  { files: ['src/github/**'], rules: { 'no-restricted-imports': 'off' } },
  // GitHub's expression evaluator checks the workflows' expressions in tests; it never ships.
  {
    files: ['test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '!@actions/expressions'],
              message: 'Only src/github/ talks to GitHub.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js'], languageOptions: { globals: globals.node } },
);
