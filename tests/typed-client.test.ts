import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@aid/shared/errors/domain-errors.js';
import { API_SCHEMA_FILE } from '../schema/api-schema.js';
import { chineseNameOf, enumLabelsOf } from '../schema/enum-labels.js';
import { generatedClientFiles } from '../examples/web-client/generate.js';
import { errorCodes } from '../examples/web-client/src/error-codes.js';
import { enumLabelsZhCN } from '../examples/web-client/src/enum-labels.zh-CN.js';

describe('the typed client (examples/web-client)', () => {
  it('its generated documents and enum labels are in step with schema/api.graphql', async () => {
    // Scenario: a field is renamed in a subgraph and composed; the example's committed types would lie. Run `npm run codegen`.
    const outcome = await generatedClientFiles();
    if (outcome.kind === 'failure') throw new Error(outcome.problems.join('\n'));
    expect(outcome.files.length).toBe(5);
    for (const { filename, content } of outcome.files) expect(readFileSync(filename, 'utf8'), filename).toBe(content);
  });

  it('every enum value of the API schema has a zh-CN label, distinct within its enum', () => {
    // Scenario: a UI shows a status; it needs the Chinese name of every value it can receive.
    const schema = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
    const outcome = enumLabelsOf(schema);
    expect(outcome.kind === 'failure' ? outcome.problems : []).toEqual([]);
    const labels = enumLabelsZhCN as unknown as Record<string, Record<string, string>>;
    const enums = Object.values(schema.getTypeMap()).filter(isEnumType).filter((t) => !t.name.startsWith('__'));
    expect(Object.keys(labels).sort()).toEqual(enums.map((t) => t.name).sort());
    for (const type of enums) {
      for (const value of type.getValues()) expect(labels[type.name]?.[value.name], `${type.name}.${value.name}`).toMatch(/\p{Script=Han}/u);
    }
    expect(enumLabelsZhCN.ReferralStatus.REQUESTED).toBe('待认领');
    expect(enumLabelsZhCN.Programme.MEDICAL).toBe('善医');
  });

  it('the label generator fails on a value without a Chinese name and on two values sharing one', () => {
    // Scenario: a developer adds an enum value described in English only, or copies a label; codegen stops.
    const outcome = enumLabelsOf(
      buildSchema(`type Query { a: A b: B }
        enum A { """Paused (暂停).""" ON_HOLD """Brand new.""" NEW }
        enum B { """Housing repair (善居).""" REPAIR """Furniture (善居).""" FURNITURE }`),
    );
    expect(outcome).toEqual({
      kind: 'failure',
      problems: [
        'A.NEW has no Chinese name in its description (e.g. """Paused (暂停).""")',
        'B: REPAIR, FURNITURE share the Chinese name 善居',
      ],
    });
  });

  it('reads the Chinese name from the first parentheses that hold one, before any note', () => {
    // Scenario: descriptions as the subgraphs write them.
    expect(chineseNameOf('Minimum living allowance (低保).')).toBe('低保');
    expect(chineseNameOf('Housing repair (住房修缮; 善居).')).toBe('住房修缮');
    expect(chineseNameOf('Social service institution (社会服务机构, formerly 民办非企业单位); USCC starts 52.')).toBe('社会服务机构');
    expect(chineseNameOf('An ID number submitted by the actor (addPerson) matched the record (身份证号比对).')).toBe('身份证号比对');
    expect(chineseNameOf('The 浙里救 app.')).toBeUndefined();
    expect(chineseNameOf(undefined)).toBeUndefined();
  });

  it("handles exactly the graph's closed set of error codes (docs/errors.md)", () => {
    // Scenario: a code is added to the graph; the example client must say what a UI does with it.
    expect(Object.keys(errorCodes).sort()).toEqual(Object.values(ErrorCode).sort());
  });
});
