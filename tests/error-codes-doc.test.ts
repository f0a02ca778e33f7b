import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@aid/shared/errors/domain-errors.js';

describe('docs/errors.md', () => {
  it('documents exactly the closed set of error codes, each once', () => {
    // Scenario: a developer adds an error code and forgets the client-facing table (or the reverse).
    const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual(Object.values(ErrorCode).sort());
  });
});
