// One flat config for the whole workspace. Module boundaries are enforced here:
// - apps may use everything; data-access and graphql-schema only util and domain libs;
// - the pure domain libs (clv, identity-resolution, decisioning) may use only each other
//   (decisioning -> clv) and shared/util, and never TypeORM, Apollo, GraphQL or Node I/O.
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

const nodeIoModules = [
  'fs', 'fs/*', 'path', 'http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process',
  'cluster', 'os', 'worker_threads', 'readline', 'stream', 'zlib', 'node:*',
];
const serverPackages = [
  'typeorm', 'mysql2', 'mysql2/*', 'better-sqlite3', '@apollo/*', 'type-graphql', 'graphql',
  'graphql-scalars', 'dataloader', 'bullmq', 'ioredis', 'pino', 'commander', 'prom-client',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  prettier,
  { ignores: ['**/dist', '**/node_modules', '**/.rapport', '**/vite.config.*', '**/*.cjs', '**/*.mjs'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:data', 'type:schema', 'type:domain', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            { sourceTag: 'type:schema', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
              bannedExternalImports: serverPackages,
            },
            { sourceTag: 'scope:clv', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:decisioning', onlyDependOnLibsWithTags: ['scope:shared', 'scope:clv'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'], bannedExternalImports: serverPackages },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Pure libs run in the browser too: no Node I/O in their source (tests may read fixtures).
    files: ['libs/clv/src/**/*.ts', 'libs/identity-resolution/src/**/*.ts', 'libs/decisioning/src/**/*.ts', 'libs/shared/util/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeIoModules.filter((m) => !m.includes('*')), patterns: ['node:*', 'fs/*'] }],
    },
  },
];
