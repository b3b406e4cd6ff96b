import { contentSafetyCategories } from '../content-safety/index.js';
import { promptInjectionTechniques } from '../prompt-injection/index.js';

/** The MLCommons hazard codes a Llama-Guard-style answer uses (S1 … S14), as Vouch categories. */
export const llamaGuardCodes: Readonly<Record<string, string>> = {
  S1: 'VIOLENT_CRIMES',
  S2: 'NON_VIOLENT_CRIMES',
  S3: 'SEX_CRIMES',
  S4: 'CHILD_EXPLOITATION',
  S5: 'DEFAMATION',
  S6: 'SPECIALIZED_ADVICE',
  S7: 'PRIVACY',
  S8: 'INTELLECTUAL_PROPERTY',
  S9: 'INDISCRIMINATE_WEAPONS',
  S10: 'HATE',
  S11: 'SELF_HARM',
  S12: 'SEXUAL_CONTENT',
  S13: 'ELECTIONS',
  S14: 'CODE_INTERPRETER_ABUSE',
};

/** Every type name an escalation verdict can carry that Vouch's detectors also use. */
const vouchTypes: ReadonlySet<string> = new Set<string>([...contentSafetyCategories, ...promptInjectionTechniques, 'PROMPT_INJECTION']);

/** "Instruction override", "instruction-override", "instructionOverride" → "INSTRUCTION_OVERRIDE". */
export function toUpperSnake(name: string): string {
  return name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/**
 * A reported type name in Vouch's spelling: Llama Guard codes ("S10") become their category,
 * other names are written UPPER_SNAKE (known Vouch names then match exactly). Empty → undefined.
 */
export function toVouchType(name: string): string | undefined {
  const code = /^\s*s(\d{1,2})\s*$/i.exec(name);
  if (code) return llamaGuardCodes[`S${Number(code[1])}`] ?? `S${Number(code[1])}`;
  const snake = toUpperSnake(name);
  return snake === '' ? undefined : snake;
}

/** The names mapped with `toVouchType`, without duplicates, in first-seen order. */
export function toVouchTypes(names: Iterable<string>): string[] {
  const types = new Set<string>();
  for (const name of names) {
    const type = toVouchType(name);
    if (type !== undefined) types.add(type);
  }
  return [...types];
}

/** True when Vouch's own detectors use this type name. */
export function isVouchType(type: string): boolean {
  return vouchTypes.has(type);
}
