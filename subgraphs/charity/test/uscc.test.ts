import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsFor } from '@aid/shared/testing/harness.js';
import { buildUscc, organizationCodeCheckCharacter, parseUscc, usccCheckCharacter } from '../src/uscc.js';
import { codes, startSubgraph, type TestSubgraph } from './harness.js';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts published codes of real organisations', () => {
    // Scenario: codes from public registries pass both the GB 11714 body check and the GB 32100 check character.
    for (const code of ['91350100M000100Y43', '91110000600037341L', '53100000500021676K']) {
      expect(parseUscc(code)).toMatchObject({ code });
    }
    expect(parseUscc(' 53100000500021676k ')).toMatchObject({ registrationAuthority: '5', category: '3', divisionCode: '100000' });
  });

  it('computes the check characters the standards define', () => {
    // Scenario: the weights 1,3,9,27... modulo 31 and the organisation code weights 3,7,9,10,5,8,4,2 modulo 11.
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(organizationCodeCheckCharacter('M000100Y')).toBe('4');
    expect(organizationCodeCheckCharacter('60003734')).toBe('1');
    const built = buildUscc('52', '330203', 'MJ123456');
    expect(parseUscc(built)).toMatchObject({ category: '2', divisionCode: '330203' });
  });

  it('refuses a changed check character, a changed body, a bad format and an unknown authority', () => {
    // Scenario: one typo anywhere is caught, each with its own reason.
    expect(parseUscc('91350100M000100Y44')).toBe('CHECK_CHARACTER');
    expect(parseUscc('91350100M000100Y53')).toBe('ORGANIZATION_CODE_CHECK');
    expect(parseUscc('91350100M000100Y4')).toBe('FORMAT');
    expect(parseUscc('9135010OM000100Y43')).toBe('FORMAT');
    expect(parseUscc('91350100M000I00Y43')).toBe('FORMAT');
    const unknownAuthority = `B1350100M000100Y4`;
    expect(parseUscc(`${unknownAuthority}${usccCheckCharacter(unknownAuthority)}`)).toBe('REGISTRATION_AUTHORITY');
  });
});

describe('registering an organisation', () => {
  let charity: TestSubgraph;
  beforeAll(async () => {
    charity = await startSubgraph({ seed: false });
  });
  afterAll(async () => charity?.stop());

  const register = `mutation($input: RegisterCharityOrganizationInput!) {
    registerCharityOrganization(input: $input) { id unifiedSocialCreditCode legalForm tier regionCode countyName }
  }`;
  const input = (code: string, legalForm = 'FOUNDATION') => ({
    name: '宁波市测试慈善基金会',
    unifiedSocialCreditCode: code,
    legalForm,
    tier: 'COUNTY',
    regionCode: '330203',
    programmes: ['MEDICAL'],
  });

  it('the federation registers a foundation with a valid code', async () => {
    // Scenario: a code starting 53 (civil affairs, foundation) with correct check characters is stored upper-case.
    const code = buildUscc('53', '330200', 'MJ000001');
    const result = await charity.run(register, claimsFor('charity_federation'), { input: input(code.toLowerCase()) });
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerCharityOrganization).toMatchObject({ unifiedSocialCreditCode: code, countyName: '海曙区' });
  });

  it('a mistyped code is refused with BAD_USER_INPUT and nothing is stored', async () => {
    // Scenario: the last character is off by one; the error names the field and says what to check.
    const code = buildUscc('53', '330200', 'MJ000002');
    const typo = `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`;
    const result = await charity.run(register, claimsFor('charity_federation'), { input: input(typo) });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions!.field).toBe('unifiedSocialCreditCode');
    expect(result.errors![0]!.message).toMatch(/check character/);
    const list = await charity.run(`{ charityOrganizations { edges { node { id } } } }`, claimsFor('public'));
    expect(list.data!.charityOrganizations.edges).toHaveLength(1);
  });

  it('a code whose category does not match the legal form is refused', async () => {
    // Scenario: a valid social-organisation code (51) registered as a foundation.
    const result = await charity.run(register, claimsFor('charity_federation'), { input: input(buildUscc('51', '330200', 'MJ000003')) });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.message).toMatch(/starting 53/);
  });

  it('the same code twice is a conflict', async () => {
    // Scenario: the unique index on the code turns a second registration into CONFLICT.
    const code = buildUscc('53', '330200', 'MJ000001');
    const result = await charity.run(register, claimsFor('charity_federation'), { input: input(code) });
    expect(codes(result)).toEqual(['CONFLICT']);
  });

  it('a member organisation may not register organisations', async () => {
    // Scenario: the @policy(charity_federation) directive refuses a charity_org token at the subgraph.
    const result = await charity.run(register, claimsFor('charity_org', { org: '00000000-0000-5000-8000-000000000000' }), {
      input: input(buildUscc('53', '330200', 'MJ000004')),
    });
    expect(codes(result)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
  });
});
