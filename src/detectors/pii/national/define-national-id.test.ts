import { describe, expect, it } from 'vitest';
import { defineNationalId, digitsOf, isGluedToNumber, numberNegativeContext } from './define-national-id.js';

const evenRecognizer = defineNationalId({
  id: 'xx-even',
  entity: 'XX_EVEN',
  pattern: /\b\d{2}( ?)\d{2}\b/,
  context: ['even'],
  score: (candidate) => (Number(digitsOf(candidate)) % 2 === 0 ? 0.4 : undefined),
});

describe('defineNationalId', () => {
  it('finds every accepted candidate in one pass, even with a non-global pattern', () => {
    expect(evenRecognizer.recognize('a 1234 b 1235 c 56 78 d')).toEqual([
      { start: 2, end: 6, score: 0.4 },
      { start: 16, end: 21, score: 0.4 },
    ]);
    expect(evenRecognizer.recognize('1234')).toEqual([{ start: 0, end: 4, score: 0.4 }]);
  });

  it('defaults the negative context to the shared number words', () => {
    expect(evenRecognizer.negativeContext).toBe(numberNegativeContext);
    expect(evenRecognizer.context).toEqual(['even']);
  });

  it('skips candidates that are pieces of longer numbers or tokens', () => {
    expect(evenRecognizer.recognize('3.1234 1234-5 +1234 12/1234 9 12 34 1234:ab 1234:56')).toEqual([]);
    expect(evenRecognizer.recognize('at 1234: done')).toEqual([{ start: 3, end: 7, score: 0.4 }]);
  });

  it('carries document-level words only when given', () => {
    expect('documentContext' in evenRecognizer).toBe(false);
    const named = defineNationalId({ ...{ id: 'xx-named', entity: 'XX_NAMED', pattern: /\b\d{4}\b/, context: ['named'] }, documentContext: ['NAMED'], score: () => 0.4 });
    expect(named.documentContext).toEqual(['NAMED']);
  });
});

describe('defineNationalId with leadingDigitGroups', () => {
  const definition = {
    id: 'xx-grouped',
    entity: 'XX_GROUPED',
    pattern: /\b\d{3}([ -]?)\d{3}\1\d{2}\b/,
    context: [],
    score: (candidate: string) => (Number(digitsOf(candidate)) % 3 === 0 ? 0.4 : undefined),
  };
  const indexed = defineNationalId({ ...definition, leadingDigitGroups: [3, 8] });
  const scanned = defineNationalId(definition);

  it('finds exactly what a full regex pass finds', () => {
    let state = 7;
    const next = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return Math.floor(state / 65536);
    };
    const pieces = ['123', '456', '78', '12345678', ' ', '-', '.', 'x', '+', '9', ', '];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 40 }, () => pieces[next() % pieces.length]).join('');
      expect(indexed.recognize(text)).toEqual(scanned.recognize(text));
    }
  });

  it('finds nothing when no number has a listed leading group', () => {
    expect(defineNationalId({ ...definition, leadingDigitGroups: [8] }).recognize('123 456 78')).toEqual([]);
  });

  it('refuses leading group lengths the index does not keep', () => {
    expect(() => defineNationalId({ ...definition, leadingDigitGroups: [3, 5] })).toThrow(/leading digit groups 5/);
  });
});

describe('defineNationalId with minDigits', () => {
  const definition = {
    id: 'xx-long',
    entity: 'XX_LONG',
    pattern: /\b\d{3}([ -]?)\d{3}\1\d{3}\b/,
    leadingDigitGroups: [3, 9],
    context: [],
    score: () => 0.4,
  };

  it('skips numbers holding fewer digits than the pattern needs, and finds the rest', () => {
    const strict = defineNationalId({ ...definition, minDigits: 9 });
    const text = 'a 123 456 b 123-456-789 c 123456789 d 12 345 678 9';
    expect(strict.recognize(text)).toEqual(defineNationalId(definition).recognize(text));
    expect(strict.recognize(text).map((match) => text.slice(match.start, match.end))).toEqual(['123-456-789', '123456789']);
  });

  it('misses a match when minDigits is set higher than the pattern needs', () => {
    expect(defineNationalId({ ...definition, minDigits: 10 }).recognize('x 123 456 789 y')).toEqual([]);
  });
});

describe('defineNationalId with digitsAfterLetters', () => {
  const definition = {
    id: 'xx-lettered',
    entity: 'XX_LETTERED',
    pattern: /\b[A-Z]{2}( ?)\d{2}\1\d{2}[A-Z]\b/,
    context: [],
    score: () => 0.5,
  };
  const placed = defineNationalId({ ...definition, digitsAfterLetters: { offsets: [2, 3], lengths: [2, 4] } });
  const scanned = defineNationalId(definition);

  it('finds exactly what a full regex pass finds', () => {
    let state = 11;
    const next = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return Math.floor(state / 65536);
    };
    const pieces = ['AB', 'C', 'x', '12', '3456', '7', ' ', '-', 'Z', '_', ', '];
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 30 }, () => pieces[next() % pieces.length]).join('');
      expect(placed.recognize(text)).toEqual(scanned.recognize(text));
    }
  });

  it('finds compact and spaced forms with exact spans', () => {
    expect(placed.recognize('id AB1234C and CD 12 34E')).toEqual([
      { start: 3, end: 10, score: 0.5 },
      { start: 15, end: 24, score: 0.5 },
    ]);
  });
});

describe('isGluedToNumber', () => {
  it('spots phone prefixes, decimals, dates and ranges', () => {
    expect(isGluedToNumber('+1234', 1, 5, false)).toBe(true);
    expect(isGluedToNumber('0.1234', 2, 6, false)).toBe(true);
    expect(isGluedToNumber('1234-5', 0, 4, false)).toBe(true);
    expect(isGluedToNumber('1234.', 0, 4, false)).toBe(false);
    expect(isGluedToNumber('id-1234', 3, 7, false)).toBe(false);
  });

  it('treats a neighbouring digit group as glued only for space-grouped candidates', () => {
    expect(isGluedToNumber('9 12 34', 2, 7, true)).toBe(true);
    expect(isGluedToNumber('9 1234', 2, 6, false)).toBe(false);
    expect(isGluedToNumber('12 34 5', 0, 5, true)).toBe(true);
  });
});

describe('digitsOf', () => {
  it('keeps only ASCII digits', () => {
    expect(digitsOf('529.982.247-25')).toBe('52998224725');
    expect(digitsOf('AB 12 34 56 C')).toBe('123456');
  });
});
