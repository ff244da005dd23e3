import { writeFileSync } from 'node:fs';
import { pickLocales } from '../build/write-site';
import { galleryPage } from '../gallery/gallery-page';
import { compilePolicy } from '../node';
import { BROWSERS_OPTION, noArguments, UsageError, type Command } from './command';
import { INSECURE_OPTION } from './insecure';

export const gallery: Command = {
  options: {
    ...BROWSERS_OPTION,
    strict: { type: 'boolean', default: false },
    ...INSECURE_OPTION,
    lang: { type: 'string', default: 'sv,en' },
    site: { type: 'string' },
    out: { type: 'string', default: 'old-browser-notice-gallery.html' },
  },
  help: `gallery --site <name> [--browsers <query>] [--strict] [--insecure] [--lang sv,en,...] [--out <file>]
      Write one self-contained HTML page (default
      old-browser-notice-gallery.html) with the notice in each language of
      --lang and each situation (outdated, unsupported, update the system, old
      iPhone, old Mac, ...), each labelled: for editors and language reviewers
      to approve before publishing. --insecure adds the insecure situation.`,
  run(values, positionals) {
    noArguments('gallery', positionals);
    const site = values.site as string | undefined;
    if (!site || !site.trim()) throw new UsageError('`gallery` needs `--site "<your site\'s name>"`, as the notice names it, e.g. `--site "Haninge kommun"`.');
    const locales = pickLocales(values.lang as string);
    const policy = compilePolicy(values.browsers as string | undefined);
    const out = values.out as string;
    writeFileSync(out, galleryPage({ site, locales, policy, strict: values.strict === true, insecure: values.insecure === true }));
    process.stdout.write(`Wrote the gallery (${locales.map((locale) => locale.tag).join(', ')}; policy \`${policy.query}\`) to ${out}.\n`);
  },
};
