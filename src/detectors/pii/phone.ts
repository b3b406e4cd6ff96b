import { Metadata, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { nearCue } from '../context.js';
import type { Recognizer, RecognizerMatch } from '../types.js';
import { BoundedCache } from './bounded-cache.js';
import { countDigits, digitsOf, isOneRepeatedCharacter } from './characters.js';
import { isFragmentOfGroupedRun } from './grouped-run.js';
import { countGroups, findPhoneCandidates, isNonPhoneShape, maxCandidateGroups, minPhoneDigits, phoneSeparatorPattern, phoneWindows } from './phone-candidates.js';
import { followsNationalLayout, isFictionalNanp, isFictionalNanpDigits } from './phone-layout.js';

/** Regions whose national formats are recognized without a "+country" prefix. */
export const defaultPhoneRegions: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IN', 'BR', 'ES', 'IT', 'AU', 'CA'];

/** Regions whose national numbers are always written with the trunk prefix 0 (020 7946 0958). */
const writtenWithZero: ReadonlySet<string> = new Set(['GB', 'DE', 'FR', 'AU']);
/** Regions whose national numbers never start with 0. */
const writtenWithoutZero: ReadonlySet<string> = new Set(['US', 'CA', 'ES', 'BR']);
/** Regions where a mobile number is also commonly written without the trunk prefix its format shows. */
const trunkPrefixOptional: ReadonlySet<string> = new Set(['IN']);

/** Words that label a phone number, in the languages of the default regions. */
const phoneContext = [
  'phone', 'call', 'tel', 'telephone', 'mobile', 'cell', 'whatsapp', 'contact', 'fax', 'sms', 'text', 'dial', 'ring', 'mob', 'ph',
  'my number', 'your number', 'phone number', 'telefon', 'telefonnummer', 'rufnummer', 'handy', 'mobilnummer', 'téléphone', 'tél',
  'portable', 'teléfono', 'telefono', 'móvil', 'movil', 'llamar', 'telefone', 'celular', 'ligar', 'cellulare', 'chiamare',
  'appelez', 'appeler', 'anrufen', 'rufen', 'chiamatemi', 'llámame', 'telefoonnummer', 'mobiel', 'bel', 'telefonu', 'dzwonić',
  'komórka', 'msisdn', 'caller id', 'फ़ोन', 'फोन', 'मोबाइल',
];
/**
 * Words that label another kind of number: orders, references, cards and national ids. Acronyms
 * that are also words elsewhere (Spanish "sin") must be written in capitals (`SIN`) to count.
 */
const phoneNegativeContext = [
  'order', 'invoice', 'isbn', 'tracking', 'serial', 'version', 'price', 'amount', 'sku', 'reference', 'ref', 'ticket', 'quote',
  'customer number', 'customer no', 'id', 'iban', 'card', 'cc', 'ssn', 'social security', 'nhs', 'SIN', 'social insurance', 'NAS',
  'tfn', 'tax file', 'bsn', 'burgerservicenummer', 'aadhaar', 'pesel', 'cpf', 'nir', 'steuer', 'idnr', 'nino', 'nif', 'dni',
];
const internationalScore = 0.75;
const nationalScore = 0.6;
const unseparatedNationalScore = 0.4;
/** Shorter national numbers exist (small German towns) but look like any other pair of numbers. */
const minNationalDigits = 8;
/** Windows whose verdict is remembered per recognizer. */
const cacheSize = 4096;
/** libphonenumber calls allowed per scan: a floor plus one per 64 characters, so crafted input stays linear. */
const parseBudget = { floor: 256, charactersPerParse: 64 } as const;

const parenthesizedPattern = /\((\d+)\)/;

/**
 * True when the text as written is the region's national form (with the trunk prefix where that
 * is customary, parentheses only around the area code the format shows first) or an IDD form.
 */
function matchesWrittenForm(text: string, digits: string, phone: PhoneNumber, region: string): boolean {
  const national = phone.nationalNumber as string;
  const callingCode = phone.countryCallingCode as string;
  const formatted = phone.formatNational();
  const writtenArea = parenthesizedPattern.exec(text)?.[1];
  if (writtenArea !== undefined && writtenArea !== /\d+/.exec(formatted)?.[0]) return false;
  if (digits === `00${callingCode}${national}` || digits === `011${callingCode}${national}`) return true;
  if (!followsNationalLayout(text, formatted, callingCode)) return false;
  if (digits === digitsOf(formatted)) return true;
  if (digits === national) return trunkPrefixOptional.has(region) ? phone.getType() === 'MOBILE' : !writtenWithZero.has(region);
  return callingCode === '1' && digits === `1${national}`;
}

function possibleLengthsOf(regions: readonly CountryCode[]): ReadonlyMap<string, ReadonlySet<number>> {
  const metadata = new Metadata();
  return new Map(
    regions.map((region) => {
      metadata.selectNumberingPlan(region);
      return [region, new Set(metadata.numberingPlan?.possibleLengths() ?? [])];
    }),
  );
}

/** Verdicts by window text, shared by the scans of one recognizer (conversations resend the same numbers). */
type VerdictCache = BoundedCache<Verdict | null>;
type Verdict = { score: number; region: string };

/** Per-scan state: the regions, their national number lengths, the shared cache and the remaining parse budget. */
interface PhoneScan {
  readonly text: string;
  readonly regions: readonly CountryCode[];
  readonly lengths: ReadonlyMap<string, ReadonlySet<number>>;
  readonly cache: VerdictCache;
  parsesLeft: number;
}

/** Regions where `digits`, written nationally, could be a number: leading zero and length fit. */
function regionsToTry(scan: PhoneScan, digits: string): CountryCode[] {
  const startsWithZero = digits.startsWith('0');
  return scan.regions.filter((region) => {
    if (startsWithZero ? writtenWithoutZero.has(region) : writtenWithZero.has(region)) return false;
    const lengths = scan.lengths.get(region);
    if (!lengths || lengths.size === 0) return true;
    const dropsLeadingDigit = (startsWithZero && (writtenWithZero.has(region) || trunkPrefixOptional.has(region))) || (digits.startsWith('1') && (region === 'US' || region === 'CA'));
    return lengths.has(digits.length) || (dropsLeadingDigit && lengths.has(digits.length - 1));
  });
}

function parse(scan: PhoneScan, text: string, region?: CountryCode): PhoneNumber | undefined {
  if (scan.parsesLeft <= 0) return undefined;
  scan.parsesLeft--;
  const phone = parsePhoneNumberFromString(text, region);
  if (!phone?.isValid() || isFictionalNanp(phone.nationalNumber as string, phone.countryCallingCode as string)) return undefined;
  return phone;
}

/** Score and region of a window that passed the cheap checks, from libphonenumber. */
function validateWindow(scan: PhoneScan, text: string, digits: string): Verdict | undefined {
  if (text.startsWith('+')) {
    const phone = parse(scan, text);
    if (!phone || !digits.endsWith(phone.nationalNumber as string)) return undefined;
    return { score: internationalScore, region: phone.country ?? (phone.countryCallingCode as string) };
  }
  if (isFictionalNanpDigits(digits)) return undefined;
  const separated = phoneSeparatorPattern.test(text);
  for (const region of regionsToTry(scan, digits)) {
    const phone = parse(scan, text, region);
    if (phone && matchesWrittenForm(text, digits, phone, region)) return { score: separated ? nationalScore : unseparatedNationalScore, region };
  }
  return undefined;
}

const phoneWords = { context: phoneContext };

/** Whether a phone word labels a candidate: looked up when a window first needs it, then remembered. */
class CandidateLabel {
  private known: boolean | undefined;
  private readonly text: string;
  private readonly span: { start: number; end: number };

  constructor(text: string, span: { start: number; end: number }) {
    this.text = text;
    this.span = span;
  }

  isPresent(): boolean {
    this.known ??= nearCue(this.text, this.span, phoneWords) === 'positive';
    return this.known;
  }
}

/** Score and region of one window of a candidate, or undefined when it is not a valid phone number. */
function scoreWindow(scan: PhoneScan, text: string, label: CandidateLabel): Verdict | undefined {
  const digits = digitsOf(text);
  if (digits.length < minPhoneDigits || digits.length > 15 || isNonPhoneShape(text, digits)) return undefined;
  if (!text.startsWith('+')) {
    if (digits.length < minNationalDigits || isOneRepeatedCharacter(digits.slice(1))) return undefined;
    if (!phoneSeparatorPattern.test(text) && !label.isPresent()) return undefined;
  }
  const cached = scan.cache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const verdict = validateWindow(scan, text, digits);
  // A miss after the budget ran out says nothing about the number, so only real answers are kept.
  if (verdict || scan.parsesLeft > 0) scan.cache.set(text, verdict ?? null);
  return verdict;
}

function matchCandidate(scan: PhoneScan, start: number, candidate: string): RecognizerMatch | undefined {
  const label = new CandidateLabel(scan.text, { start, end: start + candidate.length });
  const glued = digitsOf(candidate).length > 15 && !/[+(]/.test(candidate);
  for (const [from, to] of glued ? [] : phoneWindows(candidate)) {
    if (isFragmentOfGroupedRun(scan.text, start + from, start + to)) continue;
    const verdict = scoreWindow(scan, candidate.slice(from, to), label);
    if (verdict) return { start: start + from, end: start + to, score: verdict.score, message: verdict.region };
  }
  return undefined;
}

/** A phone recognizer for international numbers and the national formats of `regions`. */
export function createPhoneRecognizer(regions: readonly CountryCode[] = defaultPhoneRegions): Recognizer {
  const lengths = possibleLengthsOf(regions);
  const cache: VerdictCache = new BoundedCache(cacheSize);
  return {
    id: 'phone',
    entity: 'PHONE_NUMBER',
    needsDigit: true,
    context: phoneContext,
    negativeContext: phoneNegativeContext,
    recognize(text) {
      const scan: PhoneScan = { text, regions, lengths, cache, parsesLeft: parseBudget.floor + Math.floor(text.length / parseBudget.charactersPerParse) };
      const matches: RecognizerMatch[] = [];
      for (const found of findPhoneCandidates(text)) {
        if (scan.parsesLeft <= 0) break;
        if (countDigits(found[0]) < minPhoneDigits || countGroups(found[0]) > maxCandidateGroups) continue;
        const match = matchCandidate(scan, found.index, found[0]);
        if (match) matches.push(match);
      }
      return matches;
    },
  };
}

/** Phone numbers validated by libphonenumber: any country with "+", national formats for the default regions. */
export const phoneRecognizer: Recognizer = createPhoneRecognizer();
