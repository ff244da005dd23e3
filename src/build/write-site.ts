import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OldBrowserNoticeError } from '../errors';
import { matchLocale } from '../locales/choose';
import { LOCALES } from '../locales/all';
import type { Locale } from '../locales/types';
import { NOTICE_CSS } from '../notice/styles';
import type { Policy } from '../policy/types';
import { browserDataDate } from './data-date';
import { scriptTag, siteFiles } from './site-files';
import { languageTrap } from './language-traps';

declare const __VERSION__: string;

/**
 * The locales for `--lang sv,en,fi`, each tag quoted back if unknown (with what was probably
 * meant, for a tag such as `dk`). `warn` hears of each tag that is a known trap but names a
 * language we have (`se` is Northern Sami, not Swedish).
 */
export function pickLocales(list: string, warn: (message: string) => void = () => {}): Locale[] {
  const picked: Locale[] = [];
  for (const tag of list.split(',')) {
    const trimmed = tag.trim();
    if (!trimmed) continue;
    const locale = matchLocale(trimmed, LOCALES);
    const trap = languageTrap(trimmed, LOCALES);
    if (!locale) {
      throw new OldBrowserNoticeError(
        `Unknown language \`${trimmed}\` in \`--lang ${list}\`.${trap ? ' ' + trap : ''} Available: ${LOCALES.map((l) => l.tag).join(', ')}.`,
      );
    }
    if (trap) warn(trap);
    if (picked.indexOf(locale) === -1) picked.push(locale);
  }
  if (!picked.length) throw new OldBrowserNoticeError(`\`--lang ${list}\` names no language. Write for example \`--lang sv,en\`.`);
  return picked;
}

/**
 * Writes a site's own files into `outDir` (created if needed): the two stages with
 * its policy baked in, the CSS, and a README with the script tag and its integrity.
 * Returns each file's name, size and gzipped size, and the `<script>` tag for the pages.
 */
export function writeSite(
  outDir: string,
  policy: Policy,
  strict: boolean,
  locales: Locale[],
  url?: string,
  insecure?: boolean,
): { files: Array<{ name: string; bytes: number; gzip: number }>; tag: string } {
  const templates = {
    version: __VERSION__,
    css: NOTICE_CSS + '\n',
    stageOne: readFileSync(new URL('./templates/stage-one.js', import.meta.url), 'utf8'),
    stageTwo: readFileSync(new URL('./templates/stage-two.js', import.meta.url), 'utf8'),
  };
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const site = siteFiles(templates, { policy, strict, locales, url, dataDate: browserDataDate(), insecure });
  const files = site.map((file) => {
    writeFileSync(join(dir, file.name), file.contents);
    const bytes = Buffer.byteLength(file.contents);
    return { name: file.name, bytes, gzip: gzipSync(file.contents, { level: 9 }).length };
  });
  return { files, tag: scriptTag(site[0]!.contents, url) };
}
