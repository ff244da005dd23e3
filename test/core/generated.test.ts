import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GENERATED_HEADER, generatedFiles } from '../../src/shapes/generated-files';

// The first stage's shapes and gate recipe and the server's fast paths are generated from
// one table (src/shapes/browser-shapes.ts): what is committed must be what the table gives.
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the files generated from the table of browser shapes', () => {
  it.each(generatedFiles().map((file) => [file.path, file.text]))('%s is what `npm run generate` writes', (path, text) => {
    let committed = '';
    try {
      committed = readFileSync(root + path, 'utf8');
    } catch {
      // Missing: stale too.
    }
    expect(text.startsWith(GENERATED_HEADER + '\n')).toBe(true);
    if (committed !== text) {
      expect.fail(`${path} is not what src/shapes/browser-shapes.ts gives: run \`npm run generate\` and commit the result`);
    }
  });
});
