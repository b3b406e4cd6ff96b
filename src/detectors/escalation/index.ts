import { validateConfig } from '../../core/config.js';
import { createLlmJudgeAdapter } from './llm-judge.js';
import { createModerationAdapter } from './moderation.js';
import { createOnnxAdapter } from './onnx.js';
import { adapterConfigSchema, type AdapterConfig, type CreateAdapterOptions, type EscalationAdapter } from './types.js';

export * from './types.js';
export { createLlmJudgeAdapter } from './llm-judge.js';
export { createModerationAdapter } from './moderation.js';
export { createOnnxAdapter, type OnnxAdapter } from './onnx.js';

type Factories = {
  [Type in AdapterConfig['type']]: (config: Extract<AdapterConfig, { type: Type }>, options: CreateAdapterOptions) => EscalationAdapter;
};

/** One factory per adapter `type`; adding an adapter = its schema in types.ts, its file, one line here. */
const factories: Factories = {
  'llm-judge': createLlmJudgeAdapter,
  moderation: createModerationAdapter,
  onnx: (config) => createOnnxAdapter(config),
};

/** The adapter types `createAdapter` knows. */
export const adapterTypes = Object.keys(factories) as AdapterConfig['type'][];

/**
 * Creates the escalation adapter a config describes. The config is validated again here (bad
 * config: VOUCH_CONFIG_INVALID); an `apiKeyEnv` missing from `options.env` is one too.
 * @example
 * const adapter = createAdapter(adapterConfigSchema.parse(policy.escalation), { env: process.env });
 * const verdict = await adapter.check({ text, detector: 'content-safety', stage: 'output', localScore: 0.55, signal });
 */
export function createAdapter(config: AdapterConfig, options: CreateAdapterOptions = {}): EscalationAdapter {
  const valid = validateConfig(config, { schema: adapterConfigSchema, source: 'escalation adapter config' });
  const create = factories[valid.type] as (config: AdapterConfig, options: CreateAdapterOptions) => EscalationAdapter;
  return create(valid, options);
}
