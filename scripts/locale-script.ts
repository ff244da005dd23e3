import type { Locale } from '../src/locales/types';

/**
 * One locale as an ES5 script for the script-tag install: placed after the main
 * script, it registers itself before the notice renders (which waits for the
 * document to be parsed). Sites ship only the languages they want this way.
 */
export function localeScript(locale: Locale, version: string): string {
  // JSON is an ES5 expression once the two line separators JSON allows in strings are escaped.
  const data = JSON.stringify(locale).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return (
    `/*! old-browser-notice ${version} | MIT | locale ${locale.tag} */\n` +
    `;(function(){try{var n=window.OldBrowserNotice;if(n&&n.addLocale)n.addLocale(${data})}catch(e){}})();\n`
  );
}
