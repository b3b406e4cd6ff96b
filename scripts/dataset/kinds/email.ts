import { languagePacks } from '../language.js';
import { entityPiece, fillPhrase, negativePiece, type Piece } from '../pieces.js';
import { randomEmail } from '../values/contact.js';
import { timestamp } from '../values/negatives.js';
import { fullPersonName, randomPerson } from '../values/people.js';
import { fillerSentences, joinPieces, slotSentence, type RenderContext } from './shared.js';

/** "Amara Okafor <amara.okafor@…>": a display name and an address made from the same person. */
function mailbox(context: RenderContext): Piece[] {
  const person = randomPerson(context.random, context.language);
  const address = entityPiece('EMAIL_ADDRESS', randomEmail(context.random, person));
  if (context.random.chance(0.25)) return [address];
  return [entityPiece('PERSON', fullPersonName(context.random, person)), ' <', address, '>'];
}

function headers(context: RenderContext): Piece[] {
  const { random, language } = context;
  const lines: Piece[][] = [['From: ', ...mailbox(context)], ['To: ', ...mailbox(context)]];
  if (random.chance(0.3)) lines.push(['Cc: ', ...mailbox(context)]);
  lines.push([`Subject: ${random.pick(languagePacks[language].subjects)}`]);
  if (random.chance(0.5)) lines.push(['Date: ', negativePiece('timestamp', timestamp(random))]);
  return joinPieces(lines, '\n');
}

function signature(context: RenderContext): Piece[] {
  const { random, extra } = context;
  if (!extra || random.chance(0.4)) return [];
  const lines: Piece[][] = [[extra('PERSON')]];
  if (random.chance(0.5)) lines.push([random.pick(['Account Manager', 'Support Engineer', 'Head of Operations', 'Paralegal', 'Office Manager'])]);
  if (random.chance(0.5)) lines.push(['T: ', extra('PHONE_NUMBER')]);
  return joinPieces(lines, '\n');
}

/** An email: headers (when the text may carry entities), greeting, paragraphs, closing, signature. */
export function renderEmail(context: RenderContext): Piece[] {
  const { random, language, slots, extra } = context;
  const pack = languagePacks[language];
  const head = extra && random.chance(0.75) ? headers(context) : [`Subject: ${random.pick(pack.subjects)}`];
  const greeting = extra && random.chance(0.4) ? fillPhrase(random.pick(pack.namedGreetings), extra('PERSON')) : [random.pick(pack.greetings)];
  const sentences: Piece[][] = slots.map((slot) => slotSentence(slot, random, language));
  for (const filler of fillerSentences(random, language, random.int(1, 3))) sentences.splice(random.int(0, sentences.length), 0, [filler]);
  const cut = random.int(1, sentences.length);
  const paragraphs = [joinPieces(sentences.slice(0, cut), ' '), joinPieces(sentences.slice(cut), ' ')].filter((paragraph) => paragraph.length > 0);
  const parts = [head, greeting, ...paragraphs, [random.pick(pack.closings)], signature(context)];
  return joinPieces(parts.filter((part) => part.length > 0), '\n\n');
}
