import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/types.js';
import { createTextViews } from '../../text/views.js';
import { piiDetector, piiRecognizers } from './index.js';

function scan(text: string): Finding[] {
  return piiDetector.scan({ views: createTextViews(text), stage: 'input' }).findings;
}

function reported(text: string): [string, string][] {
  return scan(text)
    .filter((finding) => finding.score >= 0.5)
    .map((finding) => [finding.type, text.slice(finding.start, finding.end)]);
}

function findingOf(text: string, type: string): Finding {
  const finding = scan(text).find((each) => each.type === type && each.score >= 0.5);
  if (!finding) throw new Error(`no ${type} reported in ${JSON.stringify(text)}`);
  return finding;
}

describe('pii detector', () => {
  it('lists every structured recognizer once', () => {
    const ids = piiRecognizers.map((recognizer) => recognizer.id);
    expect(ids).toEqual(expect.arrayContaining(['email', 'phone', 'credit-card', 'us-ssn', 'iban', 'ip-address', 'url', 'mac-address', 'crypto']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(piiDetector.entities).toEqual(
      expect.arrayContaining(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'US_SSN', 'IBAN_CODE', 'IP_ADDRESS', 'URL', 'MAC_ADDRESS', 'CRYPTO']),
    );
  });

  it('reports each entity in a mixed support ticket with spans into the text', () => {
    const text = [
      'From: jane.doe@example.com (tel +44 20 7946 0958)',
      'Card 4000 1234 5678 9017, SSN 536-22-8745, IBAN DE61 1002 0030 4005 0060 07.',
      'Logged from 203.0.113.42 via https://support.example.com/t/981 on device 3c:22:fb:9a:01:7e.',
    ].join('\n');
    expect(reported(text)).toEqual([
      ['EMAIL_ADDRESS', 'jane.doe@example.com'],
      ['PHONE_NUMBER', '+44 20 7946 0958'],
      ['CREDIT_CARD', '4000 1234 5678 9017'],
      ['US_SSN', '536-22-8745'],
      ['IBAN_CODE', 'DE61 1002 0030 4005 0060 07'],
      ['IP_ADDRESS', '203.0.113.42'],
      ['URL', 'https://support.example.com/t/981'],
      ['MAC_ADDRESS', '3c:22:fb:9a:01:7e'],
    ]);
  });

  it('reports an e-mail address inside a URL as well as the URL', () => {
    expect(reported('open https://example.com/share?to=jane.doe@example.org now')).toEqual([
      ['URL', 'https://example.com/share?to=jane.doe@example.org'],
      ['EMAIL_ADDRESS', 'jane.doe@example.org'],
    ]);
  });

  it('raises scores with context words and lowers them with negative ones', () => {
    expect(findingOf('mobile: 4155552671', 'PHONE_NUMBER').score).toBe(0.7);
    expect(findingOf('my ssn is 536228745', 'US_SSN').score).toBe(0.7);
    expect(findingOf('call (415) 555-2671', 'PHONE_NUMBER').score).toBe(0.9);
    expect(reported('upgraded to version 1.2.3.4 today')).toEqual([]);
    expect(reported('ts=4155552671 id 536228745')).toEqual([]);
  });

  it('keeps hard negatives below the reporting threshold', () => {
    const text = [
      'commit 9fceb02d0ae598e95dc970b74767f19372d61af8, uuid 550e8400-e29b-41d4-a716-446655440000',
      'isbn 978-0-306-40615-7, price $1,299.99, order 4000 1234 5678 9018, at 2024-01-15 10:30:45',
      'npm i left-pad@1.3.0, icon@2x.png, @channel, user@localhost, 000-12-3456, DE62 1002 0030 4005 0060 07',
    ].join('\n');
    expect(reported(text)).toEqual([]);
  });

  it('emits only the entities asked for', () => {
    const findings = piiDetector.scan({
      views: createTextViews('mail jane@example.com from 203.0.113.42'),
      stage: 'input',
      entities: new Set(['IP_ADDRESS']),
    }).findings;
    expect(findings.map((finding) => finding.type)).toEqual(['IP_ADDRESS']);
  });
});

describe('pii detector on evasions (spans point into the original text)', () => {
  it('finds a card written in fullwidth digits', () => {
    const value = '４０００ １２３４ ５６７８ ９０１７';
    const text = `pay with ${value} thanks`;
    const finding = findingOf(text, 'CREDIT_CARD');
    expect(text.slice(finding.start, finding.end)).toBe(value);
  });

  it('finds an email with zero-width characters inside', () => {
    const value = 'jo\u200bhn.doe@exa\u200dmple.com';
    const text = `write to ${value} today`;
    const finding = findingOf(text, 'EMAIL_ADDRESS');
    expect(text.slice(finding.start, finding.end)).toBe(value);
  });

  it('finds an email whose domain uses Cyrillic homoglyphs', () => {
    const value = 'alice@\u0435\u0445\u0430mple.com';
    const text = `reply to ${value} asap`;
    const finding = findingOf(text, 'EMAIL_ADDRESS');
    expect(text.slice(finding.start, finding.end)).toBe(value);
  });

  it('finds an email hidden in base64 and points at the encoded run', () => {
    const encoded = Buffer.from('please contact carol.smith@example.org for access').toString('base64');
    const text = `payload=${encoded} end`;
    const finding = findingOf(text, 'EMAIL_ADDRESS');
    expect(finding.start).toBeGreaterThanOrEqual(text.indexOf(encoded));
    expect(finding.end).toBeLessThanOrEqual(text.indexOf(encoded) + encoded.length);
    expect(finding.end).toBeGreaterThan(finding.start);
    expect(finding.view).toBe('base64');
  });
});
