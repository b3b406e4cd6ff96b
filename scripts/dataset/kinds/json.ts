import { mapValues, negativePiece, type Piece } from '../pieces.js';
import type { Random } from '../random.js';
import { timestamp, uuid } from '../values/negatives.js';
import { joinPieces, slotField, slotSentence, slotPiece, type RenderContext } from './shared.js';

type JsonValue = Piece[] | number | boolean | { object: readonly Entry[] };
type Entry = readonly [string, JsonValue];

const escape = (text: string): string => JSON.stringify(text).slice(1, -1);

function stringValue(pieces: readonly Piece[]): Piece[] {
  const escaped = mapValues(pieces, escape).map((piece) => (typeof piece === 'string' ? escape(piece) : piece));
  return ['"', ...escaped, '"'];
}

function serialize(entries: readonly Entry[], indent: string | undefined, depth: number): Piece[] {
  const pad = indent === undefined ? '' : `\n${indent.repeat(depth + 1)}`;
  const close = indent === undefined ? '' : `\n${indent.repeat(depth)}`;
  const items = entries.map(([key, value]): Piece[] => {
    const written = Array.isArray(value) ? stringValue(value) : typeof value === 'object' ? serialize(value.object, indent, depth + 1) : [String(value)];
    return [pad, `"${key}":${indent === undefined ? '' : ' '}`, ...written];
  });
  return ['{', ...joinPieces(items, ','), close, '}'];
}

function fillerEntries(random: Random): Entry[] {
  const all: Entry[] = [
    ['id', [negativePiece('uuid', uuid(random))]],
    ['status', [random.pick(['active', 'pending', 'closed', 'failed'])]],
    ['created_at', [negativePiece('timestamp', timestamp(random))]],
    ['plan', [random.pick(['free', 'pro', 'enterprise'])]],
    ['retries', random.int(0, 5)],
    ['verified', random.chance(0.5)],
    ['currency', [random.pick(['EUR', 'USD', 'GBP', 'INR', 'BRL'])]],
    ['locale', [random.pick(['en-GB', 'de-DE', 'fr-FR', 'pt-BR', 'es-ES'])]],
  ];
  return random.shuffle(all).slice(0, random.int(2, 5));
}

/** A chat-completion request whose user message carries the slots in prose. */
function chatPayload(context: RenderContext): Piece[] {
  const { random, language, slots } = context;
  const content = joinPieces(slots.map((slot) => slotSentence(slot, random, language)), ' ');
  const indent = random.chance(0.5) ? '  ' : undefined;
  const message = serialize([['role', ['user']], ['content', content]], indent, 2);
  const nl = indent === undefined ? '' : '\n';
  return [`{${nl}${indent ?? ''}"model": "gpt-4o-mini",${nl}${indent ?? ''}"messages": [${nl}${(indent ?? '').repeat(2)}`, ...message, `${nl}${indent ?? ''}]${nl}}`];
}

/** A JSON payload: a record with slot fields (sometimes nested) or a chat request with slot prose. */
export function renderJson(context: RenderContext): Piece[] {
  const { random, slots } = context;
  if (slots.length > 0 && random.chance(0.3)) return chatPayload(context);
  const indent = random.pick(['  ', '    ', undefined]);
  const slotEntries: Entry[] = slots.map((slot) => [slotField(slot, random), [slotPiece(slot)]]);
  const entries = [...fillerEntries(random)];
  if (slotEntries.length > 1 && random.chance(0.4)) {
    return serialize([...entries, [random.pick(['customer', 'user', 'payer', 'contact']), { object: slotEntries }]], indent, 0);
  }
  for (const entry of slotEntries) entries.splice(random.int(0, entries.length), 0, entry);
  return serialize(entries, indent, 0);
}
