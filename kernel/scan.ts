// Vouch's scan kernel, in AssemblyScript (compiled to WebAssembly by `npm run build:kernel`).
//
// The loops that walk a whole text once per scan, one file per family: digit runs (shared by the
// pii recognizers), long runs of a character set (base64 and hex candidates), the secrets trigger
// scan, the checks normalization and validation make, and the anchors of MAC, IPv6 and URL
// candidates; `chars.ts` holds the helpers they share. Each function mirrors a JavaScript twin
// that stays the reference (`src/text/kernel.ts` documents the memory layout; equivalence tests
// compare both on random and generated texts). Functions take many plain parameters because that
// is the WebAssembly boundary; `src/text/kernel.ts` and the callers wrap them.
//
// Memory is laid out by the caller: every pointer below is a byte offset, texts are UTF-16 code
// units, columns are i32.

export { lastLetterRuns, lastIdStartRuns, lastCryptoStarts, digitRuns } from './digit-runs';
export { longRuns, longNibbleRuns } from './long-runs';
export { scanTriggers } from './triggers';
export { specialUnits, firstLoneSurrogate } from './text-checks';
export { macAnchors, ipv6Colons, urlAnchors } from './anchors';
