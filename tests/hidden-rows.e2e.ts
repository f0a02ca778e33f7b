/**
 * A row that a subgraph's row rule hides is null on its own, with a NOT_FOUND error entry at its path: it never
 * wipes its siblings (the list, the profile) and never disappears silently. The entry reads exactly as for a
 * record that does not exist, so it tells the caller nothing about the hidden row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_PROFESSIONAL_SUBJECT } from '@aid/services/seed.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

type Entry = { path?: (string | number)[]; message: string; extensions?: { code?: string } };
const at = (errors: Entry[] | undefined, path: (string | number)[]) =>
  (errors ?? []).filter((e) => JSON.stringify(e.path) === JSON.stringify(path));

describe('a hidden row', () => {
  it('in a professional\'s cases: each hidden household is null with its own NOT_FOUND entry, the profile stands', async () => {
    const token = await stack.token('professional', { sub: DEV_PROFESSIONAL_SUBJECT });
    const result = await stack.query(`{ myProfessionalProfile { id assignedCases { id household { townName } programme } } }`, { token });
    const cases = result.data?.myProfessionalProfile?.assignedCases;
    expect(cases?.length).toBeGreaterThan(1);
    cases.forEach((item: { id: string; household: unknown; programme: string }, i: number) => {
      expect(item.id).toBeTruthy();
      expect(item.programme).toBeTruthy();
      expect(item.household).toBeNull();
      const entries = at(result.errors, ['myProfessionalProfile', 'assignedCases', i, 'household']);
      expect(entries).toHaveLength(1);
      expect(entries[0]!.extensions?.code).toBe('NOT_FOUND');
    });
  });

  it('in a list of service records: the siblings stand, each hidden household says NOT_FOUND, as a missing one does', async () => {
    // The charity federation reads every service record; civil affairs shows it no household.
    const token = await stack.token('charity_federation');
    const result = await stack.query(`{ serviceRecords(first: 10) { edges { node { id hours household { townName } } } } }`, { token });
    const edges = result.data?.serviceRecords?.edges;
    expect(edges?.length).toBeGreaterThan(1);
    edges.forEach((edge: { node: { id: string; hours: number; household: unknown } }, i: number) => {
      expect(edge.node.id).toBeTruthy();
      expect(edge.node.household).toBeNull();
      const entries = at(result.errors, ['serviceRecords', 'edges', i, 'node', 'household']);
      expect(entries).toHaveLength(1);
      expect(entries[0]!.extensions?.code).toBe('NOT_FOUND');
    });
    // One message for every hidden household, naming none of them (the entity test compares it with a missing one).
    const messages = new Set((result.errors ?? []).map((e: Entry) => e.message));
    expect(messages.size).toBe(1);
    expect(JSON.stringify(result.errors)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
