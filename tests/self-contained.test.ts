import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Built from parts so that this file does not itself name the outside brief.
const brief = ['DES', 'IGN'].join('');
const OUTSIDE_BRIEF = new RegExp(`${brief} section|${brief}\\.md|\\.\\./${'shared'}/`);

describe('the repository stands alone', () => {
  it('no file points to a design brief outside the repository', () => {
    // Scenario: a newcomer clones the repo; every reference must resolve inside it (docs/design.md).
    const root = new URL('..', import.meta.url);
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f.length > 0 && existsSync(new URL(f, root)))
      .filter((f) => /\.(ts|md|graphql|yaml|json)$/.test(f) && !f.endsWith('package-lock.json') && !['AGENTS.md', 'CLAUDE.md'].includes(f));
    const offenders = files.filter((f) => {
      const text = readFileSync(new URL(f, root), 'utf8');
      return OUTSIDE_BRIEF.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
