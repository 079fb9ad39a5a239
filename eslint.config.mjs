// ESLint flat config: TypeScript-aware rules for every package in the monorepo.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/cdktf.out/**',
      '.nx/**',
      '.stratum/**',
      '**/dist/**',
      'test-results/**',
      '.bench-tools/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@cdktf/provider-aws',
              message:
                'Import provider classes by submodule (@cdktf/provider-aws/lib/<resource>): the barrel costs 3 s and 550 MB.',
            },
          ],
        },
      ],
    },
  },
  {
    // Projects and tools reach CDKTF only through the construct library, so a move to the cdktn fork is one place.
    files: ['shared-infra/**/*.ts', 'services/**/*.ts', 'templates/**/*.ts', 'tools/**/*.ts'],
    ignores: ['tools/constructs/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['cdktf', 'constructs', '@cdktf/provider-aws'].map((name) => ({
            name,
            message:
              'Import from @stratum/constructs instead: it is the one place that names the CDKTF packages.',
          })),
          patterns: [{ group: ['@cdktf/*', 'cdktf/*'], message: 'Import from @stratum/constructs instead.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs', '**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
