import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { DB_SCHEMA } from '../src/server.js';
import { startSubgraph, type TestSubgraph } from './harness.js';

/**
 * Column names that could hold a person's name, ID number, phone, address or health data. The charity
 * database refers to recipients only by opaque ids, a town code and (in the referral read model only) the
 * household's village code.
 */
const DENY = [/name/, /person/, /id_?(number|no|card)/, /identity/, /passport/, /phone|mobile|tel(ephone)?$/, /addr/, /street/, /village/, /birth/, /gender|^sex$/, /health|diagnos|illness|disease/, /contact/, /email/, /recipient/, /beneficiar/];

/**
 * The only columns that match: each is about an organisation, a project or a donor, never a recipient
 * (docs/charity.md lists them too).
 */
const ALLOWED: Record<string, string> = {
  'organizations.name': 'the registered name of a charity organisation',
  'projects.name': 'the title of a project',
  'projects.responsible_person': 'the organisation staff member the regulator requires in a fundraising plan (方案负责人)',
  'donations.donor_name': 'the donor (a giver of money) for the receipt, published only with publish_name',
  'donations.publish_name': 'the donor\'s consent to publication (a flag)',
};

/**
 * Place codes of recipients: the 12-digit village (村/社区) code of the read model, the place the row rules
 * compare a caller's region with (a village worker covers one village). A code, never an address.
 */
const PLACE_CODES: Record<string, string> = {
  'referrals.village_code': 'character varying(12)',
};

let charity: TestSubgraph;
beforeAll(async () => {
  charity = await startSubgraph({ seed: false });
});
afterAll(async () => charity?.stop());

describe('no personal data of recipients in the charity database', () => {
  it('no column of the charity schema could hold a recipient\'s name, ID number, phone or address', async () => {
    // Scenario: every column of every table, as information_schema lists them, against the deny-list.
    const result = await charity.db.execute<{ table_name: string; column_name: string }>(
      sql`select table_name, column_name from information_schema.columns where table_schema = ${DB_SCHEMA} order by table_name, column_name`,
    );
    const columns = (Array.isArray(result) ? result : (result as { rows: { table_name: string; column_name: string }[] }).rows).map(
      (c) => `${c.table_name}.${c.column_name}`,
    );
    expect(columns.length).toBeGreaterThan(50);
    const flagged = columns.filter((column) => DENY.some((pattern) => pattern.test(column.split('.')[1]!)));
    expect(flagged.filter((column) => !(column in ALLOWED) && !(column in PLACE_CODES))).toEqual([]);
    // The allow-list stays honest: every entry exists, and none sits in a table about recipients.
    expect(Object.keys(ALLOWED).filter((column) => !columns.includes(column))).toEqual([]);
    expect(Object.keys(ALLOWED).filter((column) => /^(referrals|disbursements)\./.test(column))).toEqual([]);
  });

  it('recipients are known only by opaque ids, a 9-digit town code and a 12-digit village code', async () => {
    // Scenario: the tables that concern recipients hold uuids for them, a town code no longer than 9
    // characters and, in the read model only, a village code of 12.
    const result = await charity.db.execute<{ table_name: string; column_name: string; data_type: string; character_maximum_length: number | null }>(
      sql`select table_name, column_name, data_type, character_maximum_length from information_schema.columns
          where table_schema = ${DB_SCHEMA} and table_name in ('referrals', 'disbursements') and (column_name like '%household%' or column_name like '%town%' or column_name like '%village%' or column_name like '%need%')`,
    );
    const rows = Array.isArray(result) ? result : (result as { rows: typeof result }).rows;
    const described = Object.fromEntries(
      (rows as { table_name: string; column_name: string; data_type: string; character_maximum_length: number | null }[]).map((c) => [
        `${c.table_name}.${c.column_name}`,
        c.data_type === 'uuid' ? 'uuid' : `${c.data_type}(${c.character_maximum_length})`,
      ]),
    );
    expect(described).toEqual({
      'disbursements.household_id': 'uuid',
      'disbursements.town_code': 'character varying(9)',
      'referrals.household_id': 'uuid',
      'referrals.need_id': 'uuid',
      'referrals.town_code': 'character varying(9)',
      ...PLACE_CODES,
    });
  });
});
