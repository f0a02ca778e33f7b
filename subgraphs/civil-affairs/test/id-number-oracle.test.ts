import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { maskIdNumber } from '@aid/shared/security/personal-data-masks.js';
import { accessLog, duplicateIdReviews, persons } from '../src/db/schema.js';
import { ageOn, idCheckCharacter } from '../src/identity.js';
import { generateHouseholds, insertHouseholds } from '../src/seed.js';
import { ok, startSubgraph, type TestSubgraph } from './harness.js';

// Issue 8, finding 1: addPerson was an oracle for ID numbers registered anywhere in the city.
let t: TestSubgraph;
const generated = generateHouseholds(0, 40);
const haishu = generated.filter((g) => g.household.countyCode === '330203');
const mine = haishu[0]!.household;
const elsewhere = generated.find((g) => g.household.countyCode !== '330203')!;
const theirs = elsewhere.members.find((m) => ageOn(m.birthDate, new Date()) >= 18) ?? elsewhere.members[0]!;
const worker = () => claimsFor('village_worker', { region: mine.villageCode, sub: 'worker-probing' });
const ADD_PERSON = `mutation($input: AddPersonInput!) { addPerson(input: $input) { householdId message } }`;
const withCheck = (first17: string) => `${first17}${idCheckCharacter(first17)}`;

beforeAll(async () => {
  t = await startSubgraph();
  await insertHouseholds(t.db, generated);
});
afterAll(() => t?.stop());

const submit = (idNumber: string, fullName = '试探') =>
  t.run(ADD_PERSON, worker(), { input: { householdId: mine.id, relation: 'OTHER', fullName, idNumber } });

describe('adding a person never tells whether an ID number is registered elsewhere', () => {
  it('an ID number of another county and a new one get the same answer: same data, message and no error code', async () => {
    // Scenario: a village worker of Haishu submits a real number of another county, then a number nobody has.
    const existing = await submit(theirs.idNumber);
    const fresh = await submit(withCheck(`${mine.countyCode}19900307135`));
    expect(existing.errors).toBeUndefined();
    expect(fresh.errors).toBeUndefined();
    expect(existing).toEqual(fresh);
  });

  it('the duplicate creates no person but a pending review for the existing person\'s county, and an ID-number lookup in its access log', async () => {
    // Scenario: the worker submits the other county's number again; an officer of that county looks at the log.
    const personsBefore = await t.rows(persons);
    ok(await submit(theirs.idNumber, '重复'));
    expect(await t.rows(persons)).toBe(personsBefore);
    const reviews = await t.db.select().from(duplicateIdReviews).where(eq(duplicateIdReviews.existingPersonId, theirs.id!));
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews.at(-1)).toMatchObject({ countyCode: elsewhere.household.countyCode, submittedHouseholdId: mine.id, submittedBy: 'worker-probing', status: 'PENDING' });
    const officerThere = claimsFor('civil_officer', { region: elsewhere.household.countyCode });
    const log = ok(await t.run(`query($id: ID!) { accessLog(recordId: $id) { edges { node { actor actorRole recordType recordId fields kind } } } }`, officerThere, { id: theirs.id }));
    expect(log.accessLog.edges[0].node).toEqual({
      actor: 'worker-probing',
      actorRole: 'village_worker',
      recordType: 'Person',
      recordId: theirs.id,
      fields: ['idNumber'],
      kind: 'ID_NUMBER_LOOKUP',
    });
  });

  it('the county officer of the existing person lists the pending review; an officer of the submitter\'s county does not', async () => {
    // Scenario: both county officers open their duplicate ID reviews.
    const REVIEWS = `{ duplicateIdReviews(first: 100) { edges { node { existingPerson { id } submittedMaskedName submittedBy submittedRelation status } } } }`;
    const there = ok(await t.run(REVIEWS, claimsFor('civil_officer', { region: elsewhere.household.countyCode }))).duplicateIdReviews.edges;
    expect(there.map((e: any) => e.node)).toContainEqual({ existingPerson: { id: theirs.id }, submittedMaskedName: '试*', submittedBy: 'worker-probing', submittedRelation: 'OTHER', status: 'PENDING' });
    const here = ok(await t.run(REVIEWS, claimsFor('civil_officer', { region: '330203' }))).duplicateIdReviews.edges;
    expect(here.map((e: any) => e.node.existingPerson?.id)).not.toContain(theirs.id);
  });

  it('repeated probing with the same registered number leaves no person behind', async () => {
    // Scenario: the worker submits the known number five times.
    const before = await t.rows(persons);
    for (let i = 0; i < 5; i += 1) ok(await submit(theirs.idNumber));
    expect(await t.rows(persons)).toBe(before);
    const [row] = await t.db.select().from(persons).where(eq(persons.idNumber, theirs.idNumber));
    expect(row!.householdId).toBe(elsewhere.household.id);
  });

  it('a duplicate within the caller\'s own household is handled the same way: no CONFLICT, no second person', async () => {
    // Scenario: the head of the worker's own household is submitted again.
    const head = haishu[0]!.members[0]!;
    const result = await submit(head.idNumber);
    expect(result.errors).toBeUndefined();
    const rows = await t.db.select().from(persons).where(and(eq(persons.idNumber, head.idNumber)));
    expect(rows).toHaveLength(1);
  });

  it('a household outside the caller\'s region is NOT_FOUND, whatever the ID number, and nothing is written', async () => {
    // Scenario: the worker names another county's household; the lookup never runs.
    const reviewsBefore = await t.rows(duplicateIdReviews);
    const logBefore = await t.rows(accessLog);
    const result = await t.run(ADD_PERSON, worker(), { input: { householdId: elsewhere.household.id, relation: 'OTHER', fullName: '试探', idNumber: theirs.idNumber } });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await t.rows(duplicateIdReviews)).toBe(reviewsBefore);
    expect(await t.rows(accessLog)).toBe(logBefore);
  });

  it('a guardian from another household is refused at write time, whether or not the ID number exists', async () => {
    // Scenario: a child is submitted with a guardian of another county's household.
    const child = withCheck(`${mine.countyCode}20200611046`);
    const result = await t.run(ADD_PERSON, worker(), { input: { householdId: mine.id, relation: 'CHILD', fullName: '试探', idNumber: child, guardianId: theirs.id } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).not.toContain(theirs.fullName);
  });
});

describe('the masked ID number leaves no enumerable search space', () => {
  it('with the county, the age and the sex known, at least a thousand numbers pass the check digit', () => {
    // Scenario: count every number of the person's county, birth year window and sex that matches the mask.
    const masked = maskIdNumber(theirs.idNumber);
    expect(masked).toMatch(/^\d{2}\*{14}\d[\dX]$/);
    const age = ageOn(theirs.birthDate, new Date());
    const area = theirs.idNumber.slice(0, 6);
    let candidates = 0;
    const today = new Date();
    for (let d = new Date(Date.UTC(today.getUTCFullYear() - age - 1, today.getUTCMonth(), today.getUTCDate())); d <= today; d = new Date(d.getTime() + 86_400_000)) {
      const born = d.toISOString().slice(0, 10);
      if (ageOn(born, today) !== age) continue;
      const date = born.replaceAll('-', '');
      for (let sequence = 0; sequence < 1000; sequence += 1) {
        const first17 = `${area}${date}${String(sequence).padStart(3, '0')}`;
        const candidate = `${first17}${idCheckCharacter(first17)}`;
        if (Number(candidate[16]) % 2 !== Number(theirs.idNumber[16]) % 2) continue;
        if (maskIdNumber(candidate) === masked) candidates += 1;
      }
    }
    expect(candidates).toBeGreaterThanOrEqual(1000);
  });
});
