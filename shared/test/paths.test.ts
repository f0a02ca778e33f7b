import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataRoot, REPO_ROOT } from '../src/runtime/paths.js';

describe('paths', () => {
  it('REPO_ROOT is the checkout root, wherever the module lives in shared/src', () => {
    // Scenario: `npm start` resolves each service's main.ts and the data directory from it.
    const manifest = JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')) as { name: string };
    expect(manifest.name).toBe('aid-charity-federation');
    expect(existsSync(`${REPO_ROOT}subgraphs/charity/src/main.ts`)).toBe(true);
    expect(dataRoot({})).toBe(`${REPO_ROOT}.data`);
  });
});
