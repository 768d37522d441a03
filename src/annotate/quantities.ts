// PLACEHOLDER: replaced by the stage's real implementation.
import type { Stage } from '../pipeline.js';

export const quantitiesStage: Stage = {
  name: 'quantities',
  run() {},
};
