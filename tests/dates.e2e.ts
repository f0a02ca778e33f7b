/** Dates at the edge of the graph: extreme and impossible dates are BAD_USER_INPUT everywhere, never a server error. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@aid/shared/demo/ids.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe('dates', () => {
  it('extreme dates in the charityAid and servicesReceived windows are BAD_USER_INPUT', async () => {
    // Scenario: a probe asks a household's aid between the largest and smallest dates JavaScript holds.
    const token = await stack.token('civil_officer', { region: '330203' });
    for (const [from, to] of [['0000-01-01', '2026-01-01'], ['2026-01-01', '+275760-09-13'], ['2026-01-01T00:00:00Z', '+275760-09-13T00:00:00Z']]) {
      for (const field of ['charityAid', 'servicesReceived']) {
        const result = await stack.query(`query($id: ID!, $from: String, $to: String) { household(id: $id) { id ${field}(from: $from, to: $to) { __typename } } }`, {
          token,
          variables: { id: demoId('household', 0), from, to },
        });
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        expect(codes, `${field} ${from}..${to}`).toContain('BAD_USER_INPUT');
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
        expect(result.data?.household?.id).toBe(demoId('household', 0));
      }
    }
  });

  it('an impossible date is refused, not stored as the next month', async () => {
    // Scenario: an officer records aid that started on 30 February.
    const token = await stack.token('civil_officer', { region: '330203' });
    const result = await stack.query(
      `mutation($input: RecordAidInput!) { recordAid(input: $input) { __typename } }`,
      { token, variables: { input: { householdId: demoId('household', 0), type: 'ALLOWANCE', amountFen: 100, periodStart: '2024-02-30', periodEnd: '2024-03-31' } } },
    );
    expect(result.errors?.map((e) => e.extensions?.code)).toContain('BAD_USER_INPUT');
  });
});
