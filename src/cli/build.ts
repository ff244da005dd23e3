import { scriptUrl } from '../build/script-url';
import { pickLocales, writeSite } from '../build/write-site';
import { compilePolicy } from '../node';
import { BROWSERS_OPTION, noArguments, UsageError, type Command } from './command';
import { shown } from './quote';

/** A path on the site (`/js/notice`) or an https address: what a `src` attribute can take. */
const URL_SHAPE = /^(?:\/|https:\/\/)[^\s"'<>`\\]*$/;

export const build: Command = {
  options: {
    ...BROWSERS_OPTION,
    strict: { type: 'boolean', default: false },
    lang: { type: 'string', default: 'sv,en' },
    out: { type: 'string', default: 'old-browser-notice' },
    url: { type: 'string' },
  },
  help: `build [--browsers <query>] [--strict] [--lang sv,en,...] [--out <dir>] [--url <address>]
      Write the site's own script-tag files into <dir> (default
      old-browser-notice): old-browser-notice.js, the tiny first stage with the
      policy baked in (the file the <script> tag points at); the second stage
      with the languages of --lang (default sv,en); the CSS; and a README with
      the <script> tag and its integrity. Prints the tag, pointing at --url, the
      address <dir> is served at (default: <dir> without a leading public/,
      static/, www/ …). Same inputs, byte-identical files.`,
  run(values, positionals) {
    noArguments('build', positionals);
    const url = values.url as string | undefined;
    if (url !== undefined && !URL_SHAPE.test(url)) {
      throw new UsageError(`\`--url ${url}\` is not an address for a script: use a path on the site such as \`/js/old-browser-notice\`, or an https:// address.`);
    }
    const policy = compilePolicy(values.browsers as string | undefined);
    const out = values.out as string;
    const src = scriptUrl(out, url);
    const { files, tag } = writeSite(out, policy, values.strict === true, pickLocales(values.lang as string), src);
    process.stdout.write(`Policy \`${shown(policy.query)}\`; wrote to ${shown(out)}/:\n`);
    for (const file of files) {
      process.stdout.write(`  ${file.name.padEnd(30)} ${String(file.bytes).padStart(7)} bytes, ${String(file.gzip).padStart(6)} gzipped\n`);
    }
    process.stdout.write(`\nPublish ${shown(out)}/ on the site, and add this to every page, in <head>:\n\n${shown(tag)}\n\n`);
    process.stdout.write(`The tag assumes ${shown(out)}/ is served at ${shown(src)}/; pass --url to change it.\n`);
  },
};
