import { languagePacks } from '../language.js';
import { negativePiece, type Piece } from '../pieces.js';
import type { Random } from '../random.js';
import { calendarDate } from '../values/negatives.js';
import { joinPieces, slotField, slotPiece, slotSentence, type RenderContext, type Slot } from './shared.js';

const formalSentences = [
  'This document summarises the information provided during the review and the actions agreed.',
  'All parties confirmed that the details below are accurate at the time of writing.',
  'The service was restored after the configuration change was rolled back.',
  'Any changes to these terms must be agreed in writing by both parties.',
  'The applicant has provided proof of identity and proof of address.',
  'Payment is due within thirty days of the invoice date.',
  'The root cause was a missing index on the accounts table, which caused requests to queue.',
  'Follow-up actions are tracked in the team backlog and reviewed weekly.',
  'The tenant agrees to keep the property in good condition and to report repairs promptly.',
  'Records will be retained for six years and then securely destroyed.',
  'The meeting opened with a review of last quarter’s objectives.',
  'Attendees agreed to revisit the budget once the vendor quotes arrive.',
  'No further action is required from the customer at this stage.',
  'The employee will complete mandatory training within the first month.',
  'Symptoms were reported as mild and the patient was advised to rest.',
  'Customer impact was limited to delayed notifications for about forty minutes.',
  'The contractor will provide weekly status updates until completion.',
  'Please keep a copy of this confirmation for your records.',
];
const headings = ['Summary', 'Details', 'Background', 'Timeline', 'Actions', 'Contact information', 'Terms', 'Notes', 'Next steps'];

/** Deals sentences from a shuffled deck so a document repeats none until the deck runs out. */
function createDeck(random: Random, language: RenderContext['language']): () => string {
  const pool = language === 'en' ? [...formalSentences, ...languagePacks.en.filler] : languagePacks[language].filler;
  let deck: string[] = [];
  return () => {
    if (deck.length === 0) deck = random.shuffle(pool);
    return deck.pop()!;
  };
}

function detailsBlock(context: RenderContext, slots: readonly Slot[]): Piece[] {
  const label = (slot: Slot): string => slotField(slot, context.random).replace(/[_-]/g, ' ').replace(/^./, (char) => char.toUpperCase());
  return joinPieces(slots.map((slot) => [`${label(slot)}: `, slotPiece(slot)]), '\n');
}

/** A long document: title, dated header, sections of paragraphs, slot sentences and a details block. */
export function renderDocument(context: RenderContext): Piece[] {
  const { random, language, slots } = context;
  const shuffled = random.shuffle(slots);
  const inBlock = shuffled.slice(0, random.int(0, Math.min(3, shuffled.length)));
  const inProse = shuffled.slice(inBlock.length);
  const sections: Piece[][] = [];
  const english = language === 'en';
  const sectionCount = english ? random.int(3, 7) : random.int(2, 3);
  const deal = createDeck(random, language);
  const titles = random.shuffle(headings);
  for (let index = 0; index < sectionCount; index += 1) {
    const paragraphs: Piece[][] = Array.from({ length: random.int(1, english ? 3 : 2) }, () => [Array.from({ length: random.int(2, 5) }, deal).join(' ')]);
    sections.push(joinPieces([[`## ${english ? titles[index]! : index + 1}`], ...paragraphs], '\n\n'));
  }
  for (const slot of inProse) {
    const section = sections[random.int(0, sections.length - 1)]!;
    section.push(' ', ...slotSentence(slot, random, language));
  }
  if (inBlock.length > 0) sections.splice(random.int(0, sections.length), 0, ['---\n', ...detailsBlock(context, inBlock)]);
  const title = `# ${random.pick(languagePacks[language].documentTitles)}`;
  const dated: Piece[] = [english ? 'Date: ' : '', negativePiece('date', calendarDate(random))];
  const preparedBy: Piece[] = context.extra && random.chance(0.4) ? ['Prepared by: ', context.extra('PERSON')] : [];
  const header = preparedBy.length > 0 ? [...dated, '\n', ...preparedBy] : dated;
  return joinPieces([[title], header, ...sections, [deal()]], '\n\n');
}
