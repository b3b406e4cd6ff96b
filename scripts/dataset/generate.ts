import { entitySpecs, negativeSpecs, specFor, type EntitySpec } from './catalog.js';
import { renderCode } from './kinds/code.js';
import { renderCsv } from './kinds/csv.js';
import { renderDocument } from './kinds/document.js';
import { renderEmail } from './kinds/email.js';
import { renderJson } from './kinds/json.js';
import { renderLog } from './kinds/log.js';
import { renderMessage } from './kinds/message.js';
import type { RenderContext, Renderer, Slot } from './kinds/shared.js';
import { languages, type Language } from './language.js';
import { assemble, entityPiece, type LabelledRecord, type TextKind } from './pieces.js';
import { createRandom, type Random } from './random.js';

/** The seed and size of the committed set (data/eval/pii-labelled.jsonl). */
export const defaultSeed = 'vouch-pii-v1';
export const defaultCount = 4000;

export interface GenerateOptions {
  seed: string;
  count: number;
}

const renderers: Record<TextKind, Renderer> = {
  message: renderMessage,
  email: renderEmail,
  log: renderLog,
  json: renderJson,
  code: renderCode,
  csv: renderCsv,
  document: renderDocument,
};

const kindWeights: readonly (readonly [TextKind, number])[] = [['message', 26], ['email', 14], ['log', 14], ['json', 12], ['code', 13], ['csv', 9], ['document', 12]];
const languageWeights: Record<Language, number> = { en: 52, es: 7, de: 7, fr: 7, it: 6, pt: 6, pl: 5, nl: 5, hi: 5 };
const structuredKinds: ReadonlySet<TextKind> = new Set(['log', 'json', 'code', 'csv']);
/** Share of texts that carry at least one gold entity (the rest carry none). */
const positiveRate = 0.63;
/** Share of national-id mentions written without a naming word. */
const bareRate = 0.2;

function specWeight(spec: EntitySpec, kind: TextKind, language: Language): number {
  const usable = structuredKinds.has(kind) || spec.phrases[language] !== undefined;
  if (!usable) return 0;
  const home = spec.homeLanguage !== language ? 1 : language === 'en' ? 1.6 : 4;
  return spec.weight * (spec.kindWeights?.[kind] ?? 1) * home;
}

function entitySlot(random: Random, spec: EntitySpec, language: Language, bare: boolean): Slot {
  const made = spec.generate(random, language);
  const generated = typeof made === 'string' ? { value: made } : made;
  return { kind: 'entity', spec, value: generated.value, bare, generated };
}

function planSlots(random: Random, kind: TextKind, language: Language, positive: boolean): Slot[] {
  const slots: Slot[] = [];
  if (positive) {
    const count = kind === 'document' ? random.int(2, 6) : random.weighted([[1, 55], [2, 30], [3, 15]] as const);
    const weighted = entitySpecs.map((spec) => [spec, specWeight(spec, kind, language)] as const).filter(([, weight]) => weight > 0);
    for (let index = 0; index < count; index += 1) {
      const spec = random.weighted(weighted);
      slots.push(entitySlot(random, spec, language, spec.national !== undefined && random.chance(bareRate)));
    }
  }
  const negativeCount = positive ? random.weighted([[0, 55], [1, 30], [2, 15]] as const) : random.weighted([[0, 15], [1, 45], [2, 28], [3, 12]] as const);
  for (let index = 0; index < negativeCount; index += 1) {
    const spec = random.weighted(negativeSpecs.map((item) => [item, item.weight] as const));
    slots.push({ kind: 'negative', spec, value: spec.generate(random) });
  }
  return random.shuffle(slots);
}

/** Builds one labelled text; the same seed and index always give the same record. */
export function generateRecord(seed: string, index: number): LabelledRecord {
  const random = createRandom(`${seed}:${index}`);
  const kind = random.weighted(kindWeights);
  const language = random.weighted(languages.map((item) => [item, languageWeights[item]] as const));
  const positive = random.chance(positiveRate);
  const slots = planSlots(random, kind, language, positive);
  const context: RenderContext = {
    random,
    language,
    slots,
    again: (slot) => (slot.kind === 'entity' ? entitySlot(random, slot.spec, language, slot.bare) : { ...slot, value: slot.spec.generate(random) }),
    ...(positive ? { extra: (type: string) => entityPiece(type, specFor(type).generate(random, language)) } : {}),
  };
  const { text, entities, negativeTags } = assemble(renderers[kind](context));
  const tags = [...new Set(negativeTags)].sort();
  tags.push(`lang:${language}`);
  if (slots.some((slot) => slot.kind === 'entity' && slot.bare)) tags.push('id-without-context');
  return { id: `pii-${String(index).padStart(5, '0')}`, kind, text, entities, tags };
}

/** Builds the whole set. */
export function generateRecords(options: GenerateOptions): LabelledRecord[] {
  return Array.from({ length: options.count }, (_, index) => generateRecord(options.seed, index));
}

/** One JSON object per line, newline-terminated: the committed file format. */
export function toJsonl(records: readonly LabelledRecord[]): string {
  return records.map((record) => JSON.stringify(record)).join('\n') + '\n';
}
