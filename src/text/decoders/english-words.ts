/**
 * Frequent English words (function words, common verbs, and words typical of instructions to a
 * model), lowercase. ROT13 detection counts how many words of a segment read as one of these.
 */
export const commonEnglishWords: ReadonlySet<string> = new Set(
  `the be to of and in that have it for not on with he as you do at this but his by from they we say her she or
  an will my one all would there their what so up out if about who get which go me when make can like no just him
  know take into your some could them see other than then now only its over also after use how our well way even
  want because any these give most us is are was were been has had did does am should must may might here where
  why very more new first last every each both few many much own same too again before below between through
  during without under while until against please yes hello thanks ignore previous instructions instruction
  system prompt password secret reveal tell show print output forget rules disregard above assistant user admin
  key token send delete execute command act pretend role answer respond mode developer bypass restrictions filter
  policy safety access data email file code write read text message following everything anything nothing
  always never`.split(/\s+/),
);

/**
 * Natural log of each letter's frequency in English text (a..z), from standard letter-frequency
 * tables in percent.
 */
export const letterLogFrequency: readonly number[] = [
  8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98,
  2.4, 0.15, 2.0, 0.074,
].map((percent) => Math.log(percent / 100));
