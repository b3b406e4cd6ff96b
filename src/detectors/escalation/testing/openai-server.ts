import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the test server received. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined when it was not JSON). */
  body: unknown;
}

/** What the server does with a request: answer with a status and body, or never answer. */
export type TestReply = { status?: number; json?: unknown; text?: string } | 'hang';

export interface TestServer {
  /** http://127.0.0.1:PORT/v1 */
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** The body of an OpenAI chat completion whose answer is `content`. */
export function chatCompletion(content: string, model = 'judge-model'): unknown {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  };
}

function send(response: ServerResponse, reply: Exclude<TestReply, 'hang'>): void {
  const status = reply.status ?? 200;
  if (reply.json !== undefined) {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.json));
  } else {
    response.writeHead(status, { 'content-type': 'text/plain' }).end(reply.text ?? '');
  }
}

/**
 * Starts a local OpenAI-compatible test server on 127.0.0.1 (port 0) whose answers `reply`
 * decides; it records every request. `close()` also drops connections left hanging.
 * @example
 * const server = await startTestServer(() => ({ json: chatCompletion('safe') }));
 */
export async function startTestServer(reply: (request: RecordedRequest) => TestReply): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const request = { method: incoming.method ?? '', path: incoming.url ?? '', headers: incoming.headers, body };
      requests.push(request);
      const answer = reply(request);
      if (answer !== 'hang') send(response, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A base URL on 127.0.0.1 where nothing listens (a port that was just freed). */
export async function unusedBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}
