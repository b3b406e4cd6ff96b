import { describe, expect, it } from 'vitest';
import { alphabets as a, fakeChars, fakeChecksummedToken, found, scanSecrets, secretExamples, spanIn } from './testing.js';

describe('npm', () => {
  it('finds a token with a valid checksum in .npmrc at 0.99', () => {
    const { text, secret } = secretExamples['npm-token']!;
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'NPM_TOKEN', ...spanIn(text, secret), score: 0.99 })]);
  });

  it('reports a failed checksum at 0.6 and ignores npm_ identifiers', () => {
    const bad = fakeChecksummedToken('npm_', 'npm-bad', false);
    expect(scanSecrets(`NPM_TOKEN=${bad}`)).toEqual([expect.objectContaining({ type: 'NPM_TOKEN', score: 0.6 })]);
    expect(found('npm_config_registry=https://registry.npmjs.org/ npm_lifecycle_event')).toEqual([]);
  });
});

describe('PyPI', () => {
  it('finds a pypi.org token in .pypirc once, and scores a test.pypi.org token 0.7', () => {
    const { secret } = secretExamples['pypi-token']!;
    expect(found(`[pypi]\n  username = __token__\n  password = ${secret}\n`)).toEqual([['PYPI_TOKEN', secret]]);
    const testToken = `pypi-AgENdGVzdC5weXBpLm9yZw${fakeChars('testpypi', a.base64url, 120)}`;
    expect(scanSecrets(`TWINE_PASSWORD=${testToken}`)).toEqual([expect.objectContaining({ type: 'PYPI_TOKEN', score: 0.7 })]);
  });

  it('ignores a pypi- value without the macaroon prefix', () => {
    expect(found(`pypi-${fakeChars('pypi-bad', a.base64url, 120)}`)).toEqual([]);
  });
});

describe('NuGet, RubyGems, Docker Hub, crates.io', () => {
  it.each(['nuget-api-key', 'rubygems-api-key', 'dockerhub-token', 'crates-io-token'])('finds the %s example in a CI step', (id) => {
    const { text, secret } = secretExamples[id]!;
    expect(found(`- run: |\n    ${text}\n`).map(([, value]) => value)).toEqual([secret]);
  });

  it('ignores words that begin like the prefixes', () => {
    expect(found('the precious cargo was delicious; oy2 is not a key; dckr_pat_ alone')).toEqual([]);
  });
});
