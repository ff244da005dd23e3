import type { Locale } from '../src/locales/types';
import { QUEUE } from '../src/script-tag/stub';

/**
 * One locale as an ES5 script. The second stage loads the visitor's language itself;
 * a site may also place locale scripts after the main script, and they register before
 * the notice renders (which waits for the document to be parsed). If the main script
 * has not arrived yet (the first stage is still loading the second), the locale waits
 * in a queue on a stand-in global that the second stage takes over.
 */
export function localeScript(locale: Locale, version: string): string {
  // JSON is an ES5 expression once the two line separators JSON allows in strings are escaped.
  const data = JSON.stringify(locale).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return (
    `/*! old-browser-notice ${version} | MIT | locale ${locale.tag} */\n` +
    `;(function(){try{var w=window,n=w.OldBrowserNotice,q=${JSON.stringify(QUEUE)};` +
    `if(n===void 0){n=w.OldBrowserNotice={addLocale:function(l){n[q].push(l)}};n[q]=[]}` +
    `if(n&&n.addLocale)n.addLocale(${data})}catch(e){}})();\n`
  );
}
