import { describe, expect, it } from 'vitest';
import { createGuard } from '../../src/guard/guard.js';
import { useScanKernel } from '../../src/text/kernel.js';
import { pathologicalInputs } from '../../scripts/bench/corpus.js';

/**
 * Inputs built to make backtracking patterns go quadratic: with any such pattern, a 1 MB input
 * would run for minutes and hit the test timeout. `npm run bench` prints how long each takes.
 */
const guard = createGuard();

describe('pathological inputs through the default policy', () => {
  it.each(Object.entries(pathologicalInputs(1_048_576)))('finishes on 1 MB of %s', async (_, text) => {
    const result = await guard.checkInput(text);
    // None holds a real value within the decode depth (the nested one is four levels deep).
    expect(result.action).toBe('allow');
    expect(result.findings).toEqual([]);
    expect(result.text).toBe(text);
  });

  // The scan kernel's JavaScript twins are the fallback when kernel/scan.wasm is missing: they must stay linear too.
  it.each(Object.entries(pathologicalInputs(262_144)))('finishes on 256 KB of %s without the scan kernel', async (_, text) => {
    useScanKernel(false);
    try {
      const result = await guard.checkInput(text);
      expect(result.findings).toEqual([]);
    } finally {
      useScanKernel(true);
    }
  });

  it('finds a value nested three encodings deep (the default depth)', async () => {
    let payload = 'contact ana@mailbox.example.org ';
    for (let depth = 0; depth < 3; depth += 1) payload = Buffer.from(payload).toString('base64');
    const result = await guard.checkInput(`blob ${payload} end`);
    expect(result.findings.map((finding) => finding.type)).toContain('EMAIL_ADDRESS');
  });
});
