import { describe, expect, it } from 'vitest';
import { VouchError, errorCatalog, toVouchError } from './errors.js';

describe('VouchError', () => {
  it('carries a stable code, its category and location in JSON', () => {
    const error = new VouchError('VOUCH_POLICY_INVALID', 'bad', { file: 'p.yaml', path: 'input.rules[0]', fix: 'do x' });
    expect(error.category).toBe('config');
    expect(error.toJSON()).toEqual({ code: 'VOUCH_POLICY_INVALID', message: 'bad', file: 'p.yaml', path: 'input.rules[0]', fix: 'do x' });
  });

  it('wraps foreign errors as internal and keeps its own', () => {
    const own = new VouchError('VOUCH_USAGE', 'x');
    expect(toVouchError(own)).toBe(own);
    const wrapped = toVouchError(new RangeError('boom'));
    expect(wrapped.code).toBe('VOUCH_INTERNAL');
    expect(wrapped.message).toBe('boom');
  });

  it('has codes in the VOUCH_ namespace only', () => {
    for (const code of Object.keys(errorCatalog)) expect(code).toMatch(/^VOUCH_[A-Z_]+$/);
  });
});
