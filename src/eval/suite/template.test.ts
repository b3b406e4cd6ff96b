import { describe, expect, it } from 'vitest';
import { renderTemplate } from './template.js';

describe('renderTemplate', () => {
  it('replaces every placeholder, with or without inner spaces', () => {
    expect(renderTemplate('Hi {{name}}, order {{ order }} for {{name}}', { name: 'Ada', order: '42' }, 'x')).toBe('Hi Ada, order 42 for Ada');
  });
  it('leaves text without placeholders alone, single braces included', () => {
    expect(renderTemplate('{"a": {1}}', {}, 'x')).toBe('{"a": {1}}');
  });
  it('names the place and the known variables for an unknown one', () => {
    expect(() => renderTemplate('{{nmae}}', { name: 'Ada' }, 'cases.jsonl#3.input')).toThrow(/cases\.jsonl#3\.input: unknown variable \{\{nmae\}\}/);
  });
});
