import { describe, expect, it } from 'vitest';
import { containsPersonalData, personalDataIn } from '../src/security/personal-data-text.js';

// One check for every free text shown beyond civil-affairs: numbers are read however they are split.
describe('personal data in free text', () => {
  it.each([
    ['an ID number split by spaces', '受助人 330203 1985 0101 0015 已核实', 'ID_NUMBER'],
    ['an ID number ending in X, split by dashes', '证件 33020-31985-0101-001X', 'ID_NUMBER'],
    ['an ID number in full-width digits', '３３０２０３１９８５０１０１００１５', 'ID_NUMBER'],
    ['a mobile split by spaces', '联系 138 0013 8000', 'PHONE'],
    ['a mobile split by dots and dashes', '138.0013-8000', 'PHONE'],
    ['a mobile with the country prefix', '+86 138 0013 8000', 'PHONE'],
    ['a mobile in Chinese numerals', '幺三八零零幺三八零零零', 'PHONE'],
    ['a landline with its area code', '0574-8765 4321', 'PHONE'],
    ['an e-mail address', 'write to li.si@example.com', 'EMAIL'],
    ['an e-mail with a full-width at sign', 'lisi＠example.cn', 'EMAIL'],
  ])('finds %s', (_, text, kind) => {
    // Scenario: a text that tries to slip a recipient's identifier past the check.
    expect(personalDataIn(text)).toBe(kind);
  });

  it.each([
    ['amounts and years', '2026年目标筹款 500000 元，资助 30 户，每户 5,000 元'],
    ['a date range', '2026-03-01 至 2026-12-31'],
    ['a plain purpose', '帮助大病患者家庭减轻医疗负担'],
  ])('lets %s through', (_, text) => {
    // Scenario: ordinary project wording with numbers in it.
    expect(containsPersonalData(text)).toBe(false);
  });

  it('finds a member name the caller passes, and ignores one-character names', () => {
    // Scenario: civil-affairs checks a need summary against the household's members.
    expect(personalDataIn('张 三丰的手术费用', ['张三丰'])).toBe('NAME');
    expect(containsPersonalData('张家的房屋修缮', ['张'])).toBe(false);
  });
});
