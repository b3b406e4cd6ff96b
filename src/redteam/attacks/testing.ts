import type { ChatRequest, ChatResponse, SendOptions, Target } from '../../providers/types.js';

/** A fake target for tests that records every request and answers from a deterministic script. */
export interface ScriptedTarget extends Target {
  readonly requests: ChatRequest[];
}

/**
 * Creates a fake target whose answer is computed from the request and the 0-based call number.
 * @example
 * const echo = createScriptedTarget('echo', (request) => request.messages.at(-1)?.content ?? '');
 */
export function createScriptedTarget(label: string, reply: (request: ChatRequest, call: number) => string): ScriptedTarget {
  const requests: ChatRequest[] = [];
  return {
    kind: 'scripted',
    label,
    requests,
    async send(request: ChatRequest, options?: SendOptions): Promise<ChatResponse> {
      if (options?.signal?.aborted === true) throw new Error(`${label}: aborted`);
      requests.push(structuredClone(request));
      return { output: reply(request, requests.length - 1), latencyMs: 0, attempts: 1 };
    },
  };
}

/** The content of the last message of a request ('' when there is none). */
export function lastContent(request: ChatRequest): string {
  return request.messages.at(-1)?.content ?? '';
}
