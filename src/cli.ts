import { parseArgs } from 'node:util';
import { UsageError, type Command } from './cli/command';
import { fileSystemMessage, isFileSystemError } from './cli/fs-error';
import { didYouMean } from './cli/suggest';
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
  verify: async () => (await import('./cli/verify')).verify,
  gallery: async () => (await import('./cli/gallery')).gallery,
  tag: async () => (await import('./cli/tag')).tag,
};

async function help(): Promise<string> {
  const loaded = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const commands = loaded.map((command) => '  ' + command.help).join('\n\n');
  return `Usage: old-browser-notice <command> [options]

Commands
${commands}

  help [<command>]
      Print this help, or one command's (as \`<command> --help\` does).

  version
      Print the version of old-browser-notice (as --version does).

The policy (--browsers) defaults to the project's browserslist config
(BROWSERSLIST, .browserslistrc, package.json browserslist), else \`defaults\`.

Options
  -v, --version   print the version of old-browser-notice
  -h, --help      print this help; after a command, that command's

Exit status: 0 on success, 2 when the arguments or the query are invalid or a
file cannot be read or written (with a one-line message saying what to fix).

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

/** One command's help: its usage and description, as in the list of all. */
function commandHelp(command: Command): string {
  return `Usage: old-browser-notice ${command.help}\n\nRun \`old-browser-notice --help\` for every command, the policy and exit status.\n`;
}

/** The command of that name, or a one-line error naming the commands and the likeliest one. */
async function commandNamed(name: string): Promise<Command> {
  if (hasOwn(COMMANDS, name)) return COMMANDS[name]!();
  const names = [...Object.keys(COMMANDS), 'help', 'version'];
  throw new UsageError(`unknown command \`${name}\`.${didYouMean(name, names)} Use ${names.map((c) => `\`${c}\``).join(', ')}; run \`old-browser-notice --help\`.`);
}

/** parseArgs' error as one line: an unknown option gets the likeliest known one. */
function optionError(error: NodeJS.ErrnoException, name: string, command: Command): UsageError {
  const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '([^']+)'/.exec(error.message) : null;
  if (unknown) {
    const known = [...Object.keys(command.options), 'help'].map((option) => `--${option}`);
    return new UsageError(`unknown option \`${unknown[1]}\` for \`${name}\`.${didYouMean(unknown[1]!, known)} Run \`old-browser-notice ${name} --help\`.`);
  }
  return new UsageError(`${error.message}. Run \`old-browser-notice ${name} --help\`.`);
}

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`${__VERSION__}\n`);
    return;
  }
  if (name === undefined) throw new UsageError(`missing command: use ${Object.keys(COMMANDS).map((c) => `\`${c}\``).join(', ')}. Run \`old-browser-notice --help\`.`);
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    process.stdout.write(topic === undefined ? await help() : commandHelp(await commandNamed(topic)));
    return;
  }
  const command = await commandNamed(name);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { ...command.options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw optionError(error as NodeJS.ErrnoException, name, command);
  }
  if (parsed.values.help) {
    process.stdout.write(commandHelp(command));
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
  // A path that cannot be read or written is the user's to fix: one line, not a stack trace.
  if (isFileSystemError(error)) fail(fileSystemMessage(error));
  throw error;
});
