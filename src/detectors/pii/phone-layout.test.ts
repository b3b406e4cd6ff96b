import { describe, expect, it } from 'vitest';
import { followsNationalLayout, isFictionalNanp, isFictionalNanpDigits } from './phone-layout.js';

describe('followsNationalLayout', () => {
  it('accepts the first group the region format shows, with or without the trunk prefix', () => {
    expect(followsNationalLayout('020 7946 0958', '020 7946 0958', '44')).toBe(true);
    expect(followsNationalLayout('0221/5152941', '0221 5152941', '49')).toBe(true);
    expect(followsNationalLayout('98765 43210', '098765 43210', '91')).toBe(true);
    expect(followsNationalLayout('(11) 91234-5678', '(11) 91234-5678', '55')).toBe(true);
    expect(followsNationalLayout('1-415-555-2671', '(415) 555-2671', '1')).toBe(true);
    expect(followsNationalLayout('0 98765 43210', '098765 43210', '91')).toBe(true);
  });

  it('accepts unseparated text, which has no groups to compare', () => {
    expect(followsNationalLayout('4155552671', '(415) 555-2671', '1')).toBe(true);
  });

  it('rejects groups that run past or stop short of the region first group', () => {
    expect(followsNationalLayout('344 968 1220', '(34) 4968-1220', '55')).toBe(false);
    expect(followsNationalLayout('2673 8840 77', '(267) 388-4077', '1')).toBe(false);
    expect(followsNationalLayout('0207 946 0958', '020 7946 0958', '44')).toBe(false);
  });
});

describe('isFictionalNanp', () => {
  it('flags 555-0100 to 555-0199 in North America only', () => {
    expect(isFictionalNanp('3125550123', '1')).toBe(true);
    expect(isFictionalNanp('8005550199', '1')).toBe(true);
    expect(isFictionalNanp('3125550200', '1')).toBe(false);
    expect(isFictionalNanp('3125550099', '1')).toBe(false);
    expect(isFictionalNanp('3125550123', '44')).toBe(false);
  });

  it('reads national digits with or without the leading 1', () => {
    expect(isFictionalNanpDigits('13125550123')).toBe(true);
    expect(isFictionalNanpDigits('3125550123')).toBe(true);
    expect(isFictionalNanpDigits('4155552671')).toBe(false);
  });
});
