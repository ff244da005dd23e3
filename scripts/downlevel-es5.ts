import { transform } from '@swc/core';

/**
 * Turns an ES2020 IIFE into minified ES5 for the script tag. swc does the
 * downlevelling in loose mode, whose for-of over arrays needs no Symbol (IE lacks
 * it), and its helpers are kept inside one more function scope so that they never
 * become globals. The leading semicolon keeps the script intact when a site
 * concatenates it after a file that lacks one.
 */
export async function downlevelToEs5(code: string, banner: string): Promise<string> {
  const result = await transform(code, {
    swcrc: false,
    minify: true,
    jsc: {
      target: 'es5',
      loose: true,
      parser: { syntax: 'ecmascript' },
      minify: { compress: { passes: 2 }, mangle: true },
    },
  });
  return `${banner}\n;(function(){${result.code.trim()}\n})();\n`;
}
