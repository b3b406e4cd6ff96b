import type { Finding } from '../../src/core/types.js';
import { detectors } from '../../src/detectors/index.js';
import type { Stage } from '../../src/detectors/types.js';
import { createTextViews } from '../../src/text/views.js';

/** What the scorer calls for every text: all findings, before any score threshold. */
export type Predict = (text: string) => Finding[];

export interface DetectorPredictOptions {
  /** Detector families to run (default pii and secrets). */
  detectorIds?: readonly string[];
  stage?: Stage;
}

/**
 * Runs detector families directly over the text views with every entity they know turned on
 * (including ones a default policy leaves off, such as PERSON and LOCATION).
 * @example
 * const predict = createDetectorPredict();
 * predict('mail me at ana@example.com');
 */
export function createDetectorPredict(options: DetectorPredictOptions = {}): Predict {
  const families = (options.detectorIds ?? ['pii', 'secrets']).map((id) => detectors.get(id));
  const stage = options.stage ?? 'input';
  return (text) => {
    const views = createTextViews(text);
    return families.flatMap((detector) => detector.scan({ views, stage, entities: new Set(detector.entities) }).findings);
  };
}
