import { describe, expect, it } from 'vitest';
import { contentSafetyCategories } from '../content-safety/index.js';
import { isVouchType, llamaGuardCodes, toUpperSnake, toVouchType, toVouchTypes } from './categories.js';

describe('escalation type names', () => {
  it('maps S1–S14 to the first fourteen content-safety categories, in order', () => {
    const codes = Array.from({ length: 14 }, (_, index) => llamaGuardCodes[`S${index + 1}`]);
    expect(codes).toEqual(contentSafetyCategories.slice(0, 14));
    expect(llamaGuardCodes.S1).toBe('VIOLENT_CRIMES');
    expect(llamaGuardCodes.S14).toBe('CODE_INTERPRETER_ABUSE');
  });

  it('writes names UPPER_SNAKE and reads Llama Guard codes', () => {
    expect(toUpperSnake('instruction override')).toBe('INSTRUCTION_OVERRIDE');
    expect(toUpperSnake('systemPromptExtraction')).toBe('SYSTEM_PROMPT_EXTRACTION');
    expect(toUpperSnake('  self-harm/intent ')).toBe('SELF_HARM_INTENT');
    expect(toVouchType('s9')).toBe('INDISCRIMINATE_WEAPONS');
    expect(toVouchType('S07')).toBe('PRIVACY');
    expect(toVouchType(' - ')).toBeUndefined();
    expect(toVouchTypes(['hate', 'HATE', 'S10', 'Jailbreak'])).toEqual(['HATE', 'JAILBREAK']);
  });

  it('knows Vouch type names', () => {
    expect(isVouchType('PERSONA')).toBe(true);
    expect(isVouchType('PROFANITY')).toBe(true);
    expect(isVouchType('PROMPT_INJECTION')).toBe(true);
    expect(isVouchType('JAILBREAK')).toBe(false);
  });
});
