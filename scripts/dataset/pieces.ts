/** The kinds of text in the evaluation set. */
export const textKinds = ['message', 'email', 'log', 'json', 'code', 'csv', 'document'] as const;
export type TextKind = (typeof textKinds)[number];

/** A labelled span in a record; start/end are UTF-16 indices into `text`. */
export interface LabelledEntity {
  type: string;
  start: number;
  end: number;
  /** Set on a national id written with no word naming its type nearby (see data/eval/README.md). */
  unnamed?: true;
}

/** One line of the JSONL evaluation set. */
export interface LabelledRecord {
  id: string;
  kind: TextKind;
  text: string;
  entities: LabelledEntity[];
  tags: string[];
}

/** A gold entity to place in the text. */
export interface EntityPiece {
  entity: string;
  /** The text inserted. */
  value: string;
  /** The part of `value` that is the entity (e.g. only the password of a connection string); default all of it. */
  span?: readonly [number, number];
  /** Further gold entities inside `value`, offsets relative to its start (e.g. the URL around a webhook secret). */
  also?: readonly LabelledEntity[];
  /** Written with no word naming its type (a bare national id). */
  unnamed?: boolean;
}

/** A generated value, optionally with a sub-span and nested labels (see EntityPiece). */
export interface GeneratedValue {
  value: string;
  span?: readonly [number, number];
  also?: readonly LabelledEntity[];
}

/** A look-alike that must NOT be found; `tag` names the hard-negative family. */
export interface NegativePiece {
  negative: string;
  value: string;
}

/** Text is built from plain strings, gold entities and tagged hard negatives. */
export type Piece = string | EntityPiece | NegativePiece;

export function entityPiece(type: string, generated: string | GeneratedValue, unnamed = false): EntityPiece {
  const piece: EntityPiece = typeof generated === 'string' ? { entity: type, value: generated } : { entity: type, ...generated };
  return unnamed ? { ...piece, unnamed: true } : piece;
}

export function negativePiece(tag: string, value: string): NegativePiece {
  return { negative: tag, value };
}

/** Splits a phrase such as "my NHS number is {v}." around `{v}` and puts `value` there. */
export function fillPhrase(phrase: string, value: Piece): Piece[] {
  const at = phrase.indexOf('{v}');
  if (at === -1) throw new Error(`phrase without {v}: ${phrase}`);
  return [phrase.slice(0, at), value, phrase.slice(at + 3)].filter((piece) => piece !== '');
}

/** Joins pieces into text and records the UTF-16 span of every entity; negatives become tags. */
export function assemble(pieces: readonly Piece[]): { text: string; entities: LabelledEntity[]; negativeTags: string[] } {
  let text = '';
  const entities: LabelledEntity[] = [];
  const negativeTags: string[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
    } else if ('entity' in piece) {
      const [from, to] = piece.span ?? [0, piece.value.length];
      entities.push({ type: piece.entity, start: text.length + from, end: text.length + to, ...(piece.unnamed ? { unnamed: true as const } : {}) });
      for (const inner of piece.also ?? []) entities.push({ type: inner.type, start: text.length + inner.start, end: text.length + inner.end });
      text += piece.value;
    } else {
      negativeTags.push(`hard-negative:${piece.negative}`);
      text += piece.value;
    }
  }
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, entities, negativeTags };
}

function mapOffset(value: string, offset: number, transform: (value: string) => string): number {
  return transform(value.slice(0, offset)).length;
}

/**
 * Maps the value of every entity and negative piece with a character-wise escape (JSON, CSV
 * quote doubling), moving sub-spans and nested labels with it; plain text is left alone.
 */
export function mapValues(pieces: readonly Piece[], transform: (value: string) => string): Piece[] {
  return pieces.map((piece) => {
    if (typeof piece === 'string') return piece;
    if (!('entity' in piece)) return { ...piece, value: transform(piece.value) };
    const move = (offset: number): number => mapOffset(piece.value, offset, transform);
    return {
      ...piece,
      value: transform(piece.value),
      ...(piece.span ? { span: [move(piece.span[0]), move(piece.span[1])] as const } : {}),
      ...(piece.also ? { also: piece.also.map((inner) => ({ ...inner, start: move(inner.start), end: move(inner.end) })) } : {}),
    };
  });
}
