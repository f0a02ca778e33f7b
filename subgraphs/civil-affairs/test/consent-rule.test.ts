import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@aid/shared/demo/ids.js';
import { consentActiveForReferralSql, consentCoversRecipient, consentNamesRecipientSql } from '../src/consent.js';
import { consents, persons, type ConsentRow } from '../src/db/schema.js';
import { seedCivilAffairs } from '../src/seed.js';
import { startSubgraph, type TestSubgraph } from './harness.js';

// The consent-coverage rule is written twice, in TypeScript (claims, holders' fields) and in SQL (the pool):
// the two must agree on every kind of consent.
let t: TestSubgraph;
beforeAll(async () => {
  t = await startSubgraph();
  await seedCivilAffairs(t.db);
});
afterAll(() => t?.stop());

describe('the consent-coverage rule and its SQL twin', () => {
  it('agree for active, pending, expired, withdrawn, other-purpose, all-member and named consents', async () => {
    // Scenario: one household's member gives eight consents of every shape; two organisations ask.
    const [person] = await t.db.select().from(persons).limit(1);
    const named = demoId('organization', 1);
    const other = demoId('organization', 2);
    const now = new Date();
    const day = 86_400_000;
    const base = {
      householdId: person!.householdId,
      subjectId: person!.id,
      givenById: person!.id,
      purposes: ['REFERRAL'],
      dataCategories: ['BASIC'],
      allFederationMembers: false,
      recipientOrganizationIds: [named],
      method: 'WRITTEN' as ConsentRow['method'],
      validFrom: new Date(now.getTime() - day),
      validUntil: new Date(now.getTime() + day),
      recordedBy: 'consent-rule-test',
    };
    const shapes = [
      base,
      { ...base, allFederationMembers: true, recipientOrganizationIds: [] },
      { ...base, purposes: ['SERVICE'] },
      { ...base, withdrawnAt: new Date(now.getTime() - 1000), withdrawalReason: 'withdrawn' },
      { ...base, validFrom: new Date(now.getTime() + day), validUntil: new Date(now.getTime() + 2 * day) },
      { ...base, validFrom: new Date(now.getTime() - 2 * day), validUntil: new Date(now.getTime() - day) },
      { ...base, recipientOrganizationIds: [other] },
      { ...base, allFederationMembers: true, purposes: ['REFERRAL', 'SERVICE'], recipientOrganizationIds: [] },
    ];
    const rows = await t.db.insert(consents).values(shapes).returning();
    const ids = rows.map((row) => row.id);
    for (const organization of [named, other]) {
      const inTypeScript = rows.filter((row) => consentCoversRecipient(row, organization, now)).map((row) => row.id).sort();
      const inSql = (
        await t.db
          .select({ id: consents.id })
          .from(consents)
          .where(and(inArray(consents.id, ids), consentActiveForReferralSql(now), consentNamesRecipientSql(organization)))
      )
        .map((row) => row.id)
        .sort();
      expect(inSql).toEqual(inTypeScript);
      expect(inTypeScript.length).toBeGreaterThan(0);
    }
    const [first] = await t.db.select().from(consents).where(eq(consents.id, ids[0]!));
    expect(consentCoversRecipient(first!, other, now)).toBe(false);
  });
});
