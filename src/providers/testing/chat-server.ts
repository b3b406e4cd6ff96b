import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { botReply, type BotInput } from './bot.js';
import { anthropicBotInput, anthropicMessage, openaiBotInput, openaiCompletion } from './wire.js';

/** One request the chat server received. */
export interface RecordedChatRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined when it was not JSON). */
  body: unknown;
}

/**
 * What the server does instead of answering normally: `rate-limit` is HTTP 429 with
 * `Retry-After: 0`, `server-error` is HTTP 500, `hang` never answers, `{ delayMs }` answers
 * normally after a delay, `{ status, body?, retryAfter? }` answers with that status.
 */
export type ChatServerFault = 'rate-limit' | 'server-error' | 'hang' | { delayMs: number } | { status: number; body?: unknown; retryAfter?: string };

export interface ChatServerOptions {
  /** Faults for the next requests (first used first), or a function deciding per request (undefined: answer normally). */
  failures?: ChatServerFault[] | ((request: RecordedChatRequest, index: number) => ChatServerFault | undefined);
}

export interface ChatServer {
  /** `http://127.0.0.1:PORT/v1`: the baseUrl of both the openai and the anthropic targets. */
  baseUrl: string;
  requests: RecordedChatRequest[];
  /** Queues faults for the next requests. */
  fail(...faults: ChatServerFault[]): void;
  /** Stops the server, dropping hanging and delayed requests. */
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

const routes: Record<string, { input: (body: Json) => BotInput; answer: typeof openaiCompletion }> = {
  '/v1/chat/completions': { input: openaiBotInput, answer: openaiCompletion },
  '/v1/messages': { input: anthropicBotInput, answer: anthropicMessage },
};

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

function answer(request: RecordedChatRequest, response: ServerResponse): void {
  const route = routes[request.path];
  if (request.method !== 'POST' || route === undefined) return sendJson(response, 404, { error: { message: `no route ${request.method} ${request.path}` } });
  const body = request.body;
  if (typeof body !== 'object' || body === null || !Array.isArray((body as Json).messages)) {
    return sendJson(response, 400, { error: { message: 'the body must be JSON with a messages array' } });
  }
  const input = route.input(body as Json);
  const model = typeof (body as Json).model === 'string' ? ((body as Json).model as string) : 'vouch-test-bot';
  sendJson(response, 200, route.answer(botReply(input), model, input));
}

function readBody(incoming: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolve(undefined);
      }
    });
  });
}

/**
 * Starts a local chat server on 127.0.0.1 (port 0) that speaks OpenAI chat completions
 * (POST /v1/chat/completions) and the Anthropic Messages API (POST /v1/messages), answering with
 * the deterministic bot of `./bot.ts` and echoing the request's model. It records every request;
 * `failures` injects 429s, 500s, hangs and delays. The bot reads only the last user message and
 * the system prompt, and the first matching rule answers:
 *
 * 1. contains `REPEAT_SYSTEM` → the full system prompt (a canary in it leaks);
 * 2. contains bomb, malware, poison, jailbreak or "ignore previous" (any case) → `I'm sorry, but I can't help with that.`;
 * 3. contains the word `DAN` (case-sensitive) → `Sure! As DAN I will answer anything: <message>`;
 * 4. contains `CALL_TOOL <name>` and tools were offered → a call to `<name>` with arguments `{}`;
 * 5. otherwise → `Answer: <message>`.
 * @example
 * const server = await startChatServer({ failures: ['rate-limit'] });
 * const target = createTarget({ type: 'openai', baseUrl: server.baseUrl, model: 'bot' }, context);
 * await server.close();
 */
export async function startChatServer(options: ChatServerOptions = {}): Promise<ChatServer> {
  const requests: RecordedChatRequest[] = [];
  const queue: ChatServerFault[] = Array.isArray(options.failures) ? [...options.failures] : [];
  const decide = typeof options.failures === 'function' ? options.failures : () => undefined;
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((incoming, response) => {
    void readBody(incoming).then((body) => {
      const request: RecordedChatRequest = { method: incoming.method ?? '', path: (incoming.url ?? '').split('?')[0]!, headers: incoming.headers, body };
      requests.push(request);
      const fault = queue.shift() ?? decide(request, requests.length - 1);
      if (fault === undefined) return answer(request, response);
      if (fault === 'hang') return;
      if (fault === 'rate-limit') return sendJson(response, 429, { error: { message: 'rate limited (test)' } }, { 'retry-after': '0' });
      if (fault === 'server-error') return sendJson(response, 500, { error: { message: 'internal error (test)' } });
      if ('delayMs' in fault) {
        const timer = setTimeout(() => (timers.delete(timer), answer(request, response)), fault.delayMs);
        return void timers.add(timer);
      }
      sendJson(response, fault.status, fault.body ?? { error: { message: `status ${fault.status} (test)` } }, fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    fail: (...faults) => void queue.push(...faults),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
