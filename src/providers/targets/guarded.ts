import { resolve } from 'node:path';
import { z } from 'zod';
import { createGuard } from '../../guard/guard.js';
import type { ChatMessage, ChatRequest, Target, TargetContext, TargetKind } from '../types.js';
import { defineTarget } from './common.js';

/** Any target config the registry accepts (validated by its union). */
export interface InnerTargetConfig {
  type: string;
}

/** How the guarded kind reaches the registry without importing it (that would be a cycle). */
export interface InnerTargets {
  schema: z.ZodType<InnerTargetConfig>;
  create(config: unknown, context: TargetContext, where?: string): Target;
}

function guardedSchema(inner: () => InnerTargets) {
  return z
    .object({
      type: z.literal('guarded'),
      label: z.string().min(1).optional(),
      /** `builtin:<name>` or a policy file relative to the suite's directory. */
      policy: z.string().min(1).default('builtin:default'),
      /** The target behind the guard: any target config. */
      target: z.lazy(() => inner().schema),
      /** What the target answers when the guard blocks the input or the output. */
      blockedMessage: z.string().default("I can't help with that."),
      /** Requests per second this target instance sends at most. */
      rateLimit: z.number().positive().optional(),
    })
    .strict();
}

export type GuardedConfigSchema = ReturnType<typeof guardedSchema>;
export type GuardedConfig = z.infer<GuardedConfigSchema>;

/** The request with its last user message's content replaced. */
function withLastUserMessage(request: ChatRequest, content: string): ChatRequest {
  const index = request.messages.findLastIndex((message) => message.role === 'user');
  const messages: ChatMessage[] = request.messages.map((message, position) => (position === index ? { ...message, content } : message));
  return { ...request, messages };
}

function createGuarded(config: GuardedConfig, context: TargetContext, inner: () => InnerTargets): Target {
  const policy = config.policy.startsWith('builtin:') ? config.policy : resolve(context.cwd, config.policy);
  const guard = createGuard({ policy, env: { ...context.env } });
  const innerTarget = inner().create(config.target, context, 'target.target');
  return defineTarget({
    kind: 'guarded',
    label: config.label ?? `guarded:${innerTarget.label}`,
    rateLimit: config.rateLimit,
    async call(request, signal) {
      const user = request.messages.findLast((message) => message.role === 'user');
      const input = user === undefined ? undefined : await guard.checkInput(user.content);
      if (input?.action === 'block') return { output: config.blockedMessage, guard: { input: input.action, blocked: true } };
      const forwarded = input?.action === 'redact' ? withLastUserMessage(request, input.text) : request;
      const { latencyMs: _innerLatency, ...answer } = await innerTarget.send(forwarded, { signal });
      const output = await guard.checkOutput(answer.output);
      const blocked = output.action === 'block';
      const verdicts = { ...(input ? { input: input.action } : {}), output: output.action, blocked };
      if (blocked) {
        const { toolCalls: _dropped, ...rest } = answer;
        return { ...rest, output: config.blockedMessage, guard: verdicts };
      }
      return { ...answer, output: output.text, guard: verdicts };
    },
    close: async () => innerTarget.close?.(),
  });
}

/**
 * Builds the `guarded` kind: a Vouch guard in front of another target. Input the policy blocks
 * never reaches the target; redacted input is sent redacted; blocked output becomes
 * `blockedMessage` and redacted output is returned redacted.
 * @example
 * const guardedTarget = createGuardedKind(() => ({ schema: targetConfigSchema, create: createTarget }));
 */
export function createGuardedKind(inner: () => InnerTargets): TargetKind<GuardedConfig> & { configSchema: GuardedConfigSchema } {
  return {
    id: 'guarded',
    description: 'Another target behind a Vouch guard policy (input and output rails).',
    configSchema: guardedSchema(inner),
    create: (config, context) => createGuarded(config, context, inner),
  };
}
