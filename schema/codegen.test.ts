import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Outcome, Programme, ReferralStatus } from '@aid/shared/domain/vocabulary.js';
import type * as CivilAffairs from '../subgraphs/civil-affairs/src/generated/graphql.js';
import type * as Charity from '../subgraphs/charity/src/generated/graphql.js';
import type * as Services from '../subgraphs/services/src/generated/graphql.js';
import config, { GENERATED_FILES } from './codegen.js';

describe('typed resolvers generated from the subgraph schemas', () => {
  it('the committed resolver types are what each subgraph schema generates today', async () => {
    // Scenario: someone edits a subgraph schema and forgets `npm run codegen`; this test fails.
    const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
    expect(outputs.map((output) => output.filename).sort()).toEqual(Object.values(GENERATED_FILES).sort());
    for (const output of outputs) {
      expect(readFileSync(output.filename, 'utf8'), `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  });

  it('the enums every subgraph shares are the shared vocabulary, value for value', () => {
    // Checked by the type checker (npm run typecheck): a value added to one schema and not to the vocabulary fails.
    expectTypeOf<CivilAffairs.Programme>().toEqualTypeOf<Programme>();
    expectTypeOf<Charity.Programme>().toEqualTypeOf<Programme>();
    expectTypeOf<Services.Programme>().toEqualTypeOf<Programme>();
    expectTypeOf<CivilAffairs.ReferralStatus>().toEqualTypeOf<ReferralStatus>();
    expectTypeOf<Services.ReferralStatus>().toEqualTypeOf<ReferralStatus>();
    expectTypeOf<CivilAffairs.Outcome>().toEqualTypeOf<Outcome>();
    expectTypeOf<Services.Outcome>().toEqualTypeOf<Outcome>();
  });
});
