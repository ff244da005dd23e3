/**
 * What the lazy entry (lazy.ts) loads when its first check cannot call the browser
 * current, or in preview: the whole notice, exactly as `showNotice` from the main entry.
 */
import type { Verdict } from './verdict';
import { withBuiltInLocales } from './notice/api';
import type { ShowOptions } from './notice/options';
import { showNoticeWith } from './notice/show';
import { readShowOptions } from './notice/option-rules';
import { WITHOUT_USAGE_DATA } from './policy/without-usage-data';

export function showFullNotice(options: ShowOptions | undefined): Verdict | null {
  try {
    const read = readShowOptions(options);
    return showNoticeWith(WITHOUT_USAGE_DATA, withBuiltInLocales(read), read.document || document);
  } catch {
    // Never a rejected promise into the page.
    return null;
  }
}
