import { mapValues, negativePiece, type Piece } from '../pieces.js';
import type { Random } from '../random.js';
import { calendarDate, orderNumber, price } from '../values/negatives.js';
import { lowerSnake, slotField, slotPiece, type RenderContext, type Slot } from './shared.js';

interface Column {
  header: string;
  cell(row: number): Piece;
}

function fillerColumns(random: Random): Column[] {
  const all: Column[] = [
    { header: 'id', cell: (row) => String(1000 + row) },
    { header: 'status', cell: () => random.pick(['active', 'pending', 'closed']) },
    { header: 'created', cell: () => negativePiece('date', calendarDate(random)) },
    { header: 'order', cell: () => negativePiece('order-number', orderNumber(random)) },
    { header: 'amount', cell: () => negativePiece('price', price(random)) },
    { header: 'qty', cell: () => String(random.int(1, 40)) },
  ];
  return random.shuffle(all).slice(0, random.int(1, 3));
}

function slotColumn(context: RenderContext, slot: Slot): Column {
  const rows: Slot[] = [slot];
  return {
    header: lowerSnake(slotField(slot, context.random)),
    cell: (row) => {
      while (rows.length <= row) rows.push(context.again(slot));
      return slotPiece(rows[row]!);
    },
  };
}

function writeCell(piece: Piece, separator: string): Piece[] {
  const text = typeof piece === 'string' ? piece : piece.value;
  if (!text.includes(separator) && !/["\n]/.test(text)) return [piece];
  const doubleQuotes = (value: string): string => value.replace(/"/g, '""');
  return ['"', ...mapValues([piece], doubleQuotes).map((item) => (typeof item === 'string' ? doubleQuotes(item) : item)), '"'];
}

/** CSV/TSV exports: a header and rows; every slot becomes a column with fresh values per row. */
export function renderCsv(context: RenderContext): Piece[] {
  const { random, slots } = context;
  const separator = random.weighted([[',', 6], [';', 2], ['\t', 1]] as const);
  const columns = random.shuffle([...fillerColumns(random), ...slots.map((slot) => slotColumn(context, slot))]);
  const rowCount = random.int(1, slots.length > 2 ? 3 : 4);
  const pieces: Piece[] = [columns.map((column) => column.header).join(separator)];
  for (let row = 0; row < rowCount; row += 1) {
    pieces.push('\n');
    columns.forEach((column, index) => {
      if (index > 0) pieces.push(separator);
      pieces.push(...writeCell(column.cell(row), separator));
    });
  }
  return pieces;
}
