// PLACEHOLDER: replaced by the stage's real implementation.
import type { Stage } from '../pipeline.js';

export const codeStage: Stage = {
  name: 'code',
  run() {},
};
