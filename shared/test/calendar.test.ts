import { describe, expect, it } from 'vitest';
import { chinaDay, instantOf, isCalendarDay, todayInChina } from '../src/domain/calendar.js';

describe('calendar days and instants', () => {
  it('impossible days are refused, never rolled over', () => {
    // Scenario: a form sends 30 February and 31 April.
    expect(isCalendarDay('2024-02-29')).toBe(true);
    for (const day of ['2024-02-30', '2023-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-1-5']) expect(isCalendarDay(day)).toBe(false);
  });

  it('extreme years are refused, as days and as instants', () => {
    // Scenario: a probe sends the largest and the smallest dates JavaScript can hold.
    for (const value of ['+275760-09-13', '0000-01-01', '1899-12-31', '2201-01-01', '-000001-01-01']) expect(isCalendarDay(value)).toBe(false);
    for (const value of ['+275760-09-13T00:00:00Z', '0000-01-01T00:00:00Z', '2024-02-30T10:00:00+08:00', '2024-01-01T24:00:00Z', '2024-01-01T10:00:00']) {
      expect(instantOf(value)).toBeNull();
    }
    expect(instantOf('2026-03-01T09:30:00+08:00')?.toISOString()).toBe('2026-03-01T01:30:00.000Z');
  });

  it('a day is counted in China Standard Time', () => {
    // Scenario: 20:00 UTC on 1 March is already 2 March in Ningbo.
    expect(chinaDay(new Date('2026-03-01T20:00:00Z'))).toBe('2026-03-02');
    expect(todayInChina(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
  });
});
