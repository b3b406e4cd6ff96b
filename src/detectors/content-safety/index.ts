import { createLearnedDetector } from '../learned/learned-detector.js';
import { codeInterpreterAbuseRule } from './rules/code-interpreter-abuse.js';
import { indiscriminateWeaponsRule } from './rules/indiscriminate-weapons.js';
import { profanityRule } from './rules/profanity.js';
import { selfHarmRule } from './rules/self-harm.js';
import { threatRule } from './rules/threat.js';

/** The MLCommons hazard categories and four kinds of toxicity: the types of content-safety findings. */
export const contentSafetyCategories = [
  'VIOLENT_CRIMES',
  'NON_VIOLENT_CRIMES',
  'SEX_CRIMES',
  'CHILD_EXPLOITATION',
  'DEFAMATION',
  'SPECIALIZED_ADVICE',
  'PRIVACY',
  'INTELLECTUAL_PROPERTY',
  'INDISCRIMINATE_WEAPONS',
  'HATE',
  'SELF_HARM',
  'SEXUAL_CONTENT',
  'ELECTIONS',
  'CODE_INTERPRETER_ABUSE',
  'INSULT',
  'THREAT',
  'HARASSMENT',
  'PROFANITY',
] as const;

export const contentSafetyRules = [profanityRule, selfHarmRule, indiscriminateWeaponsRule, codeInterpreterAbuseRule, threatRule];

/**
 * Harmful requests and replies by hazard category: one calibrated sigmoid per category over
 * hashed n-grams of the text's views, with rule hits as features. See README.md.
 */
export const contentSafetyDetector = createLearnedDetector({
  id: 'content-safety',
  description: 'Harmful requests and model replies by MLCommons hazard category, plus insult, threat, harassment and profanity.',
  model: new URL('../../../data/models/content-safety.vmodel', import.meta.url),
  rules: contentSafetyRules,
  entities: contentSafetyCategories,
});
