import type { EntitySpec, NegativeSpec } from '../catalog-types.js';
import { languagePacks, type Language } from '../language.js';
import { entityPiece, fillPhrase, negativePiece, type EntityPiece, type GeneratedValue, type Piece } from '../pieces.js';
import type { Random } from '../random.js';

/** One planned value: a gold entity (with or without its naming word) or a hard negative. */
export type Slot =
  | { kind: 'entity'; spec: EntitySpec; value: string; bare: boolean; generated: GeneratedValue }
  | { kind: 'negative'; spec: NegativeSpec; value: string };

/** What a kind renderer gets to build one text. */
export interface RenderContext {
  random: Random;
  language: Language;
  slots: readonly Slot[];
  /**
   * Makes a fresh labelled value of `type` for framing (a sender's address, a CSV row); absent
   * when the text must carry no entity.
   */
  extra?: (type: string) => EntityPiece;
  /** Makes a fresh value for a slot's spec (used for CSV rows after the first). */
  again: (slot: Slot) => Slot;
}

export type Renderer = (context: RenderContext) => Piece[];

export function slotPiece(slot: Slot): Piece {
  return slot.kind === 'entity' ? entityPiece(slot.spec.type, slot.generated, slot.bare) : negativePiece(slot.spec.tag, slot.value);
}

/** The phrase a slot is written with in prose, in the text's language where possible. */
export function slotPhrase(slot: Slot, random: Random, language: Language): string {
  const pack = languagePacks[language];
  if (slot.kind === 'negative') return language === 'en' ? random.pick(slot.spec.phrases) : `${random.pick(slot.spec.fields)}: {v}`;
  if (slot.bare) return random.pick(pack.bare);
  return random.pick(slot.spec.phrases[language] ?? slot.spec.phrases.en ?? ['{v}']);
}

/** Capitalizes the first letter and ends the clause with a full stop unless it ends in punctuation. */
export function asSentence(phrase: string): string {
  const capitalized = phrase.startsWith('{v}') ? phrase : phrase.replace(/^\p{Ll}/u, (char) => char.toUpperCase());
  return /[.!?…]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

/** A slot as a prose sentence. */
export function slotSentence(slot: Slot, random: Random, language: Language): Piece[] {
  return fillPhrase(asSentence(slotPhrase(slot, random, language)), slotPiece(slot));
}

/** The field or column name a slot is stored under. */
export function slotField(slot: Slot, random: Random): string {
  if (slot.kind === 'negative') return random.pick(slot.spec.fields);
  if (slot.bare && slot.spec.national) return random.pick(slot.spec.national.bareFields);
  return random.pick(slot.spec.fields);
}

/** "contactEmail", "NHS number", "nhs_no" → "CONTACT_EMAIL", "NHS_NUMBER", "NHS_NO". */
export function upperSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/** "NHS number", "nhsNumber" → "nhs_number". */
export function lowerSnake(name: string): string {
  return upperSnake(name).toLowerCase();
}

/** Joins groups of pieces with a separator string. */
export function joinPieces(groups: readonly (readonly Piece[])[], separator: string): Piece[] {
  const joined: Piece[] = [];
  groups.forEach((group, index) => {
    if (index > 0) joined.push(separator);
    joined.push(...group);
  });
  return joined;
}

/** Distinct neutral filler sentences in the text's language. */
export function fillerSentences(random: Random, language: Language, count: number): string[] {
  return random.shuffle(languagePacks[language].filler).slice(0, count);
}

/** Picks a quote character the value does not contain. */
export function quoteFor(value: string, preferred: '"' | "'"): '"' | "'" {
  if (!value.includes(preferred)) return preferred;
  return preferred === '"' ? "'" : '"';
}
