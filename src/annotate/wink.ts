// The wink-nlp English pipeline (wink-eng-lite-web-model), loaded once per process on first use so
// that commands which never annotate do not pay for the model.
import { createRequire } from 'node:module';
import type { WinkMethods } from 'wink-nlp';

const require = createRequire(import.meta.url);
let nlp: WinkMethods | null = null;

export function wink(): WinkMethods {
  if (!nlp) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkMethods;
    const model = require('wink-eng-lite-web-model');
    // Sentence boundaries and part of speech only: no entities, negation or sentiment.
    nlp = winkNLP(model, ['sbd', 'pos']);
  }
  return nlp;
}
