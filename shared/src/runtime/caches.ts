/**
 * Every cache a service keeps has a bound, read from the configuration at startup (see docs/configuration.md):
 * memory stays flat however many distinct operations and tokens arrive.
 */
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';
import type { EnvReader } from './config.js';

/** The LRU map every bounded per-key cache uses (verified tokens, authorisation filters, trusted-document ids). */
export { LRUCache } from 'lru-cache';

/** Apollo's cache interface (document store, persisted queries). */
export type { KeyValueCache };

const MIB = 2 ** 20;

/** Default bound of the parsed-and-validated operation cache of each Apollo Server, in MiB. */
export const DEFAULT_DOCUMENT_CACHE_MIB = 30;
/** Default number of verified tokens remembered (each until it expires, at most five minutes). */
export const DEFAULT_TOKEN_CACHE_SIZE = 10_000;

/** DOCUMENT_CACHE_MIB: the bound of Apollo Server's cache of parsed, validated operations. */
export function documentCacheMiBFromEnv(reader: EnvReader): number {
  return reader.int('DOCUMENT_CACHE_MIB', DEFAULT_DOCUMENT_CACHE_MIB, { min: 1, max: 4096 });
}

/** TOKEN_CACHE_SIZE: how many verified tokens are remembered (least recently used go first). */
export function tokenCacheSizeFromEnv(reader: EnvReader): number {
  return reader.int('TOKEN_CACHE_SIZE', DEFAULT_TOKEN_CACHE_SIZE, { min: 1, max: 1_000_000 });
}

/**
 * An LRU cache bounded by the approximate size of its entries, for Apollo Server's `documentStore` (parsed,
 * validated operations) and its `cache` (automatic persisted queries).
 */
export function boundedKeyValueCache<T extends {} = string>(mib: number): InMemoryLRUCache<T> {
  return new InMemoryLRUCache<T>({ maxSize: Math.max(1, mib) * MIB, sizeCalculation: InMemoryLRUCache.sizeCalculation });
}

/** Apollo Server's document store, bounded (`DocumentNode` entries). */
export const boundedDocumentStore = (mib: number) => boundedKeyValueCache<DocumentNode>(mib);
