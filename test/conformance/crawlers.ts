import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** One entry of the crawler-user-agents list (npm, MIT): a pattern and real user agents it matched. */
export interface Crawler {
  pattern: string;
  instances: string[];
  tags?: string[];
  /** When the pattern joined the list (`2025/07/01`). */
  addition_date?: string;
}

export const CRAWLERS: Crawler[] = require('crawler-user-agents');

/**
 * Entries of the crawler list that are people's browsers and apps, so are judged as
 * browsers on purpose (keyed by the list's own pattern). Each is a current browser
 * today; if it were old, its visitor would deserve the notice.
 */
export const PEOPLE_IN_THE_CRAWLER_LIST: Readonly<Record<string, string>> = {
  'AP3A\\.240617\\.008': 'An Android build id: the listed instance is Instagram’s in-app browser on a phone, a person reading a link.',
  'MetaIAB Facebook': 'Facebook’s in-app browser on Android: a person reading a link.',
  'Code\\/1\\.': 'Visual Studio Code (Electron): a person’s editor showing a page, judged by its Chromium.',
  'Trae\\/': 'Trae, an editor on Electron: a person’s editor showing a page, judged by its Chromium.',
};
