import { createHash } from 'node:crypto';

/**
 * A deterministic UUID for demo and test data (name-based, SHA-1, RFC 9562 version 5 layout), so that
 * seeds of different subgraphs agree on ids without reading each other's data.
 */
export function demoId(kind: string, n: number | string): string {
  const hash = createHash('sha1').update(`aid-federation:${kind}:${n}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
