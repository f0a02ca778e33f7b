import { describe, expect, it } from 'vitest';
import { ConfigError } from '@aid/shared/runtime/config.js';
import { gatewayConfigFromEnv } from '../src/config.js';

describe('cache bounds in the configuration', () => {
  it('every gateway cache takes its bound from the environment, with defaults', async () => {
    // Scenario: an operator sizes the caches for a small container.
    const sized = await gatewayConfigFromEnv({ NODE_ENV: 'test', DOCUMENT_CACHE_MIB: '8', QUERY_PLAN_CACHE_MIB: '16', OPERATION_CACHE_SIZE: '250', TOKEN_CACHE_SIZE: '500' });
    expect(sized.caches).toEqual({ documentMiB: 8, queryPlanMiB: 16, operations: 250 });
    expect(sized.auth.tokenCacheSize).toBe(500);
    const defaults = await gatewayConfigFromEnv({ NODE_ENV: 'test' });
    expect(defaults.caches).toEqual({ documentMiB: 30, queryPlanMiB: 30, operations: 1000 });
    expect(defaults.auth.tokenCacheSize).toBe(10_000);
  });

  it('an unbounded or malformed size is refused at startup, every problem in one report', async () => {
    // Scenario: zero, a word and a negative number; the service names all three before it starts.
    const failure = await gatewayConfigFromEnv({ NODE_ENV: 'test', QUERY_PLAN_CACHE_MIB: '0', OPERATION_CACHE_SIZE: 'many', TOKEN_CACHE_SIZE: '-1' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    const problems = (failure as ConfigError).problems.join('\n');
    expect(problems).toMatch(/QUERY_PLAN_CACHE_MIB/);
    expect(problems).toMatch(/OPERATION_CACHE_SIZE/);
    expect(problems).toMatch(/TOKEN_CACHE_SIZE/);
  });
});
