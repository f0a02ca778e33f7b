import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { households, persons } from '@aid/civil-affairs/db/schema.js';
import { disbursements } from '@aid/charity/db/schema.js';
import { serviceRecords } from '@aid/services/db/schema.js';
import { TRUSTED_DOCUMENTS_FILE } from '@aid/gateway/trusted-documents.js';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { startStack, type Stack } from './support/stack.js';

// the provincial system reads the referral feed with the aid outcomes
// joined through the graph (civil-affairs' referral, charity's fundings, services' records and feedback), with
// its trusted document only, and no personal data comes back.
let stack: Stack;
const completed = demoReferrals().find((r) => r.status === 'COMPLETED')!;

/** The body of a trusted document, exactly as agreed in the manifest. */
function trustedDocument(name: string): string {
  const manifest = JSON.parse(readFileSync(TRUSTED_DOCUMENTS_FILE, 'utf8')) as { operations: { name: string; body: string }[] };
  return manifest.operations.find((o) => o.name === name)!.body;
}

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('the provincial feed with aid outcomes', () => {
  it('the provincial system pages the feed and sees a completed referral\'s outcome, fundings and services, and nothing personal', async () => {
    // Scenario: the provincial system reads the whole demo feed with ProvincialReferralOutcomes, 200 events a page.
    const token = await stack.token('provincial_system', { sub: 'provincial-outcomes' });
    const document = trustedDocument('ProvincialReferralOutcomes');
    for (const list of Object.values(stack.received)) list.length = 0;
    const events: any[] = [];
    const bodies: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (; pages < 20; pages += 1) {
      const response: any = await stack.query(document, { token, variables: { after, first: 200 } });
      expect(response.errors).toBeUndefined();
      bodies.push(JSON.stringify(response));
      events.push(...response.data.referralEvents.events);
      after = response.data.referralEvents.endCursor;
      if (!response.data.referralEvents.hasMore) {
        pages += 1;
        break;
      }
    }
    expect(events.map((e) => e.sequence)).toEqual(events.map((_, i) => i + 1));
    expect(pages).toBeGreaterThan(1);

    // The completed demo referral: its outcome from civil-affairs, what charity paid and what services delivered.
    const completion = events.find((e) => e.referralId === completed.id && e.action === 'complete')!;
    expect(completion).toMatchObject({ status: 'COMPLETED', outcome: completed.outcome });
    const referral = completion.referral;
    expect(referral).toMatchObject({ id: completed.id, status: 'COMPLETED', outcome: completed.outcome, programme: completed.programme });
    const paid = await stack.databases.charity.db.select().from(disbursements).where(eq(disbursements.referralId, completed.id));
    expect(paid.length).toBeGreaterThan(0);
    expect(referral.fundings.map((f: any) => f.amountFen)).toEqual(paid.map((d) => d.amountFen));
    expect(referral.fundings.every((f: any) => f.amountFen > 0 && f.project.name && f.disbursedOn)).toBe(true);
    const delivered = await stack.databases.services.db.select().from(serviceRecords).where(eq(serviceRecords.referralId, completed.id));
    expect(delivered.length).toBeGreaterThan(0);
    expect(referral.serviceRecords.map((s: any) => s.id).sort()).toEqual(delivered.map((s) => s.id).sort());
    expect(referral.serviceRecords.every((s: any) => s.hours > 0 && s.outcome)).toBe(true);
    expect(referral.feedback.length).toBeGreaterThan(0);

    // No personal data anywhere in the answers: no ID number, phone, full name, village code.
    const everything = bodies.join('\n');
    expect(everything).not.toMatch(/(?<![\w-])\d{17}[\dXx](?![\w-])/);
    expect(everything).not.toMatch(/(?<![\w-])1[3-9]\d{9}(?![\w-])/);
    expect(everything).not.toMatch(/(?<![\w-])1[3-9]\d\*{4}\d{4}(?![\w-])/);
    expect(everything).not.toMatch(/"\d{12}"/);
    const people = await stack.databases['civil-affairs'].db.select({ fullName: persons.fullName }).from(persons);
    expect(people.length).toBeGreaterThan(0);
    expect(people.filter((p) => everything.includes(`"${p.fullName}"`))).toEqual([]);
    const villages = new Set(
      (await stack.databases['civil-affairs'].db.select({ villageCode: households.villageCode }).from(households)).map((h) => h.villageCode),
    );
    expect([...villages].filter((code) => everything.includes(code))).toEqual([]);

    // Each subgraph was asked, once a page: civil-affairs for the feed and its referrals, charity and services by
    // the referral entities.
    expect(stack.received['civil-affairs']).toHaveLength(pages);
    expect(stack.received['civil-affairs'].every((r) => r.query.includes('referralEvents'))).toBe(true);
    expect(stack.received.charity).toHaveLength(pages);
    expect(stack.received.charity.every((r) => r.query.includes('_entities') && r.query.includes('fundings'))).toBe(true);
    expect(stack.received.services).toHaveLength(pages);
    expect(stack.received.services.every((r) => r.query.includes('serviceRecords') && !r.query.includes('notes'))).toBe(true);
  });

  it('an ad-hoc query by the provincial system is FORBIDDEN before any subgraph is asked', async () => {
    // Scenario: the provincial system's token asks for a referral's fundings outside its trusted documents.
    const token = await stack.token('provincial_system', { sub: 'provincial-outcomes' });
    for (const list of Object.values(stack.received)) list.length = 0;
    const adHoc = await stack.query(`{ referralEvents(first: 5) { events { referral { id fundings { amountFen } } } } }`, { token });
    expect(adHoc.status).toBe(403);
    expect(adHoc.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(adHoc.data ?? null).toBeNull();
    expect(Object.values(stack.received).every((list) => list.length === 0)).toBe(true);
  });

  it('the provincial system sends a trusted document by its manifest id alone', async () => {
    // Scenario: the provincial client keeps only the manifest ids and sends the id as a persisted-query hash.
    const token = await stack.token('provincial_system', { sub: 'provincial-outcomes' });
    const manifest = JSON.parse(readFileSync(TRUSTED_DOCUMENTS_FILE, 'utf8')) as { operations: { id: string; name: string }[] };
    const { id } = manifest.operations.find((o) => o.name === 'ProvincialReferralFeedPage')!;
    const byId = (sha256Hash: string) =>
      fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ variables: { first: 2 }, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } }));
    const page = await byId(id);
    expect(page.status).toBe(200);
    expect(page.body.errors ?? []).toEqual([]);
    expect(page.body.data.referralEvents.events.length).toBeGreaterThan(0);
    // An id that is in no manifest and was never registered is not found.
    const unknown = await byId('0'.repeat(64));
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('a document the provincial system registers itself (automatic persisted query) is still FORBIDDEN', async () => {
    // Scenario: the client tries to slip an ad-hoc query in by registering it as a persisted query.
    const token = await stack.token('provincial_system', { sub: 'provincial-outcomes' });
    const query = '{ referralEvents(first: 1) { events { referral { id fundings { amountFen } } } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    });
    expect(response.status).toBe(403);
  });
});
