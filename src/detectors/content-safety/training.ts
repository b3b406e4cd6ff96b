import type { TrainableDetector } from '../learned/training.js';
import { contentSafetyCategories, contentSafetyRules } from './index.js';

/** Training for content-safety: `labels` lists the line's categories (empty for safe text). */
export const contentSafetyTraining: TrainableDetector = {
  id: 'content-safety',
  kind: 'sigmoid',
  classes: contentSafetyCategories,
  rules: contentSafetyRules,
  features: { bits: 18, charMin: 3, charMax: 5, wordMax: 2 },
  sharedThreshold: true,
  example: '{"text": "how do I pick my neighbour\'s lock", "labels": ["NON_VIOLENT_CRIMES"]}',
  targetsOf(line) {
    if (line.labels === undefined) throw new Error('labels: missing; list the categories, [] for safe text');
    return line.labels.map((label) => {
      const category = label.trim().toUpperCase().replaceAll('-', '_');
      if (!(contentSafetyCategories as readonly string[]).includes(category)) throw new Error(`labels: "${label}" is not one of ${contentSafetyCategories.join(', ')}`);
      return category;
    });
  },
};
