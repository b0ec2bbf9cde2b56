// ESLint flat config. It lives in .config/ so the top level keeps only the files the project
// layout names; `npm run lint` passes it with --config.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** The feature folders: each may import api and components, never another feature. */
const features = readdirSync(new URL('../src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-demo',
      'src/api/generated',
      'test-results',
      'playwright-report',
      'e2e/.output',
      // Code that must fail the boundary rules; .config/boundaries.test.ts lints it on purpose.
      '.config/lint-fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/mocks/**', '../mocks/*', '../../mocks/*'],
              message:
                'The app must not import mocks statically: use the dynamic import in src/app/demo.ts.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Layers: app → features → components → api, and cli → api. No cycles, no feature importing
    // another.
    files: ['src/**/*.{ts,tsx}', '.config/lint-fixtures/**/*.ts'],
    // Tests may use the app's providers to render what they test.
    ignores: ['**/*.test.{ts,tsx}', 'src/test/**'],
    plugins: { 'import-x': importX },
    settings: {
      // Without the TypeScript settings import-x parses only .js dependencies: no cycle is seen.
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message:
                'A feature never imports another: move what both need to components/ or api/.',
            })),
            {
              target: './src/components',
              from: ['./src/features', './src/app'],
              message: 'Shared UI imports only api/ and other components.',
            },
            {
              target: './src/api',
              from: ['./src/features', './src/app', './src/components', './src/i18n', './src/cli'],
              message: 'The API layer imports nothing from the UI or the command line.',
            },
            {
              target: './src/cli',
              from: ['./src/features', './src/app', './src/components', './src/i18n'],
              message: 'The command line (npm run ucs) imports only api/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    // Tests, the mock backend and tooling may import mocks and use Node APIs freely.
    files: [
      'mocks/**',
      'e2e/**',
      'src/**/*.test.{ts,tsx}',
      'src/test/**',
      'src/app/demo.ts',
      'vite.config.ts',
      '.ci/**',
      '.config/**',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
