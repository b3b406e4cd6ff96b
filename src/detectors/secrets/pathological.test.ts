import { describe, expect, it } from 'vitest';
import { createTextViews } from '../../text/views.js';
import { secretRules, secretsDetector } from './index.js';
import { scanSecrets } from './testing.js';

/**
 * Inputs built to make backtracking regexes blow up: long runs of one character or of a token's
 * alphabet. A super-linear pattern takes minutes here; the bounds leave room for a loaded 2-core CI.
 */
const megabyte = 1_000_000;
const hostileInputs: Record<string, string> = {
  'a × 1 MB': 'a'.repeat(megabyte),
  '= × 1 MB': '='.repeat(megabyte),
  '@ × 100k': '@'.repeat(100_000),
  'digits × 1 MB': '7'.repeat(megabyte),
  'hex × 1 MB': '0123456789abcdef'.repeat(megabyte / 16),
  'base64 × 1 MB': 'Ab3+/'.repeat(megabyte / 5),
  '"password=" lines × 100k': 'password=\n'.repeat(100_000),
  '"password=value" lines × 20k': 'password=Zq8Lm3Np5Rt7\n'.repeat(20_000),
  '"api_key: " × 50k': 'api_key: '.repeat(50_000),
  'BEGIN lines × 20k': '-----BEGIN RSA PRIVATE KEY-----\n'.repeat(20_000),
  'sk- × 200k': 'sk-'.repeat(200_000),
  'eyJ. × 100k': 'eyJhbGciOi.'.repeat(100_000),
  'URL prefixes × 100k': 'postgres://u:'.repeat(100_000),
  'PuTTY header × 20k': 'PuTTY-User-Key-File-3: ssh-rsa\n'.repeat(20_000),
  '-us × 200k': '0123456789abcdef-us'.repeat(50_000),
  ':AA × 100k': '123456789:AA'.repeat(100_000),
  // Crowds of trigger occurrences, whose search windows overlap (trigger-index.ts, windowed-search.ts).
  '"key=" lines × 100k': 'key=\n'.repeat(100_000),
  '"API_KEY: " × 100k': 'API_KEY: '.repeat(100_000),
  'sentry.io/ × 100k': 'sentry.io/'.repeat(100_000),
  'PRIVATE KEY × 50k': 'PRIVATE KEY '.repeat(50_000),
  'MD × 500k': 'MD'.repeat(500_000),
  'AC and SK × 250k': 'ACSK'.repeat(250_000),
};

/** Views are built outside the timings: their decoders are measured by their own tests. */
describe('pathological inputs', () => {
  it.each(Object.entries(hostileInputs))('scans %s quickly, rule by rule', (_name, text) => {
    for (const rule of secretRules) {
      const started = performance.now();
      rule.recognize(text);
      expect(performance.now() - started, rule.id).toBeLessThan(2000);
    }
  });

  it.each(Object.entries(hostileInputs))('scans %s through the whole detector in bounded time', (_name, text) => {
    const views = createTextViews(text);
    views.get(['original', 'normalized', 'decoded']);
    const started = performance.now();
    const findings = secretsDetector.scan({ views, stage: 'input' }).findings;
    expect(performance.now() - started).toBeLessThan(3000);
    expect(findings.length).toBeLessThan(60_000);
  });

  it('reports each of 20k repeated password lines, in order', () => {
    const findings = scanSecrets(hostileInputs['"password=value" lines × 20k']!);
    expect(findings).toHaveLength(20_000);
    expect(findings[1]).toMatchObject({ type: 'GENERIC_PASSWORD', start: 31, end: 43 });
  });
});
