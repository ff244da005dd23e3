import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptTag } from '../build/site-files';
import { checkUrlOption, UsageError, type Command } from './command';

export const tag: Command = {
  options: { url: { type: 'string', default: '/js/old-browser-notice' } },
  help: `tag [--url <address>] [<dir>]
      Print the <script> tag, with its integrity, for the first stage in <dir>
      (default: the package's ready-made files, for copying from
      node_modules/old-browser-notice/dist/), served at --url (default
      /js/old-browser-notice).`,
  run(values, positionals) {
    if (positionals.length > 1) throw new UsageError(`\`tag\` takes one folder at most, got \`${positionals.join(' ')}\`.`);
    const url = values.url as string;
    checkUrlOption(url);
    // The ready-made files sit beside this CLI in the package's dist/.
    const dir = positionals[0] === undefined ? fileURLToPath(new URL('.', import.meta.url)) : resolve(positionals[0]);
    const file = join(dir, 'old-browser-notice.js');
    if (!existsSync(file)) throw new UsageError(`no \`old-browser-notice.js\` in \`${dir}\`: give the folder \`build\` wrote, or none for the ready-made files.`);
    process.stdout.write(scriptTag(readFileSync(file, 'utf8'), url.replace(/\/$/, '')) + '\n');
  },
};
