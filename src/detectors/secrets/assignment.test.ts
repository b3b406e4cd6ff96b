import { describe, expect, it } from 'vitest';
import { caseVariants, keyedValuePattern, namesMetadata } from './assignment.js';

const pattern = keyedValuePattern('datadog|dd_?api', '[a-f0-9]{32}');
const value = '9f86d081884c7d659a2feaa0c55ad015';

function valuesIn(text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => match[2]!);
}

describe('keyedValuePattern', () => {
  it.each([
    `DD_API_KEY=${value}`,
    `export DATADOG_API_KEY="${value}"`,
    `datadog_api_key: ${value}`,
    `"dd_api_key": "${value}"`,
    `ddApiKey = '${value}'`,
    `$config['datadog_key'] => '${value}'`,
    `dd_api_key := "${value}"`,
  ])('reads the value in %s', (text) => {
    expect(valuesIn(text)).toEqual([value]);
  });

  it('ignores values of another shape, comparisons and values on the next line', () => {
    expect(valuesIn(`DD_API_KEY=${value}ff`)).toEqual([]);
    expect(valuesIn(`if dd_api_key == "${value}"`)).toEqual([]);
    expect(valuesIn(`datadog:\n  ${value}`)).toEqual([]);
    expect(valuesIn(`the datadog docs mention ${value}`)).toEqual([]);
  });
});

describe('caseVariants', () => {
  it('lists each word as written, lower, UPPER and Capitalized, once', () => {
    expect(caseVariants('heroku')).toEqual(['heroku', 'HEROKU', 'Heroku']);
    expect(caseVariants('awsSecret')).toEqual(['awsSecret', 'awssecret', 'AWSSECRET', 'Awssecret']);
  });
});

describe('namesMetadata', () => {
  it('flags key names that describe a secret instead of holding it', () => {
    expect(namesMetadata('_APP_ID')).toBe(true);
    expect(namesMetadata('Url')).toBe(true);
    expect(namesMetadata('_expires_at')).toBe(true);
    expect(namesMetadata('_API_KEY')).toBe(false);
    expect(namesMetadata('')).toBe(false);
    expect(namesMetadata(undefined)).toBe(false);
  });
});
