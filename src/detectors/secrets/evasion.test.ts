import { describe, expect, it } from 'vitest';
import { fakeChecksummedToken, scanSecrets, secretExamples } from './testing.js';

describe('evasions through the text views', () => {
  it('finds a token split by a zero-width space, with the span covering the original characters', () => {
    const token = fakeChecksummedToken('ghp_', 'zero-width');
    const hidden = `${token.slice(0, 12)}\u200b${token.slice(12)}`;
    const text = `my token is ${hidden} ok`;
    const findings = scanSecrets(text);
    expect(findings).toEqual([expect.objectContaining({ type: 'GITHUB_TOKEN', start: 12, end: 12 + hidden.length, score: 0.99 })]);
    expect(findings[0]!.view).toBe('normalized');
  });

  it('finds an Anthropic key written with full-width characters', () => {
    const key = secretExamples['anthropic-api-key']!.secret;
    const wide = [...key].map((char) => (/[A-Za-z0-9]/.test(char) ? String.fromCodePoint(char.codePointAt(0)! + 0xfee0) : char)).join('');
    const text = `key: ${wide}`;
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'ANTHROPIC_API_KEY', start: 5, end: 5 + wide.length })]);
  });

  it('finds a base64-encoded token and maps it to exactly the encoded run', () => {
    const token = fakeChecksummedToken('ghp_', 'base64-exact');
    const encoded = Buffer.from(token).toString('base64');
    const text = `payload: ${encoded} end`;
    expect(scanSecrets(text)).toEqual([
      expect.objectContaining({ type: 'GITHUB_TOKEN', start: 9, end: 9 + encoded.length, score: 0.99, view: 'base64' }),
    ]);
  });

  it('finds a token inside a base64-encoded assignment, within the encoded run', () => {
    const token = fakeChecksummedToken('ghp_', 'base64');
    const encoded = Buffer.from(`token=${token}`).toString('base64');
    const text = `payload: ${encoded} end`;
    const findings = scanSecrets(text).filter((finding) => finding.type === 'GITHUB_TOKEN');
    expect(findings).toHaveLength(1);
    const start = text.indexOf(encoded);
    expect(findings[0]!.start).toBeGreaterThanOrEqual(start);
    expect(findings[0]!.end).toBeLessThanOrEqual(start + encoded.length);
    expect(findings[0]!.end - findings[0]!.start).toBeGreaterThanOrEqual(Math.floor((token.length * 4) / 3));
    expect(findings[0]!.view).toBe('base64');
  });

  it('finds a hex-encoded private-key-free secret: a Stripe key in hex', () => {
    const key = secretExamples['stripe-secret-key']!.secret;
    const hex = Buffer.from(key).toString('hex');
    const text = `blob=${hex}`;
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'STRIPE_SECRET_KEY', start: 5, end: 5 + hex.length })]);
  });
});
