import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'examples/**',
      'coverage/**',
      'bench/.build/**',
      'src/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/core', '@actions/github'],
              message: 'Only src/actions/** talks to the Actions runtime; domains return data.',
            },
          ],
        },
      ],
    },
  },
  {
    // The actions layer, the GitHub REST client behind the sticky comment, and tests that drive them.
    files: ['src/actions/**', 'src/report/pr-comment.ts', 'test/**', '**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['test/**', '**/*.test.ts'],
    rules: { 'no-control-regex': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
