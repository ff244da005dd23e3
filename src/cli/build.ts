import { pickLocales, writeSite } from '../build/write-site';
import { compilePolicy } from '../node';
import { BROWSERS_OPTION, noArguments, type Command } from './command';

export const build: Command = {
  options: {
    ...BROWSERS_OPTION,
    strict: { type: 'boolean', default: false },
    lang: { type: 'string', default: 'sv,en' },
    out: { type: 'string', default: 'old-browser-notice' },
  },
  help: `build [--browsers <query>] [--strict] [--lang sv,en,...] [--out <dir>]
      Write the site's own script-tag files into <dir> (default
      old-browser-notice): old-browser-notice.js, the tiny first stage with the
      policy baked in (the file the <script> tag points at); the second stage
      with the languages of --lang (default sv,en); the CSS; and a README with
      the <script> tag and its integrity. Same inputs, byte-identical files.`,
  run(values, positionals) {
    noArguments('build', positionals);
    const policy = compilePolicy(values.browsers as string | undefined);
    const out = values.out as string;
    const files = writeSite(out, policy, values.strict === true, pickLocales(values.lang as string));
    process.stdout.write(`Policy \`${policy.query}\`; wrote to ${out}/:\n`);
    for (const file of files) {
      process.stdout.write(`  ${file.name.padEnd(30)} ${String(file.bytes).padStart(7)} bytes, ${String(file.gzip).padStart(6)} gzipped\n`);
    }
  },
};
