import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { meetingId } from '@aid/services/seed.js';
import { startStack, type Stack } from './support/stack.js';

// The seeded case conference (meeting 1) of the Haishu consortium discusses two FAILED demo referrals (42 and
// 43, held by organisations 6 and 7); it is attended by the dev officer and organisations 0 and 1.
let stack: Stack;
const [first, second] = demoReferrals().filter((r) => r.status === 'FAILED');

const AGENDA = `query($id: ID!) { meeting(id: $id) { title agenda { position reason referral { id status programme } } } }`;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('work coordination through the gateway: cases on the agenda as each attendee may read them', () => {
  it('the county officer reads the referrals on the agenda from civil affairs; an attending organisation that holds neither reads the agenda but not the cases', async () => {
    // Scenario: the officer and organisation 1 open the same case conference through the gateway.
    const officer = await stack.token('civil_officer', { region: '330203', sub: 'dev-civil_officer' });
    const asOfficer = await stack.query(AGENDA, { token: officer, variables: { id: meetingId(1) } });
    expect(asOfficer.errors).toBeUndefined();
    expect(asOfficer.data.meeting.agenda.map((item: any) => item.referral)).toEqual([
      { id: first!.id, status: 'FAILED', programme: first!.programme },
      { id: second!.id, status: 'FAILED', programme: second!.programme },
    ]);

    const organization = await stack.token('charity_org', { org: demoId('organization', 1) });
    const asOrganization = await stack.query(AGENDA, { token: organization, variables: { id: meetingId(1) } });
    expect(asOrganization.data.meeting.agenda.map((item: any) => item.reason)).toEqual(['FAILED', 'FAILED']);
    // Civil affairs decides: the organisation holds neither referral, so each is null, and the agenda stays whole.
    expect(asOrganization.data.meeting.agenda.map((item: any) => item.referral)).toEqual([null, null]);
    expect(JSON.stringify(asOrganization.data)).not.toContain(first!.id);
    // A hidden reference is never silent: any error is NOT_FOUND at that item's own `referral` path.
    for (const error of asOrganization.errors ?? []) {
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect(error.path?.at(-1)).toBe('referral');
    }
  });

  it('an organisation that does not attend gets no meeting at all', async () => {
    // Scenario: organisation 6 (holder of the first failed referral, not invited) asks for the conference.
    const outsider = await stack.token('charity_org', { org: demoId('organization', 6) });
    const result = await stack.query(AGENDA, { token: outsider, variables: { id: meetingId(1) } });
    expect(result.errors).toBeUndefined();
    expect(result.data.meeting).toBeNull();
  });
});
