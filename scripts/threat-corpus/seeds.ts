import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The seed lines this project writes for the threat detectors (data/corpora/threat/seed/*.jsonl):
 * prompt-injection lines carry `label` and `technique`, content-safety lines `labels` and `role`.
 */
export const techniques = [
  'PERSONA', 'REFUSAL_SUPPRESSION', 'HYPOTHETICAL_FRAMING', 'INSTRUCTION_OVERRIDE', 'SYSTEM_PROMPT_EXTRACTION', 'MANY_SHOT',
  'PAYLOAD_SPLITTING', 'INDIRECT_INSTRUCTION', 'DATA_EXFILTRATION', 'HIDDEN_TEXT', 'TOOL_TRIGGER',
] as const;

export const categories = [
  'VIOLENT_CRIMES', 'NON_VIOLENT_CRIMES', 'SEX_CRIMES', 'CHILD_EXPLOITATION', 'DEFAMATION', 'SPECIALIZED_ADVICE', 'PRIVACY',
  'INTELLECTUAL_PROPERTY', 'INDISCRIMINATE_WEAPONS', 'HATE', 'SELF_HARM', 'SEXUAL_CONTENT', 'ELECTIONS', 'CODE_INTERPRETER_ABUSE',
  'INSULT', 'THREAT', 'HARASSMENT', 'PROFANITY',
] as const;

const common = {
  text: z.string().min(1),
  lang: z.string().regex(/^[a-z]{2}$/),
  family: z.string().min(1),
  lookalike: z.boolean(),
};

export const injectionSeedSchema = z
  .object({
    ...common,
    label: z.enum(['attack', 'benign']),
    technique: z.enum(techniques).nullable(),
    source: z.enum(['user', 'document', 'tool']),
  })
  .strict()
  .refine((line) => (line.label === 'attack') === (line.technique !== null), { message: 'an attack needs a technique and a benign line none' });

export const safetySeedSchema = z
  .object({ ...common, labels: z.array(z.enum(categories)), role: z.enum(['user', 'model']) })
  .strict();

export type InjectionSeed = z.infer<typeof injectionSeedSchema> & { file: string };
export type SafetySeed = z.infer<typeof safetySeedSchema> & { file: string };

/** Reads every `prefix*.jsonl` in `directory`, failing with file, line and field on a bad line. */
export function readSeeds<Schema extends z.ZodType>(directory: string, prefix: string, schema: Schema): (z.infer<Schema> & { file: string })[] {
  const lines: (z.infer<Schema> & { file: string })[] = [];
  for (const file of readdirSync(directory).filter((name) => name.startsWith(prefix) && name.endsWith('.jsonl')).sort()) {
    const text = readFileSync(join(directory, file), 'utf8');
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new Error(`${file}:${index + 1}: not JSON (${(error as Error).message}); fix the line or remove it`);
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`${file}:${index + 1}: ${issue.path.join('.') || '(line)'}: ${issue.message}`);
      }
      lines.push({ ...(parsed.data as object), file } as z.infer<Schema> & { file: string });
    });
  }
  return lines;
}
