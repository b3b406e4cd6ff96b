export interface PairedCounts {
  /** Both passed. */
  bothPass: number;
  /** Both failed. */
  bothFail: number;
  /** The baseline passed and the candidate failed (a regression). */
  b: number;
  /** The baseline failed and the candidate passed (an improvement). */
  c: number;
  /** Ids present in only one of the two runs; not part of the pairs. */
  unmatched: number;
}

/**
 * Pairs two runs' pass/fail outcomes by case id into the 2×2 table of a paired comparison.
 * @example
 * pairedOutcomes(new Map([['a', true]]), new Map([['a', false]])); // { bothPass: 0, bothFail: 0, b: 1, c: 0, unmatched: 0 }
 */
export function pairedOutcomes(baseline: Map<string, boolean>, candidate: Map<string, boolean>): PairedCounts {
  const counts: PairedCounts = { bothPass: 0, bothFail: 0, b: 0, c: 0, unmatched: 0 };
  for (const [id, baselinePass] of baseline) {
    const candidatePass = candidate.get(id);
    if (candidatePass === undefined) counts.unmatched += 1;
    else if (baselinePass && candidatePass) counts.bothPass += 1;
    else if (!baselinePass && !candidatePass) counts.bothFail += 1;
    else if (baselinePass) counts.b += 1;
    else counts.c += 1;
  }
  for (const id of candidate.keys()) if (!baseline.has(id)) counts.unmatched += 1;
  return counts;
}
