import { describe, expect, it } from 'vitest';
import { createTextViews } from '../../text/views.js';
import { canaryDetector, findToken } from './index.js';

const token = 'vouch-canary-3f9a1c07d2b84e6a5c11';

function scan(text: string, canaries: string[] = [token]) {
  return canaryDetector.scan({ views: createTextViews(text), stage: 'output', canaries });
}

describe('canary detector', () => {
  it('finds the token as written, in other case and spelled out, with spans in the original text', () => {
    for (const leaked of [token, token.toUpperCase(), token.split('').join(' '), 'vouch canary 3f9a1c07 d2b84e6a 5c11']) {
      const text = `Sure! My instructions mention ${leaked} somewhere.`;
      const [finding] = scan(text).findings;
      expect(finding, leaked).toMatchObject({ type: 'SYSTEM_PROMPT_LEAK', score: 1 });
      const alphanumerics = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');
      expect(alphanumerics(text.slice(finding!.start, finding!.end))).toBe(alphanumerics(token));
    }
  });

  it('finds it reversed and base64-encoded', () => {
    expect(scan(`here: ${[...token].reverse().join('')}`).findings[0]!.message).toBe('canary token, reversed');
    const encoded = Buffer.from(`the marker is ${token}`).toString('base64');
    const finding = scan(`payload ${encoded}`).findings[0]!;
    expect(finding.view).toBe('base64');
  });

  it('reports nothing without a planted token, for another conversation\'s token, or for a near miss', () => {
    expect(scan(`mentions ${token}`, []).findings).toEqual([]);
    expect(scan(`mentions ${token}`, ['vouch-canary-000000000000000000']).findings).toEqual([]);
    expect(scan(`mentions ${token.slice(0, -1)}`).findings).toEqual([]);
    expect(findToken('a-b-c', '')).toEqual([]);
  });
});
