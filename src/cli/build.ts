import { scriptUrl } from '../build/script-url';
import { pickLocales, writeSite } from '../build/write-site';
import { compilePolicy } from '../node';
import { BROWSERS_OPTION, checkUrlOption, noArguments, type Command } from './command';
import { INSECURE_OPTION } from './insecure';
import { shown } from './quote';

export const build: Command = {
  options: {
    ...BROWSERS_OPTION,
    strict: { type: 'boolean', default: false },
    ...INSECURE_OPTION,
    // Repeated --lang adds up: --lang sv --lang en is --lang sv,en.
    lang: { type: 'string', multiple: true, default: ['sv,en'] },
    out: { type: 'string', default: 'old-browser-notice' },
    url: { type: 'string' },
  },
  help: `build [--browsers <query>] [--strict] [--insecure] [--lang sv,en,...]... [--out <dir>] [--url <address>]
      Write the site's own script-tag files into <dir> (default
      old-browser-notice): old-browser-notice.js, the tiny first stage with the
      policy baked in (the file the <script> tag points at); the second stage
      with the languages of --lang (default sv,en; repeat it to add more) and
      says them by name, warning of tags such as se (Northern Sami, not
      Swedish); the CSS; and a README with
      the <script> tag and its integrity. Prints the tag, pointing at --url, the
      address <dir> is served at (default: <dir> without a leading public/,
      static/, www/ …). Same inputs, byte-identical files. --insecure also
      shows the notice to a browser the policy accepts when its last version
      on its system gets no security fixes any more (data-insecure="false" on
      the tag turns it off again).`,
  run(values, positionals) {
    noArguments('build', positionals);
    const url = values.url as string | undefined;
    checkUrlOption(url);
    const policy = compilePolicy(values.browsers as string | undefined);
    const out = values.out as string;
    const src = scriptUrl(out, url);
    const locales = pickLocales((values.lang as string[]).join(','), (message) => process.stderr.write(`Warning: ${message}\n`));
    const { files, tag } = writeSite(out, policy, values.strict === true, locales, src, values.insecure === true);
    process.stdout.write(`Policy \`${shown(policy.query)}\`; languages ${locales.map((locale) => `${locale.tag} ${locale.name}`).join(', ')}; wrote to ${shown(out)}/:\n`);
    for (const file of files) {
      process.stdout.write(`  ${file.name.padEnd(30)} ${String(file.bytes).padStart(7)} bytes, ${String(file.gzip).padStart(6)} gzipped\n`);
    }
    process.stdout.write(`\nPublish ${shown(out)}/ on the site, and add this to every page, in <head>:\n\n${shown(tag)}\n\n`);
    process.stdout.write(`The tag assumes ${shown(out)}/ is served at ${shown(src)}/; pass --url to change it.\n`);
  },
};
