import { JSONPath } from 'jsonpath-plus';
import { z } from 'zod';
import { VouchError } from '../../core/errors.js';
import { postJson } from '../transport.js';
import type { TargetKind } from '../types.js';
import { commonTargetShape, defineTarget, headersSchema } from './common.js';
import { fillTemplate, type JsonValue } from './http-template.js';

const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValueSchema), z.record(z.string(), jsonValueSchema)]),
);

export const httpConfigSchema = z
  .object({
    type: z.literal('http'),
    url: z.url({ protocol: /^https?$/ }),
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH']).default('POST'),
    headers: headersSchema.default({}),
    /** The request body; strings may hold {{input}}, {{system}} and {{messages}}. */
    body: jsonValueSchema.default({ input: '{{input}}' }),
    /** A JSONPath into the response JSON that finds the answer text, e.g. `$.choices[0].message.content`. */
    output: z.string().min(1).default('$.output'),
    ...commonTargetShape,
  })
  .strict();

export type HttpConfig = z.infer<typeof httpConfigSchema>;

/** The first value `path` finds in `json`, as text (non-strings as JSON); a miss is a target failure. */
export function extractOutput(json: unknown, path: string, label: string): string {
  let found: unknown[] = [];
  try {
    if (json !== null && typeof json === 'object') found = JSONPath({ path, json, wrap: true }) as unknown[];
  } catch (error) {
    throw new VouchError('VOUCH_TARGET_FAILED', `${label}: output path ${path} cannot be evaluated: ${(error as Error).message}`, { cause: error });
  }
  const first = found.find((value) => value !== undefined && value !== null);
  if (first === undefined) {
    throw new VouchError('VOUCH_TARGET_FAILED', `${label}: output path ${path} found nothing in the response: ${JSON.stringify(json).slice(0, 200)}`, {
      fix: 'Fix the target\'s `output` JSONPath so it selects the answer text in the response body.',
    });
  }
  return typeof first === 'string' ? first : JSON.stringify(first);
}

/**
 * Any JSON-over-HTTP endpoint: a templated request and a JSONPath to the answer.
 * @example
 * httpConfigSchema.parse({ type: 'http', url: 'http://127.0.0.1:8080/chat', body: { q: '{{input}}' }, output: '$.answer' });
 */
export const httpTarget: TargetKind<HttpConfig> = {
  id: 'http',
  description: 'A templated JSON request to any HTTP endpoint; the answer is found with JSONPath.',
  configSchema: httpConfigSchema,
  create(config) {
    const label = config.label ?? `http:${new URL(config.url).host}`;
    return defineTarget({
      kind: 'http',
      label,
      rateLimit: config.rateLimit,
      async call(request, signal) {
        const body = fillTemplate(config.body, request);
        const { retries, backoffMs, timeoutMs } = config;
        const response = await postJson({ url: config.url, method: config.method, headers: config.headers, body, timeoutMs, retries, backoffMs, signal, label });
        return { output: extractOutput(response.json, config.output, label), attempts: response.attempts };
      },
    });
  },
};
