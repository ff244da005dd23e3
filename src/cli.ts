import { parseArgs } from 'node:util';
import { UsageError, type Command } from './cli/command';
import { OldBrowserNoticeError } from './errors';
import { hasOwn } from './has-own';
import { shown } from './cli/quote';

declare const __VERSION__: string;

/**
 * The commands, one entry each; each file in cli/ holds one. A command is loaded when it
 * runs, so that it starts without first loading what only the others need.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  check: async () => (await import('./cli/check')).check,
  policy: async () => (await import('./cli/policy')).policy,
  build: async () => (await import('./cli/build')).build,
  report: async () => (await import('./cli/report')).report,
};

async function help(): Promise<string> {
  const loaded = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const commands = loaded.map((command) => '  ' + command.help).join('\n\n');
  return `Usage: old-browser-notice <command> [options]

Commands
${commands}

The policy (--browsers) defaults to the project's browserslist config
(BROWSERSLIST, .browserslistrc, package.json browserslist), else \`defaults\`.

Options
  -v, --version   print the version of old-browser-notice
  -h, --help      print this help

Exit status: 0 on success, 2 when the arguments or the query are invalid
(with a one-line message saying what to fix).

Examples
  old-browser-notice check --browsers "defaults" "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko"
  zcat access.log.gz | awk -F'"' '{print $6}' | old-browser-notice check --json
  old-browser-notice policy --browsers "> 0.5%, last 2 versions, not dead" > policy.json
  old-browser-notice build --lang sv,en,fi,ar --out public/js/notice
  old-browser-notice report --compare "last 2 versions, not dead" --format html --out report.html /var/log/nginx/access.log*
`;
}

function fail(message: string): never {
  process.stderr.write(`old-browser-notice: ${shown(message)}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${__VERSION__}\n`);
    return;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) throw new UsageError(`missing command: use ${Object.keys(COMMANDS).map((c) => `\`${c}\``).join(', ')}. Run \`old-browser-notice --help\`.`);
    process.stdout.write(await help());
    return;
  }
  const command = hasOwn(COMMANDS, name) ? await COMMANDS[name]!() : undefined;
  if (!command) {
    throw new UsageError(`unknown command \`${name}\`: use ${Object.keys(COMMANDS).map((c) => `\`${c}\``).join(', ')}. Run \`old-browser-notice --help\`.`);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { ...command.options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. Run \`old-browser-notice --help\`.`);
  }
  if (parsed.values.help) {
    process.stdout.write(await help());
    return;
  }
  await command.run(parsed.values, parsed.positionals);
}

// Piped into `head` and the like: stop quietly when the reader goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof OldBrowserNoticeError) fail(error.message);
  throw error;
});
