import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'examples/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
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
    files: ['src/actions/**', 'src/report/annotations.ts', 'src/report/pr-comment.ts', 'test/**', 'src/cli/progress.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
