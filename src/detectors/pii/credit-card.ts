import type { Recognizer, RecognizerMatch } from '../types.js';
import { findCardIssuer } from './card-issuers.js';
import { isOneRepeatedCharacter } from './characters.js';
import { chainStarts, matchesAt } from './digit-runs.js';
import { followsCodeGroup } from './grouped-run.js';
import { isLuhnValid } from './validators/luhn.js';

/** 13–19 digits, each optionally preceded by one space, dash or dot, not glued to other digits or words. */
const candidatePattern = /(?<!\w|\d[.-])\d(?:[ .-]?\d){12,18}(?!\w|[.-]\d)/y;
const minCardDigits = 13;
const separatorPattern = /[ .-]/;
const groupedScore = 0.9;
const plainScore = 0.85;

/** Group layouts printed on cards: 4-4-4-4(-1..3), 4-4-4-1..4, Amex 4-6-5 and Diners 4-6-4. */
function isCardLayout(groups: readonly number[]): boolean {
  const key = groups.join('-');
  if (key === '4-6-5' || key === '4-6-4') return true;
  if (groups.length < 4 || groups.length > 5) return false;
  const last = groups[groups.length - 1]!;
  const leading = groups.slice(0, -1);
  return leading.every((size) => size === 4) && last >= 1 && last <= 4;
}

function isCardNumber(digits: string): string | undefined {
  if (isOneRepeatedCharacter(digits) || !isLuhnValid(digits)) return undefined;
  return findCardIssuer(digits)?.name;
}

/**
 * The first run of whole groups that is a valid card. Space-separated text may have a neighbouring
 * number on either side, so up to two leading and any trailing groups are dropped; a dash or dot
 * glues its groups into one token, which must be a card as a whole.
 */
function matchGroupedCard(candidate: string, offset: number): RecognizerMatch | undefined {
  const separator = separatorPattern.exec(candidate)![0];
  const parts = candidate.split(separator);
  if (parts.some((part) => separatorPattern.test(part))) return undefined;
  const loose = separator === ' ';
  let skipped = 0;
  for (let first = 0; first <= (loose ? 2 : 0) && first < parts.length; first++) {
    if (parts[first]!.length !== 4) {
      skipped += parts[first]!.length + separator.length;
      continue;
    }
    for (let last = parts.length; last - first >= 3 && (loose || last === parts.length); last--) {
      const groups = parts.slice(first, last);
      if (!isCardLayout(groups.map((group) => group.length))) continue;
      const issuer = isCardNumber(groups.join(''));
      const start = offset + skipped;
      if (issuer) return { start, end: start + groups.join(separator).length, score: groupedScore, message: issuer };
    }
    skipped += parts[first]!.length + separator.length;
  }
  return undefined;
}

/** Finds payment card numbers that pass Luhn and fit a scheme's IIN range and length. */
export function findCreditCards(text: string): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  // A candidate starts a digit run whose chain holds 13 digits or more: the pattern is tried only there.
  for (const found of matchesAt(candidatePattern, text, chainStarts(text, minCardDigits))) {
    const candidate = found[0];
    if (!separatorPattern.test(candidate)) {
      const issuer = isCardNumber(candidate);
      if (issuer) matches.push({ start: found.index, end: found.index + candidate.length, score: plainScore, message: issuer });
      continue;
    }
    const match = matchGroupedCard(candidate, found.index);
    if (match && !followsCodeGroup(text, match.start)) matches.push(match);
  }
  return matches;
}

/** Payment card numbers (PAN): Luhn checksum plus issuer IIN range and length. */
export const creditCardRecognizer: Recognizer = {
  id: 'credit-card',
  needsDigit: true,
  entity: 'CREDIT_CARD',
  severity: 'critical',
  context: ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'cc', 'pan', 'payment', 'cardholder'],
  negativeContext: ['order', 'tracking', 'invoice', 'isbn', 'serial', 'reference', 'ref'],
  recognize: findCreditCards,
};
