/**
 * Cyrillic and Greek letters that look like Latin letters, as [code point, Latin letter].
 * Fullwidth and mathematical letters are not listed: NFKC already folds them.
 */
const confusablePairs: ReadonlyArray<readonly [number, string]> = [
  // Cyrillic small letters: a e o p c y x dze i je shha komi-de qa we palochka izhitsa ka straight-u omega
  [0x0430, 'a'], [0x0435, 'e'], [0x043e, 'o'], [0x0440, 'p'], [0x0441, 'c'], [0x0443, 'y'], [0x0445, 'x'],
  [0x0455, 's'], [0x0456, 'i'], [0x0458, 'j'], [0x04bb, 'h'], [0x0501, 'd'], [0x051b, 'q'], [0x051d, 'w'],
  [0x04cf, 'l'], [0x0475, 'v'], [0x043a, 'k'], [0x04af, 'y'], [0x0461, 'w'],
  // Cyrillic capital letters: A Ve E Ka Em En O Er Es Te U Ha Dze I Je palochka Qa We straight-U Shha izhitsa omega
  [0x0410, 'A'], [0x0412, 'B'], [0x0415, 'E'], [0x041a, 'K'], [0x041c, 'M'], [0x041d, 'H'], [0x041e, 'O'],
  [0x0420, 'P'], [0x0421, 'C'], [0x0422, 'T'], [0x0423, 'Y'], [0x0425, 'X'], [0x0405, 'S'], [0x0406, 'I'],
  [0x0408, 'J'], [0x04c0, 'I'], [0x051a, 'Q'], [0x051c, 'W'], [0x04ae, 'Y'], [0x04ba, 'H'], [0x0474, 'V'],
  [0x0460, 'W'],
  // Greek capital letters: Alpha Beta Epsilon Zeta Eta Iota Kappa Mu Nu Omicron Rho Tau Upsilon Chi, lunate Sigma, Yot, Digamma
  [0x0391, 'A'], [0x0392, 'B'], [0x0395, 'E'], [0x0396, 'Z'], [0x0397, 'H'], [0x0399, 'I'], [0x039a, 'K'],
  [0x039c, 'M'], [0x039d, 'N'], [0x039f, 'O'], [0x03a1, 'P'], [0x03a4, 'T'], [0x03a5, 'Y'], [0x03a7, 'X'],
  [0x03f9, 'C'], [0x037f, 'J'], [0x03dc, 'F'],
  // Greek small letters: alpha gamma epsilon eta iota kappa nu omicron rho tau upsilon chi omega, lunate sigma, yot
  [0x03b1, 'a'], [0x03b3, 'y'], [0x03b5, 'e'], [0x03b7, 'n'], [0x03b9, 'i'], [0x03ba, 'k'], [0x03bd, 'v'],
  [0x03bf, 'o'], [0x03c1, 'p'], [0x03c4, 't'], [0x03c5, 'u'], [0x03c7, 'x'], [0x03c9, 'w'], [0x03f2, 'c'],
  [0x03f3, 'j'],
];

/** Look-alike code point → the Latin letter it imitates. */
export const confusableToLatin: ReadonlyMap<number, string> = new Map(confusablePairs);
