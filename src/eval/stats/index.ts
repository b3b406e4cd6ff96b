/** Statistics for evaluation runs: intervals, paired tests, multiplicity and sample-size planning. */
export { normalCdf, normalQuantile } from './normal.js';
export { logChoose, logGamma } from './gamma.js';
export { criticalValue, wilsonInterval, wilsonIntervalZ } from './wilson.js';
export { mcnemarExact, type McNemarResult } from './mcnemar.js';
export { pairedOutcomes, type PairedCounts } from './paired.js';
export { pairedBootstrap, type BootstrapOptions, type BootstrapResult } from './bootstrap.js';
export { holm, type HolmDecision } from './holm.js';
export {
  nonInferiority,
  type NonInferiorityOptions,
  type NonInferiorityResult,
  type NonInferiorityVerdict,
  type PairedTable,
} from './noninferiority.js';
export {
  casesForInterval,
  casesForMcNemar,
  casesForNonInferiority,
  type McNemarPlanOptions,
  type NonInferiorityPlanOptions,
} from './plan.js';
