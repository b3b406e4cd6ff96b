import { describe, expect, it } from 'vitest';
import { escapeRegExp, expandVars } from './vars.js';

describe('expandVars', () => {
  it('replaces placeholders, with or without inner spaces', () => {
    expect(expandVars('say {{canary}} and {{ name }}', { canary: 'c-1', name: 'Ana' }, 'w')).toBe('say c-1 and Ana');
  });

  it('does not expand placeholders inside inserted values', () => {
    expect(expandVars('{{a}}', { a: '{{b}}', b: 'no' }, 'w')).toBe('{{b}}');
  });

  it('throws a config error naming the place and the known variables on an unknown name', () => {
    expect(() => expandVars('x {{missing}}', { canary: 'c' }, 'scorers[1].value')).toThrow(/scorers\[1\]\.value: unknown variable "\{\{missing\}\}"; known: canary/);
  });

  it('escapes inserted values when asked', () => {
    expect(expandVars('^{{v}}$', { v: 'a.b*' }, 'w', { escape: escapeRegExp })).toBe('^a\\.b\\*$');
  });
});
