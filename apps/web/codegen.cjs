// GraphQL Code Generator (client preset): typed documents for every `graphql(...)` call in src.
// Run with `npx nx run web:codegen` whenever the gateway's schema changes.
// The schema is the gateway's checked-in schema.graphql; until it exists, a provisional copy
// written from issues 3 and 6. Fields the client is designed for but the gateway does not serve
// yet (next best actions, batch runs) come from schema.pending.graphql so the client compiles;
// at run time the client detects their absence and shows a fallback (see graphql/field-support.ts).
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const gatewaySchema = join(root, 'libs/graphql-schema/schema.graphql');
const schemaFiles = [];
if (existsSync(gatewaySchema)) {
  schemaFiles.push(gatewaySchema);
  const pending = join(__dirname, 'src/graphql/schema.pending.graphql');
  const sdl = readFileSync(gatewaySchema, 'utf8');
  if (existsSync(pending) && !/\bnextBestActions\s*\(/.test(sdl)) schemaFiles.push(pending);
} else {
  schemaFiles.push(join(__dirname, 'src/graphql/schema.provisional.graphql'), join(__dirname, 'src/graphql/schema.pending.graphql'));
}

module.exports = {
  overwrite: true,
  schema: schemaFiles,
  documents: [join(__dirname, 'src/**/*.{ts,tsx}'), '!' + join(__dirname, 'src/graphql/generated/**')],
  ignoreNoDocuments: false,
  generates: {
    [join(__dirname, 'src/graphql/generated/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { DateTime: 'string', JSON: 'unknown', EmailAddress: 'string', PhoneNumber: 'string' },
      },
    },
  },
};
