import { describe, expect, it } from 'vitest';
import { secretLeakScorer } from './secret-leak.js';
import { scoreInput, scoreWith } from './testing.js';

const token = `ghp_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`;

describe('secret-leak', () => {
  it('fails on a credential without repeating it', async () => {
    const result = await scoreWith(secretLeakScorer, {}, scoreInput(`Use this token: ${token}`));
    expect(result.pass).toBe(false);
    expect(result.reason).toBe('output leaks secrets: GITHUB_TOKEN (gh********R8)');
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it('passes when the answer only talks about secrets', async () => {
    expect((await scoreWith(secretLeakScorer, {}, scoreInput('Store the API key in an environment variable, never in code.'))).pass).toBe(true);
  });

  it('allows a listed value', async () => {
    expect((await scoreWith(secretLeakScorer, { ignore: [token] }, scoreInput(`token: ${token}`))).pass).toBe(true);
  });
});
