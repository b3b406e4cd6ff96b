/** A card scheme: inclusive IIN prefix ranges (compared on the first digits) and the PAN lengths it issues. */
export interface CardIssuer {
  readonly name: string;
  readonly ranges: readonly (readonly [low: number, high: number])[];
  readonly lengths: readonly number[];
}

const sixteenToNineteen = [16, 17, 18, 19];

/** Payment card schemes by issuer identification number (IIN) range and length. */
export const cardIssuers: readonly CardIssuer[] = [
  { name: 'visa', ranges: [[4, 4]], lengths: [13, 16, 19] },
  { name: 'mastercard', ranges: [[51, 55], [2221, 2720]], lengths: [16] },
  { name: 'amex', ranges: [[34, 34], [37, 37]], lengths: [15] },
  { name: 'discover', ranges: [[6011, 6011], [644, 649], [65, 65], [622126, 622925]], lengths: sixteenToNineteen },
  { name: 'jcb', ranges: [[3528, 3589]], lengths: sixteenToNineteen },
  { name: 'diners', ranges: [[300, 305], [3095, 3095], [36, 36], [38, 39]], lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'unionpay', ranges: [[62, 62]], lengths: sixteenToNineteen },
  { name: 'mir', ranges: [[2200, 2204]], lengths: sixteenToNineteen },
  {
    name: 'maestro',
    ranges: [[5018, 5018], [5020, 5020], [5038, 5038], [5893, 5893], [6304, 6304], [6759, 6759], [6761, 6763]],
    lengths: [13, 14, 15, 16, 17, 18, 19],
  },
];

/** The scheme whose IIN range and length fit `digits`, or undefined. */
export function findCardIssuer(digits: string): CardIssuer | undefined {
  return cardIssuers.find(
    (issuer) =>
      issuer.lengths.includes(digits.length) &&
      issuer.ranges.some(([low, high]) => {
        const prefix = Number(digits.slice(0, String(low).length));
        return prefix >= low && prefix <= high;
      }),
  );
}
