import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import { AGENT_RULES } from '../src/detect/agent-rules';

/**
 * What the script tag's copy of ua-parser-js leaves out, one cut per row. Each cut
 * removes only what can never change a verdict: the npm builds use the real package
 * untouched, and test/dist/script-tag-parity.test.ts checks that the script tag judges
 * every fixture and dataset user agent exactly as they do. ua-parser-js is pinned
 * exactly; if its source ever changes shape, the build fails here instead of shipping
 * something half-cut.
 */
export const UA_PARSER_CUTS: ReadonlyArray<{ why: string; cut: RegExp; keep: string }> = [
  {
    why: 'The rules ask for the browser, engine and OS only: the CPU and device tables are most of the library.',
    cut: /\n {8}cpu : \[\[[\s\S]*?\n {8}\],\n\n {8}device : \[\[[\s\S]*?\n {8}\],\n\n(?= {8}engine : \[\[)/,
    keep: '\n        cpu : [],\n        device : [],\n\n',
  },
  {
    // The rules test the browser name only for IE, IEMobile, Opera, Samsung Internet and
    // Safari. The table is first-match, and every entry after its last Safari entry names
    // some other browser, so without them such a user agent gets no name instead of
    // another name that no rule tests.
    why: 'Browser entries after the last one that can say Safari.',
    cut: /\], \[\n\n {12}\/\(webkit\|khtml\)\\\/[\s\S]*?(?=\n {8}\],\n\n {8}cpu : )/,
    keep: ']',
  },
  {
    why: 'getCPU, getDevice and getResult: never called.',
    cut: /\n {8}this\.getCPU = [\s\S]*?\n(?= {8}this\.getEngine = )/,
    keep: '\n',
  },
  {
    why: 'getResult: never called (it would call the methods cut above).',
    cut: /\n {8}this\.getResult = [\s\S]*?\n(?= {8}this\.getUA = )/,
    keep: '\n',
  },
  {
    // Also keeps the bundled copy from writing `$.ua` onto a host page's jQuery.
    why: 'The UMD export, enum tables and jQuery/Zepto plug-in: the bundle imports the constructor as a module.',
    cut: /\n {4}UAParser\.VERSION = [\s\S]*\}\)\(typeof window === 'object' \? window : this\);\s*$/,
    keep: "\n    return UAParser;\n})(typeof window === 'object' ? window : undefined);\n",
  },
  {
    why: 'Parser extensions: the script tag never passes any.',
    cut: /_rgxmap = extensions \? extend\(regexes, extensions\) : regexes;/,
    keep: '_rgxmap = regexes;',
  },
  {
    why: 'The browser\'s major version: the rules read the whole version.',
    cut: /\n {12}_browser\[MAJOR\] = majorize\(_browser\[VERSION\]\);/,
    keep: '',
  },
  {
    why: 'getUA: never called.',
    cut: /\n {8}this\.getUA = function \(\) \{\n {12}return _ua;\n {8}\};/,
    keep: '',
  },
  {
    why: 'Calling UAParser without `new`: the script tag always constructs it.',
    cut: /\n {8}if \(!\(this instanceof UAParser\)\) \{\n[^\n]*\n {8}\}\n/,
    keep: '\n',
  },
  {
    why: 'Property maps of four (a replace, then a function): no table entry left has one.',
    cut: /\s*\} else if \(q\.length === 4\) \{\n[^\n]*\n(?= {32}\})/,
    keep: '\n',
  },
  {
    why: 'The module export for the cut above.',
    cut: /\n\(function \(window, undefined\) \{/,
    keep: '\nexport default (function (window, undefined) {',
  },
];

/**
 * The browser and engine tables' fixed names (`[NAME, 'Quark']`, `[NAME, OPERA+' GX']`,
 * `[NAME, 'Blink']`) that no agent rule's `browser` (or `engine`) pattern matches, blanked:
 * such a name can never change which rule applies, and the table keeps every pattern, so
 * that each entry still stops the ones after it from matching (first match wins). Where
 * the name is an entry's last property it goes altogether (the parser starts from no
 * name). Names a rule tests (`IE`, `Opera`, `Safari`, `Gecko`…) and names taken from the
 * user agent stay as they are. Read from the rules, so a rule that starts testing a name
 * keeps it. The OS table is left whole: its names are in every verdict.
 */
function blankUntestedNames(source: string, path: string): string {
  const fail = (what: string) => new Error(`ua-parser-lean: ${what} no longer fits ${path}; update blankUntestedNames for this ua-parser-js version.`);
  // The constants that hold names (`OPERA = 'Opera'`), not the ones that name a property (`VERSION`).
  const names = source.indexOf('\n    var AMAZON ');
  if (names === -1) throw fail('the name constants');
  const constants: Record<string, string> = {};
  for (const [, name, value] of source.slice(names, source.indexOf(';', names)).matchAll(/([A-Z_]+) *= '([^']*)'/g)) constants[name!] = value!;
  let out = source;
  for (const [from, to, field] of [
    ['\n        browser : [[', '\n        cpu : [],', 'browser'],
    ['\n        engine : [[', '\n        os : [[', 'engine'],
  ] as const) {
    const start = out.indexOf(from);
    const end = out.indexOf(to, start);
    if (start === -1 || end === -1 || start < names) throw fail(`the ${field} table`);
    const tested = AGENT_RULES.flatMap((rule) => (rule[field] ? [rule[field]] : []));
    const table = out.slice(start, end).replace(/(, )?\[NAME, ((?:'[^']*'|[A-Z_]+)(?: ?\+ ?(?:'[^']*'|[A-Z_]+))*)\](\]?)/g, (whole, comma: string | undefined, expression: string, last: string) => {
      let name = '';
      for (const part of expression.split(/ ?\+ ?/)) {
        if (part.startsWith("'")) name += part.slice(1, -1);
        else if (Object.prototype.hasOwnProperty.call(constants, part)) name += constants[part];
        else return whole;
      }
      if (tested.some((pattern) => pattern.test(name))) return whole;
      return comma && last ? last : `${comma || ''}[NAME, '']${last}`;
    });
    out = out.slice(0, start) + table + out.slice(end);
  }
  return out;
}

/** The source of ua-parser-js with every cut made; throws when one no longer fits. */
export function leanUaParser(source: string, path = 'ua-parser.js'): string {
  let out = source;
  for (const { why, cut, keep } of UA_PARSER_CUTS) {
    if (!cut.test(out)) throw new Error(`ua-parser-lean: \`${why}\` no longer fits ${path}; update the pattern for this ua-parser-js version.`);
    out = out.replace(cut, keep);
  }
  return blankUntestedNames(out, path);
}

/** The esbuild plugin that bundles the lean copy into the script tag. */
export const uaParserLean: Plugin = {
  name: 'ua-parser-lean',
  setup(build) {
    build.onLoad({ filter: /ua-parser-js[\\/]src[\\/]ua-parser\.js$/ }, (args) => ({
      contents: leanUaParser(readFileSync(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};

/**
 * The licence line for the copy bundled into the second stage: ua-parser-js is MIT, which
 * asks that its copyright notice go with every copy, and the minifier drops its header. Read
 * from the package's own header, so that it names the version and years actually bundled.
 */
export function uaParserNotice(): string {
  // Resolved from the project being built (the build runs there), as the bundler resolves it.
  const path = createRequire(join(process.cwd(), 'package.json')).resolve('ua-parser-js/src/ua-parser.js');
  const header = /\/\* (UAParser\.js v[\d.]+)\s+(Copyright © [^\n]+?)\s+(MIT License)/.exec(readFileSync(path, 'utf8'));
  if (!header) throw new Error(`ua-parser-lean: no copyright header at the top of ${path}; update uaParserNotice for this ua-parser-js version.`);
  return `/*! ${header[1]} | ${header[2]} | ${header[3]} */\n`;
}
