// `npm run generate`: writes the files derived from the table of browser shapes
// (src/shapes/browser-shapes.ts) — the first stage's shapes and gate recipe, and the
// server's fast paths. Run it after editing the table; test/core/generated.test.ts fails
// until what is committed matches.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from '../src/shapes/generated-files';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const file of generatedFiles()) {
  let before = '';
  try {
    before = readFileSync(root + file.path, 'utf8');
  } catch {
    // Not written yet.
  }
  if (before === file.text) {
    console.log(`unchanged ${file.path}`);
  } else {
    writeFileSync(root + file.path, file.text);
    console.log(`wrote     ${file.path}`);
  }
}
