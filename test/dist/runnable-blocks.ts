import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Markdown files of the README and docs/, recursively. */
function markdownFiles(root: string): string[] {
  const found = [join(root, 'README.md')];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.md')) found.push(join(dir, entry.name));
    }
  };
  walk(join(root, 'docs'));
  return found;
}

/**
 * Every shell block a reader is told to run, marked with ```` ```sh runnable ````: the
 * pack test runs them in a new project with the package installed.
 */
export function runnableBlocks(root: string): Array<{ file: string; code: string }> {
  const blocks: Array<{ file: string; code: string }> = [];
  for (const path of markdownFiles(root)) {
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(/^```sh runnable\n([\s\S]*?)^```$/gm)) blocks.push({ file: relative(root, path), code: match[1]! });
  }
  return blocks;
}
