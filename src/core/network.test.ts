import { describe, expect, it } from 'vitest';
import { describeNetworkError } from './network.js';

describe('describeNetworkError', () => {
  it('names the system error code of the cause, else the cause or the error itself', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(describeNetworkError(new TypeError('fetch failed', { cause: refused }))).toBe('ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:9)');
    expect(describeNetworkError(new TypeError('fetch failed', { cause: new Error('other side closed') }))).toBe('other side closed');
    expect(describeNetworkError(new Error('plain'))).toBe('plain');
    expect(describeNetworkError('text')).toBe('text');
  });
});
