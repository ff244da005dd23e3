import { transform } from '@swc/core';

import { BAKED_PLACEHOLDER } from '../src/build/site-files';

/**
 * Turns an ES2020 IIFE into a minified ES5 template for the script tag. swc does
 * the downlevelling in loose mode, whose for-of over arrays needs no Symbol (IE
 * lacks it). One more function scope keeps swc's helpers from becoming globals and
 * takes the site's baked values as its parameter (`B$`, the sources' `__OBN_BAKED__`): the placeholder
 * argument is replaced when a site's files are written, after minification, so the
 * minifier never folds those values. The leading semicolon keeps the script intact
 * when a site concatenates it after a file that lacks one.
 */
export async function downlevelToEs5(code: string, { guard = false } = {}): Promise<string> {
  const result = await transform(code, {
    swcrc: false,
    minify: true,
    // ES5 as IE 9 runs it. The typeof-Symbol transform is left out: nothing here uses
    // symbols, and its helper would wrap every `typeof` in ua-parser-js (and `instanceof`).
    env: { targets: { ie: '9' }, loose: true, exclude: ['transform-typeof-symbol'] },
    jsc: {
      loose: true,
      parser: { syntax: 'ecmascript' },
      // A third pass: 14 bytes (gzipped) off the second stage, none off the first.
      minify: { compress: { passes: 3 }, mangle: true },
    },
  });
  // The baked values' name, shortened: it cannot be minified (the placeholder's parameter).
  if (/\bB\$/.test(result.code)) throw new Error('downlevel-es5: the minified code already uses `B$`');
  const body = result.code.trim().replace(/\b__OBN_BAKED__\b/g, 'B$');
  // `guard`: the whole file inside one try, start-up code included (ua-parser-js and the
  // tables run when the file loads), so that a page whose built-ins throw never hears of it.
  // An inner function, not a bare block: ES5 allows no function declarations in a block.
  const guarded = guard ? `try{(function(){${body}\n})()}catch(e){}` : `${body}\n`;
  return `;(function(B$){${guarded}})(${BAKED_PLACEHOLDER});\n`;
}
