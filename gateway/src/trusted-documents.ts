import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { parse, print, type DocumentNode } from 'graphql';
import { hasRole } from '@aid/shared/security/auth.js';
import { LRUCache, type KeyValueCache } from '@aid/shared/runtime/caches.js';
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

/** The id of a manifest entry: sha256 of its body, exactly as stored (the manifest format's rule). */
export function manifestId(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/** A document's shape: sha256 of its normalized print, so whitespace and comments do not matter. */
export function documentId(document: DocumentNode): string {
  return createHash('sha256').update(print(document)).digest('hex');
}

/** The agreed documents: each manifest id with its body, and every document's shape mapped to its id. */
export interface TrustedDocuments {
  /** Manifest id -> body: what a client may send by id alone (persisted-query hash). */
  readonly bodies: ReadonlyMap<string, string>;
  /** Normalized shape -> manifest id: a full body sent in any formatting is recognised. */
  readonly byShape: ReadonlyMap<string, string>;
}

/** Reads a manifest, refusing one whose ids are not the sha256 of their bodies. */
export function readTrustedDocuments(file: URL | string = TRUSTED_DOCUMENTS_FILE): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1) {
    throw new Error('The trusted documents file must be an Apollo persisted query manifest, version 1.');
  }
  const bodies = new Map<string, string>();
  const byShape = new Map<string, string>();
  for (const operation of manifest.operations) {
    const id = manifestId(operation.body);
    if (id !== operation.id) throw new Error(`Trusted document ${operation.name}: its id is not the sha256 of its body (${id}).`);
    bodies.set(id, operation.body);
    byShape.set(documentId(parse(operation.body)), id);
  }
  return { bodies, byShape };
}

/**
 * The cache Apollo Server reads persisted queries from: the manifest's documents by id first (so a machine
 * client sends `extensions.persistedQuery.sha256Hash` with the manifest id and no body), then the bounded cache
 * of queries clients registered themselves (automatic persisted queries).
 */
export function persistedQueryCache(trusted: TrustedDocuments, registered: KeyValueCache<string>): KeyValueCache<string> {
  return {
    async get(key) {
      return trusted.bodies.get(key.replace(/^apq:/, '')) ?? registered.get(key);
    },
    set: (key, value, options) => registered.set(key, value, options),
    delete: (key) => registered.delete(key),
  };
}

/**
 * Machine clients run only the documents agreed with them: a caller holding one of `roles`
 * gets FORBIDDEN for any operation not in the manifest, before anything is planned or fetched.
 */
export function trustedDocumentsPlugin(
  trusted: TrustedDocuments,
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
            id = trusted.byShape.get(documentId(document)) ?? '';
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
