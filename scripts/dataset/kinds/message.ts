import { languagePacks } from '../language.js';
import { fillPhrase, type Piece } from '../pieces.js';
import { fillerSentences, joinPieces, slotSentence, type RenderContext } from './shared.js';

const emoji = ['🙏', '👍', '😅', '🙂', '🚀', '😩', '✅', '👋🏽', '🤔'];

function greeting(context: RenderContext): Piece[] {
  const { random, language, extra } = context;
  const pack = languagePacks[language];
  if (extra && random.chance(0.3)) return fillPhrase(random.pick(pack.namedGreetings), extra('PERSON'));
  return random.chance(0.7) ? [random.pick(pack.greetings)] : [];
}

/** A chat or support message: greeting, sentences carrying the slots, filler, a closing. */
export function renderMessage(context: RenderContext): Piece[] {
  const { random, language, slots } = context;
  const pack = languagePacks[language];
  const sentences: Piece[][] = slots.map((slot) => slotSentence(slot, random, language));
  for (const filler of fillerSentences(random, language, random.int(slots.length === 0 ? 1 : 0, 2))) {
    sentences.splice(random.int(0, sentences.length), 0, [filler]);
  }
  if (random.chance(0.25)) sentences.splice(random.int(0, sentences.length), 0, [random.pick(emoji)]);
  const body = joinPieces(sentences, random.pick([' ', ' ', '\n']));
  const parts: Piece[][] = [greeting(context), body];
  if (random.chance(0.6)) parts.push([random.pick(pack.closings)]);
  if (context.extra && random.chance(0.15)) parts.push(['— ', context.extra('PERSON')]);
  const lowercase = language === 'en' && random.chance(0.1);
  const joined = joinPieces(parts.filter((part) => part.length > 0), random.pick([' ', '\n', '\n\n']));
  return lowercase ? joined.map((piece) => (typeof piece === 'string' ? piece.toLowerCase() : piece)) : joined;
}
