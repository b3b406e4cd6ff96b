import { describe, expect, it } from 'vitest';
import { isLeapYear, isValidDate } from './calendar.js';

describe('calendar', () => {
  it('knows Gregorian leap years', () => {
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
  });

  it('accepts real days and rejects impossible ones', () => {
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2023, 4, 31)).toBe(false);
    expect(isValidDate(2023, 12, 31)).toBe(true);
    expect(isValidDate(2023, 13, 1)).toBe(false);
    expect(isValidDate(2023, 0, 1)).toBe(false);
    expect(isValidDate(2023, 1, 0)).toBe(false);
  });
});
