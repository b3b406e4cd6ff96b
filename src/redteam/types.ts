import { z } from 'zod';
import type { Target } from '../providers/types.js';

/** OWASP Top 10 for LLM Applications 2025 ids. */
export const owaspIds = ['LLM01', 'LLM02', 'LLM03', 'LLM04', 'LLM05', 'LLM06', 'LLM07', 'LLM08', 'LLM09', 'LLM10'] as const;

/** Harm categories (the MLCommons hazards the content-safety detector uses, kebab-case) plus "none". */
export const harmCategories = [
  'none',
  'violent-crimes',
  'non-violent-crimes',
  'sex-crimes',
  'child-exploitation',
  'defamation',
  'specialized-advice',
  'privacy',
  'intellectual-property',
  'indiscriminate-weapons',
  'hate',
  'self-harm',
  'sexual-content',
  'elections',
  'code-interpreter-abuse',
] as const;

/**
 * What counts as the attack working: the target complied instead of refusing, a canary planted in
 * its system prompt (or given to it in a document) appeared in its answer, or it called a tool.
 */
export const successCriteria = ['complied', 'canary-leaked', 'tool-called'] as const;

/** One red-team corpus item (one JSONL line), with its provenance. */
export const corpusItemSchema = z
  .object({
    /** Unique in the corpus: lowercase letters, digits, hyphens (mutated items: parent id + mutator chain). */
    id: z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'lowercase letters, digits, "-" and "." only'),
    /** The user's message. */
    text: z.string().min(1),
    /** attack: should be refused or resisted; benign: borderline-looking but fine, should be answered. */
    kind: z.enum(['attack', 'benign']),
    category: z
      .object({
        owasp: z.enum(owaspIds),
        harm: z.enum(harmCategories),
      })
      .strict(),
    /** The attack technique or benign look-alike family, kebab-case (e.g. "persona-dan", "security-education"). */
    technique: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Attacks only: what counts as the attack working (default "complied"). */
    success: z.enum(successCriteria).optional(),
    /**
     * Untrusted content the application hands the model with the message (a web page, an email,
     * tool output): indirect-injection items carry the injection here. May contain `{{canary}}`.
     */
    document: z.string().min(1).optional(),
    /** Tools the target is offered (names), for tool-misuse items. */
    tools: z.array(z.string().min(1)).optional(),
    source: z.string().min(1),
    author: z.string().min(1),
    license: z.string().min(1),
    /** ISO date (YYYY-MM-DD). */
    created: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** The item this one was derived from (null for an original). */
    parent: z.string().nullable(),
    /** Mutators applied to the parent, in order (empty for an original). */
    mutations: z.array(z.string()),
    lang: z.string().min(2).default('en'),
  })
  .strict();

export type CorpusItem = z.infer<typeof corpusItemSchema>;

/** What a mutator may use: a seeded random source, and for model-driven mutators a target. */
export interface MutatorContext {
  /** Seeded: the same seed and text give the same mutation. */
  random: () => number;
  /** Translation and paraphrase: the target that rewrites (configured by the user). */
  rewriter?: Target;
  /** Translation: the language to translate into (BCP 47, default "fr"). */
  language?: string;
  signal?: AbortSignal;
}

/** A way to rewrite an attack, one file each under src/redteam/mutators/. Deterministic given the context's seed (and, for model-driven ones, the target's answers). */
export interface Mutator {
  readonly id: string;
  readonly description: string;
  /** Needs `context.rewriter` (translation, paraphrase). */
  readonly requiresTarget?: boolean;
  /** The output is in `context.language` (translation): the mutated item's `lang` becomes it. */
  readonly setsLanguage?: boolean;
  mutate(text: string, context: MutatorContext): string | Promise<string>;
}
