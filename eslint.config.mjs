// ESLint flat config: TypeScript-aware rules for every package in the monorepo.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Provider classes are imported by submodule (`@cdktn/provider-aws/lib/<resource>`), never from the barrel. */
const PROVIDER_BARREL = {
  name: '@cdktn/provider-aws',
  message:
    'Import provider classes by submodule (@cdktn/provider-aws/lib/<resource>): the barrel costs 3 s and 550 MB.',
};
/** CDKTF is archived; its fork CDK Terrain (cdktn) exports the same names. */
const ARCHIVED_MESSAGE =
  'cdktf is archived: use cdktn through @stratum/constructs (provider: @cdktn/provider-aws/lib/<x>).';
const ARCHIVED = {
  paths: ['cdktf', '@cdktf/provider-aws'].map((name) => ({ name, message: ARCHIVED_MESSAGE })),
  patterns: [{ group: ['cdktf/*', '@cdktf/*'], message: ARCHIVED_MESSAGE }],
};

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
      'tools/constructs/generated/**',
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
        { paths: [PROVIDER_BARREL, ...ARCHIVED.paths], patterns: ARCHIVED.patterns },
      ],
    },
  },
  {
    // Projects and tools reach CDK Terrain and the provider only through the construct library, so the core and
    // the provider bindings are named in one place (tools/constructs).
    files: [
      'shared-infra/**/*.ts',
      'services/**/*.ts',
      'templates/**/*.ts',
      'tools/**/*.ts',
      'bench/**/*.ts',
    ],
    ignores: ['tools/constructs/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['cdktn', 'constructs', '@cdktn/provider-aws'].map((name) => ({
              name,
              message:
                'Import from @stratum/constructs instead: it is the one place that names cdktn and the provider.',
            })),
            ...ARCHIVED.paths,
          ],
          patterns: [
            { group: ['@cdktn/*', 'cdktn/*'], message: 'Import from @stratum/constructs instead.' },
            ...ARCHIVED.patterns,
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs', '**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
