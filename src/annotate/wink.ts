// The wink-nlp English pipelines (wink-eng-lite-web-model), loaded once per process on first use so
// that commands which never annotate do not pay for the model. Two pipelines share the model:
// sentence boundaries only (what the pipeline stage needs; a third of the cost) and boundaries with
// a part of speech per token.
import { createRequire } from 'node:module';
import type { WinkMethods } from 'wink-nlp';

const require = createRequire(import.meta.url);
const pipelines = new Map<string, WinkMethods>();

/** wink with sentence boundaries, and with part-of-speech tags when `pos` is true. */
export function wink(pos = true): WinkMethods {
  const key = pos ? 'sbd+pos' : 'sbd';
  let nlp = pipelines.get(key);
  if (!nlp) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkMethods;
    const model = require('wink-eng-lite-web-model');
    // No entities, negation or sentiment.
    nlp = winkNLP(model, pos ? ['sbd', 'pos'] : ['sbd']);
    pipelines.set(key, nlp);
  }
  return nlp;
}
