import { describe, expect, it } from 'vitest';
import { mixedText } from '../../scripts/bench/corpus.js';
import { createGuard } from '../../src/guard/guard.js';
import { scanKernel, useScanKernel } from '../../src/text/kernel.js';
import { randomTexts } from '../../src/text/testing.js';

/** What a check decides, without timings. */
async function decisions(texts: readonly string[]): Promise<unknown[]> {
  const guard = createGuard({ policy: 'builtin:strict' });
  const results = [];
  for (const text of texts) {
    const { action, findings, text: redacted, scores } = await guard.checkInput(text);
    results.push({ action, findings, redacted, scores });
  }
  return results;
}

describe('the scan kernel changes speed, not results', () => {
  it('gives the same findings, scores and redacted text as the JavaScript twins on generated and random text', async () => {
    expect(scanKernel()).toBeDefined();
    const encoded = Buffer.from('mail ana@mailbox.example.org, card 4111 1111 1111 1111').toString('base64');
    const texts = [
      mixedText(30_000, 21),
      mixedText(8_000, 22, 'dense'),
      ...Array.from({ length: 20 }, (_, index) => mixedText(1_500, 100 + index, 'dense')),
      // Lone surrogates are rejected before any scan (validate.ts), so random texts here leave them out.
      ...randomTexts(29, 150, 400).filter((text) => !/[\uD800-\uDFFF]/.test(text)),
      `payload ${encoded} end`,
      'ＡＫＩＡ fullwidth, ｍａｉｌ ａｎａ＠ｅｘａｍｐｌｅ．ｏｒｇ, zero\u200bwidth 4111\u200b1111\u200b1111\u200b1111',
      // The same evasions in a text long enough (512 units and up) to go through the kernel.
      `${mixedText(700, 31)} payload ${encoded}; ＡＫＩＡＺ７ＱＦ３ＸＭＰＬＥ５ＫＴＷ２Ｑ, ｍａｉｌ ａｎａ＠ｅｘａｍｐｌｅ．ｏｒｇ, zero\u200bwidth 4111\u200b1111\u200b1111\u200b1111, ${mixedText(700, 32)}`,
    ];
    const withKernel = await decisions(texts);
    useScanKernel(false);
    try {
      expect(await decisions(texts)).toEqual(withKernel);
    } finally {
      useScanKernel(true);
    }
    expect(withKernel.filter((result) => (result as { findings: unknown[] }).findings.length > 0).length).toBeGreaterThan(20);
  });
});
