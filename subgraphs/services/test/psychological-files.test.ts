import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferrals } from '@aid/shared/demo/referrals.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { psychFiles } from '../src/db/schema.js';
import { counsellorOf, DEV_PROFESSIONAL_SUBJECT, socialWorkerOf } from '../src/seed.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

let services: TestSubgraph;

// Demo referral 24 (IN_PROGRESS, organisation 0) is assigned to organisation 0's social worker and to its
// counsellor, the dev professional, who keeps a long-term file for it.
const referral = demoReferrals()[24]!;
const FILE = demoId('psych-file', 24);
const counsellor = claimsFor('professional', { sub: DEV_PROFESSIONAL_SUBJECT });
const otherCounsellor = claimsFor('professional', { sub: `demo-professional-${counsellorOf(5)}` });
const colleague = claimsFor('professional', { sub: `demo-professional-${socialWorkerOf(0)}` });

const READ = `query($id: ID!) { psychologicalFile(id: $id) { id assessment riskLevel counsellor { id } entries { sessionMode summary } } }`;

beforeAll(async () => {
  services = await startSubgraph();
});
afterAll(async () => {
  await services?.stop();
});

describe('long-term psychological files (建档跟进): health data for the assigned counsellor only', () => {
  it('the assigned counsellor reads the file with its follow-ups', async () => {
    // Scenario: the counsellor opens the file of a case assigned to them.
    const result = await services.run(READ, counsellor, { id: FILE });
    expect(result.errors).toBeUndefined();
    expect(result.data!.psychologicalFile.assessment.length).toBeGreaterThan(0);
    expect(result.data!.psychologicalFile.entries).toHaveLength(3);
  });

  it('another counsellor, and a colleague assigned to the same case, find no such file', async () => {
    // Scenario: professionals who hold the psych-file scope but are not the file's counsellor ask for it.
    for (const claims of [otherCounsellor, colleague]) {
      const result = await services.run(READ, claims, { id: FILE });
      expect(result.errors).toBeUndefined();
      expect(result.data!.psychologicalFile).toBeNull();
      const mine = await services.run(`{ myPsychologicalFiles { id } }`, claims);
      expect(mine.data!.myPsychologicalFiles.map((f: any) => f.id)).not.toContain(FILE);
    }
  });

  it('civil officers and the counsellor\'s own organisation are refused at the field, even with the scope', async () => {
    // Scenario: callers who are not professionals query the subgraph directly, one with the scope added.
    const callers = [
      claimsFor('civil_officer', { region: '330203' }),
      claimsFor('civil_officer', { region: '330203', scopes: ['service:read', 'service:psych_file'] }),
      claimsFor('charity_org', { org: demoId('organization', 0) }),
      claimsFor('charity_federation'),
    ];
    for (const claims of callers) {
      const result = await services.run(READ, claims, { id: FILE });
      expect(result.data!.psychologicalFile).toBeNull();
      expect(codes(result)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    }
  });

  it('a follow-up by anyone but the counsellor is NOT_FOUND and writes nothing', async () => {
    // Scenario: another counsellor tries to add an entry to a file they cannot see.
    const result = await services.run(
      `mutation($id: ID!, $input: PsychologicalFileEntryInput!) { addPsychologicalFileEntry(fileId: $id, input: $input) { id } }`,
      otherCounsellor,
      { id: FILE, input: { sessionMode: 'HOTLINE', riskLevel: 'LOW', summary: '回访', occurredAt: '2025-05-01T10:00:00+08:00' } },
    );
    expect(codes(result)).toEqual(['NOT_FOUND']);
    const entries = await services.run(READ, counsellor, { id: FILE });
    expect(entries.data!.psychologicalFile.entries).toHaveLength(3);
  });

  it('the file is no entity: _entities is no back door to it', async () => {
    // Scenario: a caller crafts an _entities request naming the file's type and id.
    const result = await services.run(
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
      otherCounsellor,
      { r: [{ __typename: 'PsychologicalFile', id: FILE }] },
    );
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.data ?? null)).not.toContain(FILE);
  });

  it('a counsellor opens a new file only for a case assigned to them, and then only they read it', async () => {
    // Scenario: the counsellor opens a file for their completed case; then tries one for a case not theirs.
    const open = `mutation($input: OpenPsychologicalFileInput!) { openPsychologicalFile(input: $input) { id riskLevel } }`;
    const own = demoReferrals()[36]!;
    const opened = await services.run(open, counsellor, {
      input: { referralId: own.id, householdId: own.householdId, riskLevel: 'HIGH', assessment: '近期情绪波动明显，需密切随访。' },
    });
    expect(opened.errors).toBeUndefined();
    const id = opened.data!.openPsychologicalFile.id;
    expect((await services.run(READ, counsellor, { id })).data!.psychologicalFile.riskLevel).toBe('HIGH');
    expect((await services.run(READ, otherCounsellor, { id })).data!.psychologicalFile).toBeNull();

    const before = (await services.database.db.select().from(psychFiles)).length;
    const notMine = demoReferrals()[29]!; // organisation 5's case
    const refused = await services.run(open, counsellor, {
      input: { referralId: notMine.id, householdId: notMine.householdId, riskLevel: 'LOW', assessment: '评估' },
    });
    expect(codes(refused)).toEqual(['NOT_FOUND']);
    const bySocialWorker = await services.run(open, colleague, {
      input: { referralId: referral.id, householdId: referral.householdId, riskLevel: 'LOW', assessment: '评估' },
    });
    expect(codes(bySocialWorker)).toEqual(['FORBIDDEN']);
    expect(await services.database.db.select().from(psychFiles)).toHaveLength(before);
  });
});
