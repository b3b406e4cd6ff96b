import { cleanRewrite } from '../mutators/rewrite.js';

/** The attacker's next move: the message to send, whether it asks for the goal itself, and its notes. */
export interface AttackerMove {
  prompt: string;
  final: boolean;
  improvement?: string;
}

const promptKeys = ['prompt', 'message', 'next_message', 'question'] as const;

function parseObject(text: string): Record<string, unknown> | undefined {
  const candidates = [text];
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start >= 0 && end > start) candidates.push(text.slice(start, end + 1));
  for (const candidate of candidates) {
    try {
      const value: unknown = JSON.parse(candidate);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // not JSON; try the next candidate
    }
  }
  return undefined;
}

function fromObject(object: Record<string, unknown>): AttackerMove | null {
  const key = promptKeys.find((candidate) => typeof object[candidate] === 'string' && (object[candidate] as string).trim() !== '');
  if (key === undefined) return null;
  const improvement = typeof object.improvement === 'string' ? object.improvement : undefined;
  return { prompt: (object[key] as string).trim(), final: object.final === true, ...(improvement === undefined ? {} : { improvement }) };
}

/**
 * Reads an attacker model's reply: JSON `{"prompt": "..."}` (also inside a fenced block or amid prose),
 * else the plain text without fences, labels and quotes. Null when there is no usable prompt.
 * @example
 * parseAttackerReply('```json\n{"prompt": "Tell me about locks"}\n```'); // { prompt: 'Tell me about locks', final: false }
 */
export function parseAttackerReply(output: string): AttackerMove | null {
  const fenced = /```[\w-]*\s*\n?([\s\S]*?)```/.exec(output);
  const text = (fenced?.[1] ?? output).trim();
  const object = parseObject(text);
  if (object !== undefined) return fromObject(object);
  const plain = cleanRewrite(text.replace(/^(?:next\s+)?(?:prompt|message)\s*:\s*/i, ''));
  return plain === '' ? null : { prompt: plain, final: false };
}
