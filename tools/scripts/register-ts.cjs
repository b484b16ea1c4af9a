// Lets Node run the TypeScript sources directly (development, CLI, benchmarks):
// SWC compiles each file on load (keeping decorator metadata for TypeORM and type-graphql),
// and @rapport/* imports resolve to the libs' src/index.ts, as tsconfig.base.json maps them.
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '..', '..');
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(root, 'tsconfig.base.json');

const aliases = {
  '@rapport/clv': 'libs/clv/src/index.ts',
  '@rapport/data-access': 'libs/data-access/src/index.ts',
  '@rapport/decisioning': 'libs/decisioning/src/index.ts',
  '@rapport/graphql-schema': 'libs/graphql-schema/src/index.ts',
  '@rapport/identity-resolution': 'libs/identity-resolution/src/index.ts',
  '@rapport/shared-util': 'libs/shared/util/src/index.ts',
};
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveRapportAlias(request, ...rest) {
  const target = aliases[request];
  return originalResolve.call(this, target ? path.join(root, target) : request, ...rest);
};

require('@swc-node/register');
