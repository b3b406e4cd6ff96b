import type { ChatRequest } from '../types.js';
import { lastUserMessage, systemPrompt } from './common.js';

/** A JSON value as a config file holds it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const placeholder = /\{\{\s*(input|system|messages)\s*\}\}/g;
const wholePlaceholder = /^\{\{\s*messages\s*\}\}$/;

/**
 * Fills `{{input}}` (the last user message), `{{system}}` (the system prompt) and `{{messages}}`
 * (the conversation as JSON text) in every string of `template`; a string that is exactly
 * `{{messages}}` becomes the messages array itself. Values are substituted into parsed JSON, so
 * quotes and newlines in them can never break the body.
 * @example
 * fillTemplate({ prompt: '{{input}}' }, request); // { prompt: 'What is 2+2?' }
 */
export function fillTemplate(template: JsonValue, request: ChatRequest): JsonValue {
  const values = {
    input: lastUserMessage(request.messages),
    system: systemPrompt(request.messages),
    messages: JSON.stringify(request.messages),
  };
  const fill = (value: JsonValue): JsonValue => {
    if (typeof value === 'string') {
      if (wholePlaceholder.test(value)) return JSON.parse(values.messages) as JsonValue;
      return value.replace(placeholder, (_match, name: keyof typeof values) => values[name]);
    }
    if (Array.isArray(value)) return value.map(fill);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item)]));
    }
    return value;
  };
  return fill(template);
}
