/**
 * graphql-codegen for the example client: typed documents (the client preset) from the API schema clients see,
 * `schema/api.graphql`. `npm run codegen` writes `src/gql/`; a test fails when it is out of step.
 */
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const config: CodegenConfig = {
  schema: here('../../schema/api.graphql'),
  documents: [here('src/operations.ts')],
  ignoreNoDocuments: false,
  // ESM with NodeNext resolution: generated imports carry their `.js` suffix.
  emitLegacyCommonJSImports: false,
  generates: {
    [here('src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as strings: a plain fetch sends them as they are, no GraphQL library in the bundle.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {},
      },
    },
  },
};

export default config;
