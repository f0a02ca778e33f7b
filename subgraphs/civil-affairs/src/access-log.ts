import DataLoader from 'dataloader';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Database } from '@aid/shared/database/database.js';
import { accessLog } from './db/schema.js';

/** One read of one full personal-data field. */
export interface FieldRead {
  recordType: 'Person' | 'Household';
  recordId: string;
  householdId: string;
  villageCode: string;
  field: string;
}

/**
 * Records reads of full personal-data values before they are returned. Reads requested
 * together (one GraphQL level, usually the whole request) are written in ONE insert, one row per record
 * with all its fields; if the insert fails, the values are not returned.
 */
export function createAccessLogRecorder(db: Database, claims: Claims) {
  const loader = new DataLoader<FieldRead, true, string>(
    async (reads) => {
      const byRecord = new Map<string, FieldRead & { fields: Set<string> }>();
      for (const read of reads) {
        const entry = byRecord.get(read.recordId) ?? { ...read, fields: new Set<string>() };
        entry.fields.add(read.field);
        byRecord.set(read.recordId, entry);
      }
      await db.insert(accessLog).values(
        [...byRecord.values()].map((entry) => ({
          actor: claims.sub,
          actorRole: claims.roles.join(','),
          actorOrganizationId: claims.org ?? null,
          purpose: claims.purpose ?? null,
          recordType: entry.recordType,
          recordId: entry.recordId,
          householdId: entry.householdId,
          villageCode: entry.villageCode,
          fields: [...entry.fields].sort(),
          // Millisecond precision, so the keyset cursor of accessLog round-trips exactly.
          at: new Date(),
        })),
      );
      return reads.map(() => true as const);
    },
    { cacheKeyFn: (read) => `${read.recordId}:${read.field}` },
  );
  return {
    /** Resolves once the read is logged; returns `value` so resolvers can `return record(...)`. */
    async record<T>(read: FieldRead, value: T): Promise<T> {
      if (value === null || value === undefined) return value;
      await loader.load(read);
      return value;
    },
  };
}

export type AccessLogRecorder = ReturnType<typeof createAccessLogRecorder>;
