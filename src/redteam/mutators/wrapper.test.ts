import { describe, expect, it } from 'vitest';
import { mutateWith } from './testing.js';
import { defineWrapper } from './wrapper.js';

describe('defineWrapper', () => {
  it('places the request, special characters included, in one of the templates', async () => {
    const mutator = defineWrapper({ id: 'demo', description: 'demo wrapper', templates: ['A: {request}!', 'B: {request}?'] });
    const outputs = new Set<string>();
    for (let seed = 0; seed < 20; seed += 1) outputs.add(await mutateWith(mutator, 'cost $& more', seed));
    expect([...outputs].sort()).toEqual(['A: cost $& more!', 'B: cost $& more?']);
  });

  it('rejects a template without exactly one {request}', () => {
    expect(() => defineWrapper({ id: 'bad', description: 'bad', templates: ['no slot'] })).toThrow(/one \{request\}/);
    expect(() => defineWrapper({ id: 'bad', description: 'bad', templates: ['{request} {request}'] })).toThrow(/one \{request\}/);
  });
});
