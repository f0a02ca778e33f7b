import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { parse, print, type DocumentNode } from 'graphql';
import { hasRole } from '@aid/shared/security/auth.js';
import { LRUCache } from '@aid/shared/runtime/caches.js';
import { domainError, ErrorCode } from '@aid/shared/errors/domain-errors.js';
import type { Role } from '@aid/shared/security/roles.js';
import type { GatewayContext } from './context.js';

export const TRUSTED_DOCUMENTS_FILE = new URL('../trusted-documents.json', import.meta.url);

/** Apollo's persisted query manifest format (the one `generate-persisted-query-manifest` writes). */
interface Manifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: { id: string; name: string; type: string; body: string }[];
}

/** A document's identity: sha256 of its normalized print, so whitespace and comments do not matter. */
export function documentId(document: DocumentNode): string {
  return createHash('sha256').update(print(document)).digest('hex');
}

/** Reads a manifest, refusing one whose ids do not match its bodies. */
export function readTrustedDocuments(file: URL | string = TRUSTED_DOCUMENTS_FILE): Set<string> {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1) {
    throw new Error('The trusted documents file must be an Apollo persisted query manifest, version 1.');
  }
  const ids = new Set<string>();
  for (const operation of manifest.operations) {
    const id = documentId(parse(operation.body));
    if (id !== operation.id) throw new Error(`Trusted document ${operation.name}: its id is not the sha256 of its normalized body (${id}).`);
    ids.add(id);
  }
  return ids;
}

/**
 * Machine clients run only the documents agreed with them: a caller holding one of `roles`
 * gets FORBIDDEN for any operation not in the manifest, before anything is planned or fetched.
 */
export function trustedDocumentsPlugin(
  trusted: ReadonlySet<string>,
  roles: readonly Role[],
  /** Signs the assertion subgraphs require with every request of a machine client (mintGatewayAssertion). */
  assert: (token: string, document: string) => Promise<string>,
  /** How many operations' manifest ids are remembered (OPERATION_CACHE_SIZE). */
  cacheSize = 1000,
): ApolloServerPlugin<GatewayContext> {
  // The manifest id of each operation seen (the empty string when it is not in the manifest).
  const known = new LRUCache<string, string>({ max: cacheSize });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, queryHash }) {
          if (!hasRole(contextValue.claims, ...roles)) return;
          let id = known.get(queryHash);
          if (id === undefined) {
            const computed = documentId(document);
            id = trusted.has(computed) ? computed : '';
            known.set(queryHash, id);
          }
          const allowed = id !== '';
          if (!allowed) {
            throw domainError(ErrorCode.FORBIDDEN, 'This client may only run its trusted documents (see gateway/trusted-documents.json).', {
              http: { status: 403 },
            });
          }
          contextValue.gatewayAssertion = await assert(contextValue.forwardToken, id);
        },
      };
    },
  };
}
