// The body of the project's reference article (examples/harem-operation.txt): headline and the
// publishers' disclaimers cut off, as the clean stage leaves it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_DIR } from '../../src/paths.js';

export function referenceBody(): string {
  const raw = readFileSync(join(EXAMPLES_DIR, 'harem-operation.txt'), 'utf8');
  return raw.split('\n').slice(1).join('\n').split('Legal Disclaimer:')[0].trimEnd();
}
