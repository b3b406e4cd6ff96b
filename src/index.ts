/**
 * Vouch's library API. Start with `createGuard`.
 * @example
 * import { createGuard } from 'vouch';
 * const guard = createGuard();
 * const { action, text, findings } = await guard.checkInput('card 4111 1111 1111 1111');
 */
export { createGuard, type Guard, type GuardOptions } from './guard/guard.js';
export type { GuardContext, GuardFinding, GuardResult, DetectorError } from './guard/types.js';
export { runPolicyTests, type PolicyTestOutcome } from './guard/policy-tests.js';
export { loadPolicy, parsePolicy, builtinPolicies } from './policy/load.js';
export { compilePolicy, type CompiledPolicy } from './policy/compile.js';
export type { Policy, Rule } from './policy/policy.js';
export { policyFileSchema, type PolicyFile } from './policy/schema.js';
export { policyJsonSchema } from './policy/json-schema.js';
export { createMemoryVault, restoreTokens, type VaultStore } from './policy/vault.js';
export { detectors } from './detectors/index.js';
export type { Detector, Recognizer, RecognizerMatch, ScanRequest, Stage, TextSource } from './detectors/types.js';
export { createTextViews } from './text/views.js';
export { useScanKernel } from './text/kernel.js';
export type { TextView, TextViews } from './text/types.js';
export { VouchError, errorCatalog, type ErrorCode } from './core/errors.js';
export { createRegistry, type Registry } from './core/registry.js';
export { canonicalJson, sha256, hashJson } from './core/hash.js';
export { parseConfig, loadConfigFile } from './core/config.js';
export type { Action, Finding, Severity } from './core/types.js';
export { vouchVersion } from './core/version.js';
