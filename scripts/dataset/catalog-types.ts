import type { Language } from './language.js';
import type { GeneratedValue } from './pieces.js';
import type { Random } from './random.js';

/** How one gold entity type is generated and written into text. */
export interface EntitySpec {
  type: string;
  /** Relative frequency among slots. */
  weight: number;
  /** The value as it appears in text; `language` is the text's language. */
  generate(random: Random, language: Language): string | GeneratedValue;
  /** Prose phrases with `{v}`, per language; a type is only used in languages listed here. */
  phrases: Partial<Record<Language, readonly string[]>>;
  /** Field, column or variable names for structured text (JSON, CSV, logs, config). */
  fields: readonly string[];
  /**
   * National ids: appear with a naming word nearby ~80% of the time, bare otherwise. For these,
   * `phrases`/`fields` carry the naming word and `bareFields` do not.
   */
  national?: {
    bareFields: readonly string[];
    /** Lower-case words that name this id, used to measure how often a mention carries one. */
    namingWords: readonly string[];
  };
  /** Language this id belongs to; its weight is boosted in texts of that language. */
  homeLanguage?: Language;
  /** Kinds where this type is more (or less) common, as weight multipliers. */
  kindWeights?: Partial<Record<string, number>>;
}

/** How one hard-negative family is generated and written. */
export interface NegativeSpec {
  tag: string;
  weight: number;
  generate(random: Random): string;
  /** English prose phrases with `{v}`. */
  phrases: readonly string[];
  fields: readonly string[];
}
