import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { OldBrowserNoticeError } from './errors';
import { compilePolicy, evaluate } from './node';
import type { Policy } from './policy/types';
import type { Verdict } from './detect/verdict';

const HELP = `Usage: old-browser-notice <command> [options]

Commands
  check [<user-agent> ...]   Judge user agents against the policy. With no
                             arguments, reads standard input, one per line.
  policy                     Print the compiled policy as JSON (for the
                             \`browsers\` option or the script tag).

Options
  --browsers <query>  browserslist query. Default: the project's browserslist
                      config (BROWSERSLIST, .browserslistrc, package.json),
                      else \`defaults\`.
  --strict            check: judge by the browser's own agent only, without
                      the engine capability check.
  --json              check: print one JSON object per input line, in input
                      order, blank lines included (status "unknown").
  -h, --help          Show this help.

Exit status: 0 on success, 2 when the arguments or the query are invalid.

Examples
  old-browser-notice check --browsers "defaults" "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko"
  zcat access.log.gz | awk -F'"' '{print $6}' | old-browser-notice check --json
  old-browser-notice policy --browsers "> 0.5%, last 2 versions, not dead" > policy.json
`;

class UsageError extends Error {}

function fail(message: string): never {
  process.stderr.write(`old-browser-notice: ${message}\n`);
  process.exit(2);
}

function tableRow(verdict: Verdict, ua: string): string {
  const agent = verdict.agent ? `${verdict.agent} ${verdict.version ?? '?'}` : '-';
  const shown = ua.length > 70 ? ua.slice(0, 67) + '...' : ua;
  return `${verdict.status.padEnd(11)}  ${agent.padEnd(16)}  ${shown}`;
}

async function* inputLines(args: string[]): AsyncGenerator<string> {
  if (args.length > 0) {
    yield* args;
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

async function check(args: string[], policy: Policy, strict: boolean, json: boolean): Promise<void> {
  if (!json) process.stdout.write(`${'status'.padEnd(11)}  ${'agent'.padEnd(16)}  user agent\n`);
  for await (const ua of inputLines(args)) {
    const verdict = evaluate(ua, { browsers: policy, strict });
    process.stdout.write(json ? JSON.stringify(verdict) + '\n' : tableRow(verdict, ua) + '\n');
  }
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        browsers: { type: 'string' },
        strict: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. Run \`old-browser-notice --help\`.`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(HELP);
    return;
  }
  if (command !== 'check' && command !== 'policy') {
    throw new UsageError(
      command === undefined
        ? 'missing command: use `check` or `policy`. Run `old-browser-notice --help`.'
        : `unknown command \`${command}\`: use \`check\` or \`policy\`. Run \`old-browser-notice --help\`.`,
    );
  }
  const policy = compilePolicy(values.browsers);
  if (command === 'policy') {
    if (rest.length) throw new UsageError(`\`policy\` takes no arguments, got \`${rest.join(' ')}\`.`);
    process.stdout.write(JSON.stringify(policy, null, 2) + '\n');
    return;
  }
  await check(rest, policy, values.strict, values.json);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof OldBrowserNoticeError) fail(error.message);
  throw error;
});
