import { describe, expect, it } from 'vitest';
import type { VouchError } from './errors.js';
import { createRegistry } from './registry.js';

describe('createRegistry', () => {
  const registry = createRegistry('widget', [{ id: 'alpha' }, { id: 'beta-two' }]);

  it('looks units up by id and lists ids in order', () => {
    expect(registry.get('beta-two')).toEqual({ id: 'beta-two' });
    expect(registry.ids).toEqual(['alpha', 'beta-two']);
    expect(registry.has('gamma')).toBe(false);
  });

  it('names the available ids on a miss', () => {
    expect(() => registry.get('gamma')).toThrow('unknown widget "gamma"; available: alpha, beta-two');
    try {
      registry.get('gamma');
    } catch (error) {
      expect((error as VouchError).code).toBe('VOUCH_UNKNOWN_ID');
    }
  });

  it('rejects duplicate and malformed ids', () => {
    expect(() => createRegistry('widget', [{ id: 'a' }, { id: 'a' }])).toThrow(/registered twice/);
    expect(() => createRegistry('widget', [{ id: 'Not_Kebab' }])).toThrow(/not kebab-case/);
  });
});
