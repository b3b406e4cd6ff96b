import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { VouchError, toVouchError } from '../../core/errors.js';
import { AttemptFailure, withRetries } from '../retry.js';
import type { ChatRequest, TargetKind } from '../types.js';
import { abortedError } from '../wait.js';
import { commonTargetShape, defineTarget, fromScriptAnswer, scriptAnswerSchema, type TargetAnswer } from './common.js';

export const moduleConfigSchema = z
  .object({
    type: z.literal('module'),
    /** A .js, .mjs or .ts file, relative to the suite's directory. */
    path: z.string().regex(/\.(m?js|ts|mts)$/, 'expected a .js, .mjs, .ts or .mts file'),
    /** The exported function's name. */
    export: z.string().min(1).default('default'),
    ...commonTargetShape,
  })
  .strict();

export type ModuleConfig = z.infer<typeof moduleConfigSchema>;

/** What the module's function is: it gets the request (and an abort signal) and answers. */
export type ModuleTargetFunction = (request: ChatRequest, options: { signal?: AbortSignal }) => Promise<unknown> | unknown;

async function loadFunction(file: string, name: string): Promise<ModuleTargetFunction> {
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new VouchError('VOUCH_TARGET_FAILED', `module target ${file}: cannot import it: ${toVouchError(error).message}`, {
      cause: error,
      fix: 'Check the path (relative to the suite file) and that the module loads on its own with node.',
    });
  }
  const exported = loaded[name];
  if (typeof exported !== 'function') {
    throw new VouchError('VOUCH_TARGET_FAILED', `module target ${file}: export "${name}" is not a function`, {
      fix: `Export a function (request) => Promise<string | { output, toolCalls? }> as "${name}".`,
    });
  }
  return exported as ModuleTargetFunction;
}

/** Runs the function once, racing the caller's abort signal (a function cannot be forced to stop). */
async function callOnce(run: ModuleTargetFunction, request: ChatRequest, signal: AbortSignal | undefined, file: string): Promise<TargetAnswer> {
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(abortedError(`module target ${file}`));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const answer = await Promise.race([Promise.resolve().then(() => run(request, { signal })), aborted]);
    const parsed = scriptAnswerSchema.safeParse(answer);
    if (!parsed.success) throw new AttemptFailure(`returned ${JSON.stringify(answer)?.slice(0, 200)}, not a string or { output, toolCalls? }`, { retriable: false });
    return fromScriptAnswer(parsed.data);
  } catch (error) {
    if (error instanceof VouchError || error instanceof AttemptFailure) throw error;
    throw new AttemptFailure(`threw: ${toVouchError(error).message}`, { retriable: true, cause: error });
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * A JavaScript or TypeScript function as a target, loaded with a dynamic import on first use.
 * @example
 * // bot.mjs: export default async (request) => `echo: ${request.messages.at(-1).content}`;
 * moduleConfigSchema.parse({ type: 'module', path: './bot.mjs' });
 */
export const moduleTarget: TargetKind<ModuleConfig> = {
  id: 'module',
  description: 'A function exported by a local .js/.mjs/.ts module.',
  configSchema: moduleConfigSchema,
  create(config, context) {
    const file = resolve(context.cwd, config.path);
    const label = config.label ?? `module:${config.path}`;
    let loading: Promise<ModuleTargetFunction> | undefined;
    return defineTarget({
      kind: 'module',
      label,
      rateLimit: config.rateLimit,
      async call(request, signal) {
        loading ??= loadFunction(file, config.export);
        const run = await loading.catch((error: unknown) => {
          loading = undefined;
          throw error;
        });
        const retry = { retries: config.retries, backoffMs: config.backoffMs, signal, label: `module target ${file}` };
        const { value, attempts } = await withRetries(retry, () => callOnce(run, request, signal, file));
        return { ...value, attempts };
      },
    });
  },
};
