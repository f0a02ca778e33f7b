/**
 * Everything generated for the example client, computed without writing: `npm run codegen` writes it and
 * `npm run codegen:check` (and a test) compare it with the committed files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { buildSchema } from 'graphql';
import { API_SCHEMA_FILE } from '../../schema/api-schema.js';
import { enumLabelsModule, enumLabelsOf } from '../../schema/enum-labels.js';
import type { GeneratedFile } from '../../schema/generated-files.js';
import { config } from './codegen.js';

export const ENUM_LABELS_FILE = fileURLToPath(new URL('src/enum-labels.zh-CN.ts', import.meta.url));
/** The same labels as JSON, for UIs that load translations from files (i18n frameworks, other languages). */
export const ENUM_LABELS_JSON_FILE = fileURLToPath(new URL('src/enum-labels.zh-CN.json', import.meta.url));


export type GenerationOutcome = { kind: 'success'; files: GeneratedFile[] } | { kind: 'failure'; problems: string[] };

/** The typed documents (src/gql/) and the zh-CN enum labels (TypeScript and JSON), from schema/api.graphql. */
export async function generatedClientFiles(): Promise<GenerationOutcome> {
  const labels = enumLabelsOf(buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8')));
  if (labels.kind === 'failure') return { kind: 'failure', problems: labels.problems };
  const documents = (await generate({ ...config, silent: true }, false)) as GeneratedFile[];
  return {
    kind: 'success',
    files: [
      ...documents,
      { filename: ENUM_LABELS_FILE, content: enumLabelsModule(labels.labels, 'schema/api.graphql') },
      { filename: ENUM_LABELS_JSON_FILE, content: `${JSON.stringify(labels.labels, null, 2)}\n` },
    ],
  };
}
