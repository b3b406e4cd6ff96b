import { describe, expect, it } from 'vitest';
import { countDigits } from './characters.js';
import { countGroups, findPhoneCandidates, isNonPhoneShape, minPhoneDigits, phoneCandidatePattern, phoneWindows } from './phone-candidates.js';

function candidates(text: string): string[] {
  return [...text.matchAll(phoneCandidatePattern)].map((found) => found[0]);
}

describe('phoneCandidatePattern', () => {
  it('picks up separated and international runs as whole tokens', () => {
    expect(candidates('call +44 20 7946 0958 or (415) 555-2671.')).toEqual(['+44 20 7946 0958', '(415) 555-2671']);
    expect(candidates('csv,415.555.2671,x')).toEqual(['415.555.2671']);
  });

  it('skips runs glued to words, decimals, currency and times', () => {
    expect(candidates('id4155552671 $4155552671 12:30:45 v2.4155552671 x.4155552671')).toEqual([]);
  });

  it('takes a slash only after an area code with a trunk zero, and not a run before ":" and a token', () => {
    expect(candidates('Tel 030/10841223 or 0221/5152941')).toEqual(['030/10841223', '0221/5152941']);
    expect(candidates('on 12/05/2024 and 2024/10841223')).toEqual([]);
    expect(candidates('bot 1632291023:AACt9KGz7Les, call 4155552671: thanks')).toEqual(['4155552671']);
  });
});

describe('findPhoneCandidates', () => {
  it('finds the candidates of a global scan that hold enough digits, with their positions', () => {
    const text = 'call +44 20 7946 0958 or (415) 555-2671, room 12 34, 030/10841223';
    expect(findPhoneCandidates(text).map((found) => [found.index, found[0]])).toEqual([
      [5, '+44 20 7946 0958'],
      [25, '(415) 555-2671'],
      [53, '030/10841223'],
    ]);
  });

  it('agrees with a full scan of the pattern on random digit runs and separators', () => {
    let state = 5;
    const next = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return Math.floor(state / 65536);
    };
    const pieces = ['0', '12', '345', '6789', ' ', '  ', '-', '.', '(', ')', '+', '/', ':', 'x', '$', ', '];
    for (let round = 0; round < 300; round++) {
      // Every tenth text is long and dense in digits, which the pattern scans by itself.
      const text = Array.from({ length: round % 10 === 0 ? 600 : 30 }, () => pieces[next() % pieces.length]).join('');
      const full = [...text.matchAll(phoneCandidatePattern)].filter((found) => countDigits(found[0]) >= minPhoneDigits);
      const quick = findPhoneCandidates(text).filter((found) => countDigits(found[0]) >= minPhoneDigits);
      expect(quick.map((found) => [found.index, found[0]])).toEqual(full.map((found) => [found.index, found[0]]));
    }
  });
});

describe('isNonPhoneShape', () => {
  it('flags dates, IPv4, ISBNs and dotted versions', () => {
    expect(isNonPhoneShape('2024-01-15', '20240115')).toBe(true);
    expect(isNonPhoneShape('15.01.2024', '15012024')).toBe(true);
    expect(isNonPhoneShape('192.168.100.200', '192168100200')).toBe(true);
    expect(isNonPhoneShape('978-0-306-40615-7', '9780306406157')).toBe(true);
    expect(isNonPhoneShape('0-306-40615-2', '0306406152')).toBe(true);
    expect(isNonPhoneShape('2.7.18.1234', '27181234')).toBe(true);
    expect(isNonPhoneShape('3.14159265', '314159265')).toBe(true);
    expect(isNonPhoneShape('512-44-7789', '512447789')).toBe(true);
    expect(isNonPhoneShape('1 2 345 678', '12345678')).toBe(true);
    expect(isNonPhoneShape('12 12 12 12 12 12 12', '12121212121212')).toBe(true);
  });

  it('flags id layouts: dots with dashes (CPF) and a spaced SSN', () => {
    expect(isNonPhoneShape('249.765.807-25', '24976580725')).toBe(true);
    expect(isNonPhoneShape('873 18 0537', '873180537')).toBe(true);
  });

  it('lets phone shapes through', () => {
    expect(isNonPhoneShape('(415) 555-2671', '4155552671')).toBe(false);
    expect(isNonPhoneShape('06.12.34.56.78', '0612345678')).toBe(false);
    expect(isNonPhoneShape('030/10841223', '03010841223')).toBe(false);
  });
});

describe('countGroups', () => {
  it('counts runs of digits', () => {
    expect(countGroups('+1 (415) 555-2671')).toBe(4);
    expect(countGroups('4 4 4 4 4 4 4 4 4 4')).toBe(10);
  });
});

describe('phoneWindows', () => {
  it('lists the whole run, then without the first and/or last token', () => {
    expect(phoneWindows('12 (415) 555-2671')).toEqual([
      [0, 17],
      [3, 17],
      [0, 8],
      [3, 8],
    ]);
    expect(phoneWindows('4155552671')).toEqual([[0, 10]]);
    expect(phoneWindows('+1 415 555 2671 22')).toEqual([
      [0, 18],
      [0, 15],
    ]);
  });
});
