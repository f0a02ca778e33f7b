import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHouseholds, insertHouseholds } from '../src/seed.js';
import { assessCategory, assessEligibility, incomeLineFen, type AidCategory } from '../src/eligibility.js';
import { officer, ok, startSubgraph, type TestSubgraph } from './harness.js';

const ONGOING: AidCategory[] = [
  'MINIMUM_LIVING_ALLOWANCE',
  'NEAR_POVERTY',
  'EXTREME_POVERTY',
  'ORPHAN',
  'CHILD_IN_DIFFICULTY',
  'LEFT_BEHIND_CHILD',
  'DEPENDANTS_FAMILY',
  'LOW_INCOME_FAMILY',
];
const applies = (category: AidCategory, since: string, asOf: string, until: string | null = null) =>
  assessCategory({ category, since, until }, asOf).applies;

describe('eligibility by category and time window', () => {
  it.each(ONGOING)('%s counts from its start to its last day, not before or after', (category) => {
    // Scenario: an ongoing registration from 2025-03-01 to 2026-02-28 is judged on both sides of each end.
    expect(applies(category, '2025-03-01', '2025-02-28', '2026-02-28')).toBe(false);
    expect(applies(category, '2025-03-01', '2025-03-01', '2026-02-28')).toBe(true);
    expect(applies(category, '2025-03-01', '2026-02-28', '2026-02-28')).toBe(true);
    expect(applies(category, '2025-03-01', '2026-03-01', '2026-02-28')).toBe(false);
    expect(applies(category, '2025-03-01', '2030-01-01', null)).toBe(true);
  });

  it('EXITED_AID counts for 3 years after the exit date and not a day longer', () => {
    // Scenario: a household left aid on 2023-06-15; the window's last day is 2026-06-14.
    expect(applies('EXITED_AID', '2023-06-15', '2026-06-14')).toBe(true);
    expect(applies('EXITED_AID', '2023-06-15', '2026-06-15')).toBe(false);
    expect(assessCategory({ category: 'EXITED_AID', since: '2023-06-15', until: null }, '2025-01-01').validUntil).toBe('2026-06-14');
  });

  it.each(['TEMPORARY_AID', 'OTHER_DEPARTMENT_AID'] as AidCategory[])('%s counts for 1 year after the aid date', (category) => {
    // Scenario: aid on 2025-09-10 counts through 2026-09-09 and no longer.
    expect(applies(category, '2025-09-10', '2026-09-09')).toBe(true);
    expect(applies(category, '2025-09-10', '2026-09-10')).toBe(false);
  });

  it('REFUSED_APPLICANT counts in the year of refusal and the next calendar year', () => {
    // Scenario: refused on 2025-11-20: eligible through 2026-12-31, not from 2027-01-01.
    expect(applies('REFUSED_APPLICANT', '2025-11-20', '2025-11-20')).toBe(true);
    expect(applies('REFUSED_APPLICANT', '2025-11-20', '2026-12-31')).toBe(true);
    expect(applies('REFUSED_APPLICANT', '2025-11-20', '2027-01-01')).toBe(false);
  });

  it('an event in the future does not count yet', () => {
    // Scenario: temporary aid dated tomorrow does not make a household eligible today.
    expect(applies('TEMPORARY_AID', '2026-05-02', '2026-05-01')).toBe(false);
  });
});

describe('eligibility by the income line', () => {
  it('the line is 100,000 CNY for three people, scaled linearly by size', () => {
    // Scenario: the documented scaling rule, 100,000 / 3 CNY per person, rounded down to the fen.
    expect(incomeLineFen(3)).toBe(10_000_000);
    expect(incomeLineFen(1)).toBe(3_333_333);
    expect(incomeLineFen(5)).toBe(16_666_666);
    expect(incomeLineFen(0)).toBe(3_333_333);
  });

  it('income one fen under the line is eligible, income at the line is not', () => {
    // Scenario: a family of three without categories on both sides of 100,000 CNY.
    expect(assessEligibility({ size: 3, annualIncomeFen: 9_999_999 }, [], '2026-01-01').eligible).toBe(true);
    expect(assessEligibility({ size: 3, annualIncomeFen: 10_000_000 }, [], '2026-01-01').eligible).toBe(false);
    expect(assessEligibility({ size: 4, annualIncomeFen: 13_333_332 }, [], '2026-01-01').eligible).toBe(true);
    expect(assessEligibility({ size: 4, annualIncomeFen: 13_333_333 }, [], '2026-01-01').eligible).toBe(false);
  });

  it('a category makes a household above the line eligible, with both reasons listed', () => {
    // Scenario: a 低保 household with a high declared income is eligible through its category only.
    const result = assessEligibility({ size: 2, annualIncomeFen: 50_000_000 }, [{ category: 'MINIMUM_LIVING_ALLOWANCE', since: '2024-01-01', until: null }], '2026-01-01');
    expect(result.eligible).toBe(true);
    expect(result.reasons.map((r) => [r.basis, r.applies])).toEqual([['CATEGORY', true], ['INCOME_LINE', false]]);
  });
});

describe('eligibility through the subgraph', () => {
  let t: TestSubgraph;
  const generated = generateHouseholds(0, 30, '2026-01-01');
  beforeAll(async () => {
    t = await startSubgraph();
    await insertHouseholds(t.db, generated);
  });
  afterAll(() => t?.stop());

  it('an officer reads a household\'s eligibility with its reasons as of a day', async () => {
    // Scenario: household 0 (低保 since 2025, plus temporary aid 800 days ago) is eligible through 低保 only.
    const id = generated[0]!.household.id;
    const query = `query($id: ID!, $asOf: String) { household(id: $id) { eligibility(asOf: $asOf) { eligible asOf incomeLineFen reasons { basis category applies explanation validUntil } } } }`;
    const data = ok(await t.run(query, officer(), { id, asOf: '2026-01-01' }));
    const eligibility = data.household.eligibility;
    expect(eligibility.asOf).toBe('2026-01-01');
    const byCategory = new Map(eligibility.reasons.map((r: any) => [r.category, r]));
    expect(byCategory.get('MINIMUM_LIVING_ALLOWANCE')).toMatchObject({ basis: 'CATEGORY', applies: true });
    expect(byCategory.get('TEMPORARY_AID')).toMatchObject({ applies: false, validUntil: '2024-10-23' });
    expect(eligibility.reasons.at(-1).basis).toBe('INCOME_LINE');
    expect(eligibility.eligible).toBe(true);
  });

  it('a bad asOf date is BAD_USER_INPUT', async () => {
    // Scenario: asOf 2026-02-30 is not a date.
    const result = await t.run(`query($id: ID!) { household(id: $id) { eligibility(asOf: "2026-02-30") { eligible } } }`, officer(), { id: generated[0]!.household.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
