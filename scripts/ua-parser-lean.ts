import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

/**
 * The script tag asks ua-parser-js for the browser, engine and OS only, never the
 * device or CPU, whose regular expressions are most of the library. This esbuild
 * plugin empties those two tables in the bundled copy (the npm builds use the real
 * package untouched). ua-parser-js is pinned exactly; if its source ever changes
 * shape the build fails here instead of shipping something half-cut, and a test
 * checks that the script tag judges every fixture exactly as the full parser does.
 */
const UNUSED_TABLES = /\n {8}cpu : \[\[[\s\S]*?\n {8}\],\n\n {8}device : \[\[[\s\S]*?\n {8}\],\n\n(?= {8}engine : \[\[)/;

export const uaParserLean: Plugin = {
  name: 'ua-parser-lean',
  setup(build) {
    build.onLoad({ filter: /ua-parser-js[\\/]src[\\/]ua-parser\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!UNUSED_TABLES.test(source)) {
        throw new Error(`ua-parser-lean: the cpu/device tables were not found in ${args.path}; update the pattern for this ua-parser-js version.`);
      }
      return { contents: source.replace(UNUSED_TABLES, '\n        cpu : [],\n        device : [],\n\n'), loader: 'js' };
    });
  },
};
