import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { accessLog, persons } from '../src/db/schema.js';
import { idCheckCharacter } from '../src/identity.js';
import { generateHouseholds, insertHouseholds } from '../src/seed.js';
import { codeOf, officer, ok, startSubgraph, type TestSubgraph } from './harness.js';

const withCheck = (first17: string) => `${first17}${idCheckCharacter(first17)}`;
const ADD_PERSON = `mutation($input: AddPersonInput!) { addPerson(input: $input) { householdId message } }`;
const MEMBERS = `query($id: ID!) { household(id: $id) { members { id relation maskedIdNumber birthDate sex isMinor guardian { id } } } }`;

/** The member of the test household whose masked ID number ends like `idNumber`, after a submission. */
async function memberWith(idNumber: string) {
  const data = ok(await t.run(MEMBERS, officer(), { id: household.id }));
  return data.household.members.find((m: any) => m.maskedIdNumber === `33**************${idNumber.slice(-2)}` && m.birthDate === `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`);
}

let t: TestSubgraph;
const generated = generateHouseholds(0, 40);
const haishu = generated.filter((g) => g.household.countyCode === '330203');
const household = haishu[0]!.household;
const head = haishu[0]!.members[0]!;

beforeAll(async () => {
  t = await startSubgraph();
  await insertHouseholds(t.db, generated);
});
afterAll(() => t?.stop());

describe('adding a person with a GB 11643 ID number', () => {
  it('a valid ID number is stored with birth date and sex derived from it', async () => {
    // Scenario: an officer adds a spouse born 1990-03-07 (sequence 123: odd, so male).
    const idNumber = withCheck('33020319900307123');
    const data = ok(await t.run(ADD_PERSON, officer(), { input: { householdId: household.id, relation: 'SPOUSE', fullName: '王建国', idNumber, phone: '13812345678' } }));
    expect(data.addPerson.householdId).toBe(household.id);
    expect(await memberWith(idNumber)).toMatchObject({ birthDate: '1990-03-07', sex: 'M', isMinor: false, relation: 'SPOUSE', maskedIdNumber: `33**************${idNumber.slice(-2)}` });
  });

  it('a wrong check digit is BAD_USER_INPUT saying so, and nothing is written', async () => {
    // Scenario: the last character is mistyped.
    const good = withCheck('33020319850512246');
    const bad = `${good.slice(0, 17)}${good[17] === '1' ? '2' : '1'}`;
    const before = await t.rows(persons);
    const result = await t.run(ADD_PERSON, officer(), { input: { householdId: household.id, relation: 'OTHER', fullName: '李四', idNumber: bad } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/check digit/);
    expect(result.errors![0]!.extensions?.field).toBe('idNumber');
    expect(await t.rows(persons)).toBe(before);
  });

  it('an impossible birth date is BAD_USER_INPUT saying so, even with a matching check digit', async () => {
    // Scenario: 30 February 1990 with a correct check character.
    const result = await t.run(ADD_PERSON, officer(), { input: { householdId: household.id, relation: 'OTHER', fullName: '李四', idNumber: withCheck('33020319900230123') } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/birth date/);
  });

  it('a malformed ID number is BAD_USER_INPUT saying what the format is', async () => {
    // Scenario: 15 characters (the old first-generation format) are refused.
    const result = await t.run(ADD_PERSON, officer(), { input: { householdId: household.id, relation: 'OTHER', fullName: '李四', idNumber: '330203900307123' } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/18 characters/);
  });

  it('a child under 14 needs a guardian, who must be an adult of the household', async () => {
    // Scenario: a child born 2020 is refused without a guardian, then added with the head as guardian.
    const idNumber = withCheck('33020320200611042');
    const without = await t.run(ADD_PERSON, officer(), { input: { householdId: household.id, relation: 'CHILD', fullName: '王小宝', idNumber } });
    expect(codeOf(without)).toBe('BAD_USER_INPUT');
    expect(without.errors![0]!.message).toMatch(/guardian/);
    ok(await t.run(ADD_PERSON, officer(), { input: { householdId: household.id, relation: 'CHILD', fullName: '王小宝', idNumber, guardianId: head.id } }));
    expect(await memberWith(idNumber)).toMatchObject({ isMinor: true, sex: 'F', guardian: { id: head.id } });
  });
});

describe('reads of full personal data', () => {
  it('every full value read is logged with who, role, purpose, record and fields, in one insert per request', async () => {
    // Scenario: an officer lists 10+ households with full names, ID numbers and phones; masked reads are not logged.
    const before = await t.rows(accessLog);
    t.database.statements.reset();
    const claims = { ...officer(), purpose: 'annual review' };
    const data = ok(await t.run(`{ households(first: 20) { edges { node { members { id fullName idNumber phone maskedName } } } } }`, claims));
    const members = data.households.edges.flatMap((e: any) => e.node.members);
    expect(members.length).toBeGreaterThan(10);
    const inserts = t.database.statements.statements.filter((s) => s.startsWith('insert into "civil_affairs"."access_log"'));
    expect(inserts).toHaveLength(1);
    expect(await t.rows(accessLog)).toBe(before + members.length);
    const log = ok(await t.run(`query($id: ID!) { accessLog(recordId: $id) { edges { node { actor actorRole purpose recordType fields } } } }`, officer(), { id: members[0].id }));
    expect(log.accessLog.edges[0].node).toEqual({
      actor: 'officer-1',
      actorRole: 'civil_officer',
      purpose: 'annual review',
      recordType: 'Person',
      fields: members[0].phone ? ['fullName', 'idNumber', 'phone'] : ['fullName', 'idNumber'],
    });
  });

  it('masked fields only write nothing to the log', async () => {
    // Scenario: a village worker reads masked names and phones.
    const before = await t.rows(accessLog);
    ok(await t.run(`{ households(first: 5) { edges { node { members { maskedName maskedPhone maskedIdNumber } } } } }`, claimsFor('village_worker', { region: '330203' })));
    expect(await t.rows(accessLog)).toBe(before);
  });

  it('the access log cannot be changed: updates and deletes are refused by the database', async () => {
    // Scenario: even the service's own connection cannot rewrite history.
    await expect(t.db.delete(accessLog)).rejects.toThrow();
  });
});
