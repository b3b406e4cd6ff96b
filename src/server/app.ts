import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { validateConfig } from '../core/config.js';
import { VouchError, toVouchError } from '../core/errors.js';
import { vouchVersion } from '../core/version.js';
import { stages } from '../detectors/types.js';
import type { Guard } from '../guard/guard.js';
import { playgroundPage } from './playground.js';
import { httpStatusFor } from './status.js';

const maxBodyBytes = 10 * 1024 * 1024;

const checkBodySchema = z
  .object({
    stage: z.enum(stages).default('input'),
    text: z.string(),
    conversationId: z.string().min(1).optional(),
    source: z.enum(['user', 'document', 'tool', 'model']).optional(),
    detectors: z.array(z.string()).min(1).optional(),
  })
  .strict();

const restoreBodySchema = z.object({ text: z.string(), conversationId: z.string().min(1) }).strict();

type Handler = (body: unknown) => Promise<unknown>;

/**
 * The HTTP service: `GET /healthz`, `POST /v1/guard/check`, `POST /v1/guard/restore`, and a
 * playground page at `/`.
 * @example
 * const server = createVouchServer({ guard: createGuard() });
 * server.listen(8787, '127.0.0.1');
 */
export function createVouchServer(options: { guard: Guard }): Server {
  const { guard } = options;
  const routes: Record<string, Handler> = {
    'POST /v1/guard/check': async (body) => {
      const request = validateConfig(body, { schema: checkBodySchema, source: 'request body', code: 'VOUCH_INPUT_INVALID' });
      return guard.check(request.stage, request.text, {
        ...(request.conversationId ? { conversationId: request.conversationId } : {}),
        ...(request.source ? { source: request.source } : {}),
        ...(request.detectors ? { detectors: request.detectors } : {}),
      });
    },
    'POST /v1/guard/restore': async (body) => {
      const request = validateConfig(body, { schema: restoreBodySchema, source: 'request body', code: 'VOUCH_INPUT_INVALID' });
      return { text: await guard.restore(request.text, { conversationId: request.conversationId }) };
    },
    'GET /healthz': async () => ({ status: 'ok', version: vouchVersion, policy: guard.policy.policy.name, policyHash: guard.policy.hash }),
  };
  return createServer((request, response) => {
    void handle(request, response, routes);
  });
}

async function handle(request: IncomingMessage, response: ServerResponse, routes: Record<string, Handler>): Promise<void> {
  const path = (request.url ?? '/').split('?')[0];
  if (request.method === 'GET' && path === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(playgroundPage);
    return;
  }
  const route = routes[`${request.method} ${path}`];
  try {
    if (!route) throw new VouchError('VOUCH_USAGE', `no route ${request.method} ${path}`, { fix: 'See the README for the API routes.' });
    const body = request.method === 'POST' ? await readJson(request) : undefined;
    sendJson(response, 200, await route(body));
  } catch (error) {
    const failure = toVouchError(error);
    const status = route ? httpStatusFor(failure) : 404;
    sendJson(response, status, { error: failure.toJSON() });
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) {
      throw new VouchError('VOUCH_INPUT_TOO_LARGE', `request body is over ${maxBodyBytes} bytes`, { fix: 'Send smaller texts, one per request.' });
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new VouchError('VOUCH_INPUT_INVALID', `request body is not valid JSON: ${(error as Error).message}`, {
      fix: 'Send a JSON object such as {"text": "..."} with content-type application/json.',
    });
  }
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));
}
