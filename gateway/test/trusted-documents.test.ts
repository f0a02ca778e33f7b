import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentId, readTrustedDocuments, TRUSTED_DOCUMENTS_FILE } from '../src/trusted-documents.js';

describe('trusted documents manifest', () => {
  it('the committed manifest loads, and a document matches whatever its whitespace', () => {
    // Scenario: the provincial system sends the agreed feed query formatted its own way.
    const trusted = readTrustedDocuments();
    const manifest = JSON.parse(readFileSync(TRUSTED_DOCUMENTS_FILE, 'utf8')) as { operations: { id: string; body: string }[] };
    const reformatted = manifest.operations[0]!.body.replace(/\s+/g, '  ');
    expect(trusted.byShape.get(documentId(parse(reformatted)))).toBe(manifest.operations[0]!.id);
    expect(trusted.byShape.has(documentId(parse('{ referralEvents { events { householdId } } }')))).toBe(false);
    // Ids are the sha256 of each stored body, so a client can send the id alone (a persisted-query hash).
    expect(trusted.bodies.get(manifest.operations[0]!.id)).toBe(manifest.operations[0]!.body);
  });

  it('a manifest whose id does not match its body is refused at startup', () => {
    // Scenario: someone edits a trusted document's body but not its id.
    const manifest = JSON.parse(readFileSync(TRUSTED_DOCUMENTS_FILE, 'utf8')) as { operations: { body: string }[] };
    manifest.operations[0]!.body = manifest.operations[0]!.body.replace('householdId', 'householdId needId');
    const file = join(mkdtempSync(join(tmpdir(), 'trusted-')), 'manifest.json');
    writeFileSync(file, JSON.stringify(manifest));
    expect(() => readTrustedDocuments(file)).toThrow(/id is not the sha256/);
  });
});
