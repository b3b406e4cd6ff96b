import { describe, expect, it } from 'vitest';
import { createGuard } from '../../src/guard/guard.js';
import { parsePolicy } from '../../src/policy/load.js';
import { minKernelUnits } from '../../src/text/kernel.js';

/**
 * Every evasion of every sample must still be found through the default policy, with a span that
 * covers the evasive value in the ORIGINAL text (never more than the value plus its wrapper).
 */
const guard = createGuard({ policy: parsePolicy('extends: builtin:default\ninput: { rules: [ { id: pii, entities: { PERSON: true } } ] }\n', { source: 'evasions' }) });

const samples: { type: string; value: string }[] = [
  { type: 'EMAIL_ADDRESS', value: 'ana.souza@mailbox.example.org' },
  { type: 'CREDIT_CARD', value: '4111 1111 1111 1111' },
  { type: 'IBAN_CODE', value: 'DE89370400440532013000' },
  { type: 'US_SSN', value: '512-44-7789' },
  { type: 'IP_ADDRESS', value: '203.0.113.77' },
  { type: 'AWS_ACCESS_KEY_ID', value: 'AKIAZ7QF3XMPLE5KTW2Q' },
  { type: 'GITHUB_TOKEN', value: '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' },
];

const fullwidth = (text: string) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
const zeroWidth = (text: string) => [...text].join('\u200b');
const cyrillic: Record<string, string> = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', A: '\u0410', E: '\u0415', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425' };
const homoglyphs = (text: string) => text.replace(/[aeopcxAEKMOPTX]/g, (char) => cyrillic[char]!);
const base64 = (text: string) => Buffer.from(`value: ${text}`).toString('base64');

const evasions: Record<string, (value: string) => string> = {
  plain: (value) => value,
  'fullwidth characters': fullwidth,
  'zero-width spaces between characters': zeroWidth,
  'Cyrillic homoglyphs': homoglyphs,
  base64,
};

/**
 * A short message, and the same inside about 1,300 characters of prose with digits: texts from 512
 * code units on go through the scan kernel (src/text/README.md), shorter ones through its
 * JavaScript twins, so both paths meet every evasion.
 */
const prose = 'The nightly export finished at 02:14 after 3 retries; 118 partitions, 4 skipped. ';
const wrappers: Record<string, { wrap: (hidden: string) => string; kernel: boolean }> = {
  'a short message': { wrap: (hidden) => `please look at this: ${hidden} thanks`, kernel: false },
  'a long text (scan kernel)': { wrap: (hidden) => `${prose.repeat(8)}please look at this: ${hidden} thanks. ${prose.repeat(8)}`, kernel: true },
};

describe.each(Object.entries(evasions).flatMap(([name, evade]) => Object.entries(wrappers).map(([where, wrapper]) => [`${name} in ${where}`, evade, wrapper] as const)))('evasion: %s', (_, evade, wrapper) => {
  it.each(samples.map((sample) => [sample.type, sample] as const))('still finds %s and points into the original text', async (_type, sample) => {
    const hidden = evade(sample.value);
    const text = wrapper.wrap(hidden);
    expect(text.length >= minKernelUnits).toBe(wrapper.kernel);
    const result = await guard.checkInput(text);
    const finding = result.findings.find((item) => item.type === sample.type);
    expect(finding, `${sample.type} in ${JSON.stringify(text)}`).toBeDefined();
    const start = text.indexOf(hidden);
    expect(finding!.start).toBeGreaterThanOrEqual(start);
    expect(finding!.end).toBeLessThanOrEqual(start + hidden.length);
    expect(finding!.end - finding!.start).toBeGreaterThan(0);
    expect(result.text).not.toContain(hidden);
  });
});
