import { createRegistry } from '../core/registry.js';
import { contentSafetyTraining } from './content-safety/training.js';
import type { TrainableDetector } from './learned/training.js';
import { promptInjectionTraining } from './prompt-injection/training.js';

/** Detectors `vouch train` can train, by id. */
export const trainableDetectors = createRegistry<TrainableDetector>('trainable detector', [promptInjectionTraining, contentSafetyTraining]);
