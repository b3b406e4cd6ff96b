import { describe, expect, it } from 'vitest';
import { locationRecognizer, scorePlace } from './location.js';

/** Places reported at or above the engine's 0.5 threshold, as the text they cover. */
function places(text: string): string[] {
  return locationRecognizer
    .recognize(text)
    .filter((match) => match.score >= 0.5)
    .map((match) => text.slice(match.start, match.end));
}

function scoreOf(text: string, place: string): number {
  const start = text.indexOf(place);
  return locationRecognizer.recognize(text).find((match) => match.start === start && match.end === start + place.length)?.score ?? 0;
}

const plain = { words: 1, ambiguous: false, sentenceStart: false, caps: false, cue: 'none', organization: false } as const;

describe('locationRecognizer', () => {
  it('declares the LOCATION entity and runs on the engine default views', () => {
    expect(locationRecognizer.id).toBe('location');
    expect(locationRecognizer.entity).toBe('LOCATION');
    expect(locationRecognizer.views).toBeUndefined();
    expect(locationRecognizer.recognize('')).toEqual([]);
  });

  it('takes the longest multi-word place, with exact spans', () => {
    const text = 'We are opening an office in São Paulo and Rio de Janeiro.';
    expect(locationRecognizer.recognize(text)).toEqual([
      { start: 28, end: 37, score: 0.95 },
      { start: 42, end: 56, score: 0.95 },
    ]);
    expect(places('I live in New York City now')).toEqual(['New York City']);
    expect(places('Flights to St. Louis and Frankfurt am Main')).toEqual(['St. Louis', 'Frankfurt am Main']);
  });

  it('scores higher after "in", "from", "based in", field names and list commas', () => {
    expect(scoreOf('Lagos is busy', 'Lagos')).toBe(0.55);
    expect(scoreOf('the Lagos team', 'Lagos')).toBe(0.65);
    expect(scoreOf('She is based in Lagos', 'Lagos')).toBe(0.85);
    expect(scoreOf('She flew from Lagos', 'Lagos')).toBe(0.85);
    expect(scoreOf('a letter from Lagos', 'Lagos')).toBe(0.8);
    expect(places('Offices in Paris, London and Berlin')).toEqual(['Paris', 'London', 'Berlin']);
    expect(places('{"city": "Shanghai", "country": "China"}')).toEqual(['Shanghai', 'China']);
  });

  it('handles non-ASCII and hyphenated places', () => {
    expect(places('Łukasz moved from Kraków to Łódź, then to Baden-Württemberg and Stoke-on-Trent.')).toEqual([
      'Kraków', 'Łódź', 'Baden-Württemberg', 'Stoke-on-Trent',
    ]);
  });

  it('finds street addresses of several shapes', () => {
    expect(places('Ship it to 221B Baker Street, London.')).toEqual(['221B Baker Street', 'London']);
    expect(places('Send it to 1600 Pennsylvania Avenue NW today')).toEqual(['1600 Pennsylvania Avenue NW']);
    expect(places('Vive en Calle Mayor 5, Madrid')).toEqual(['Calle Mayor 5', 'Madrid']);
    expect(places('Wohnt in der Hauptstraße 12 oder Berliner Straße 5')).toEqual(['Hauptstraße 12', 'Berliner Straße 5']);
    expect(places('Bureau au 12 rue de la Paix')).toEqual(['12 rue de la Paix']);
    expect(places('10 Downing St and Via Roma 10')).toEqual(['10 Downing St', 'Via Roma 10']);
    expect(locationRecognizer.recognize('221B Baker Street')).toEqual([{ start: 0, end: 17, score: 0.85 }]);
    expect(places('NINO LN 71 81 22 D. Use CT 03 54 34 D')).toEqual([]);
  });

  it('needs a cue for places that are also common words or names', () => {
    expect(places('Nice to meet you. Reading the logs now.')).toEqual([]);
    expect(places("I'm in Nice, she works in Reading")).toEqual(['Nice', 'Reading']);
    expect(places('Talk to Jordan about it')).toEqual([]);
    expect(places('We visited Jordan and Egypt')).toEqual(['Jordan', 'Egypt']);
  });

  it('skips places that are part of a name or an organization', () => {
    expect(places('Paris Hilton and Lewis Hamilton arrived')).toEqual([]);
    expect(places('The Washington Post and Georgia Tech and New York Times')).toEqual([]);
    expect(places('The Apple Watch and Amazon Web Services both failed')).toEqual([]);
    expect(places('Thanks Tyrone, see you. My name is Tyrone. Prepared by: Santiago')).toEqual([]);
    expect(places('To: Tyrone <tyrone@example.com>, Brianna E. Washington, Dakota Washington')).toEqual([]);
  });

  it('reports nothing inside code', () => {
    expect(places('import Paris from "./paris"; config.London = 1;')).toEqual([]);
  });

  it('scores ALL-CAPS headings lower', () => {
    expect(places('QUARTERLY REPORT FOR CHINA')).toEqual([]);
    expect(places('BEST PRACTICES FOR NEW ENGLAND WINTERS')).toEqual([]);
    expect(places('WE LIVE IN NEW YORK')).toEqual(['NEW YORK']);
  });

  it('reads support tickets and chat', () => {
    const ticket = 'Customer ticket #4411: user in Toronto cannot log in.\nAddress: 42 Wallaby Way, Sydney';
    expect(places(ticket)).toEqual(['Toronto', '42 Wallaby Way', 'Sydney']);
    expect(places('Meet Ayşe at the Istanbul airport, then fly to Kyiv')).toEqual(['Istanbul', 'Kyiv']);
  });

  it('scores facts into [0, 1] with 0.5 as the cut', () => {
    expect(scorePlace(plain)).toBe(0.65);
    expect(scorePlace({ ...plain, words: 2 })).toBe(0.8);
    expect(scorePlace({ ...plain, ambiguous: true })).toBe(0.4);
    expect(scorePlace({ ...plain, ambiguous: true, cue: 'strong' })).toBe(0.75);
    expect(scorePlace({ ...plain, caps: true })).toBeCloseTo(0.3);
    expect(scorePlace({ ...plain, cue: 'strong', organization: true })).toBe(0.3);
  });

  it('finishes on pathological input in linear time', () => {
    const quarter = 256 * 1024;
    const inputs = ['Aa '.repeat(350_000), 'a'.repeat(1_000_000), '1 A '.repeat(quarter / 4), 'Calle '.repeat(quarter / 6), 'San '.repeat(quarter / 4), '12 '.repeat(quarter / 3)];
    for (const input of inputs) {
      const started = performance.now();
      expect(locationRecognizer.recognize(input)).toEqual([]);
      expect(performance.now() - started).toBeLessThan(5_000);
    }
    const many = locationRecognizer.recognize('in Paris, '.repeat(25_000));
    expect(many).toHaveLength(25_000);
    expect(many[1]).toEqual({ start: 13, end: 18, score: 0.85 });
  });
});
