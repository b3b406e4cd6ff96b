import { createLearnedDetector } from '../learned/learned-detector.js';
import { dataExfiltrationRule } from './rules/data-exfiltration.js';
import { hiddenTextRule } from './rules/hidden-text.js';
import { hypotheticalFramingRule } from './rules/hypothetical-framing.js';
import { indirectInstructionRule } from './rules/indirect-instruction.js';
import { instructionOverrideRule } from './rules/instruction-override.js';
import { manyShotRule } from './rules/many-shot.js';
import { payloadSplittingRule } from './rules/payload-splitting.js';
import { personaRule } from './rules/persona.js';
import { refusalSuppressionRule } from './rules/refusal-suppression.js';
import { systemPromptExtractionRule } from './rules/system-prompt-extraction.js';
import { toolTriggerRule } from './rules/tool-trigger.js';

/** Techniques, the types of prompt-injection findings (and the model's classes after BENIGN). */
export const promptInjectionTechniques = [
  'PERSONA',
  'REFUSAL_SUPPRESSION',
  'HYPOTHETICAL_FRAMING',
  'INSTRUCTION_OVERRIDE',
  'SYSTEM_PROMPT_EXTRACTION',
  'MANY_SHOT',
  'PAYLOAD_SPLITTING',
  'INDIRECT_INSTRUCTION',
  'DATA_EXFILTRATION',
  'HIDDEN_TEXT',
  'TOOL_TRIGGER',
] as const;

/** Finding types: the techniques, and PROMPT_INJECTION for a model trained on attack/benign labels only. */
const promptInjectionTypes = [...promptInjectionTechniques, 'PROMPT_INJECTION'];

/** The rules, one file each; their hits are model features and name a finding's technique. */
export const promptInjectionRules = [
  instructionOverrideRule,
  systemPromptExtractionRule,
  personaRule,
  refusalSuppressionRule,
  hypotheticalFramingRule,
  manyShotRule,
  payloadSplittingRule,
  indirectInstructionRule,
  dataExfiltrationRule,
  hiddenTextRule,
  toolTriggerRule,
];

/**
 * Jailbreaks and prompt injection, direct and indirect: a linear model over hashed n-grams of the
 * normalized, leetspeak, collapsed and decoded views, with rule hits as features; findings name
 * the technique. See README.md.
 */
export const promptInjectionDetector = createLearnedDetector({
  id: 'prompt-injection',
  description: 'Jailbreaks and prompt injection (direct, and indirect through documents and tool output), by technique.',
  model: new URL('../../../data/models/prompt-injection.vmodel', import.meta.url),
  rules: promptInjectionRules,
  entities: promptInjectionTypes,
  primary: 'PROMPT_INJECTION',
});
