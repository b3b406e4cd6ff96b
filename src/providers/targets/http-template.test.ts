import { describe, expect, it } from 'vitest';
import { fillTemplate } from './http-template.js';

const request = {
  messages: [
    { role: 'system' as const, content: 'Be "nice"' },
    { role: 'user' as const, content: 'line one\nsays "hi" {{input}} $&' },
  ],
};

describe('fillTemplate', () => {
  it('substitutes placeholders JSON-safely at any depth', () => {
    const filled = fillTemplate({ prompt: 'Q: {{input}}', meta: [{ sys: '{{ system }}' }, 7, null, true] }, request);
    expect(filled).toEqual({ prompt: 'Q: line one\nsays "hi" {{input}} $&', meta: [{ sys: 'Be "nice"' }, 7, null, true] });
    expect(JSON.parse(JSON.stringify(filled))).toEqual(filled);
  });

  it('makes an exact {{messages}} the array and an embedded one JSON text', () => {
    expect(fillTemplate({ messages: '{{messages}}' }, request)).toEqual({ messages: request.messages });
    expect(fillTemplate('history: {{messages}}', request)).toBe(`history: ${JSON.stringify(request.messages)}`);
  });
});
