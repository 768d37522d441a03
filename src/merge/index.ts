// PLACEHOLDER: replaced by the stage's real implementation.
import type { Stage } from '../pipeline.js';

export const mergeStage: Stage = {
  name: 'merge',
  run() {},
};
