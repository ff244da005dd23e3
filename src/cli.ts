import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { OldBrowserNoticeError } from './errors';
import { compilePolicy, evaluate } from './node';
import type { Policy } from './policy/types';
import type { Verdict } from './detect/verdict';
import { pickLocales, writeSite } from './build/write-site';

const HELP = `Usage: old-browser-notice <command> [options]

Commands
  check [<user-agent> ...]   Judge user agents against the policy. With no
                             arguments, reads standard input, one per line.
  policy                     Print the compiled policy as JSON (for the
                             \`browsers\` option or the script tag).
  build                      Write the site's own script-tag files: a tiny
                             first stage with the policy baked in
                             (old-browser-notice.js, the file the <script>
                             tag points at), the second stage, the CSS, and a
                             README with the tag and its integrity.

Options
  --browsers <query>  browserslist query. Default: the project's browserslist
                      config (BROWSERSLIST, .browserslistrc, package.json),
                      else \`defaults\`.
  --strict            check, build: judge by the browser's own agent only,
                      without the engine capability check.
  --lang <tags>       build: languages bundled with the second stage, e.g.
                      sv,en,fi (default sv,en). Others can still be added as
                      locales/<tag>.js scripts.
  --out <dir>         build: output directory (default old-browser-notice).
  --json              check: print one JSON object per input line, in input
                      order, blank lines included (status "unknown").
  -h, --help          Show this help.

Exit status: 0 on success, 2 when the arguments or the query are invalid.

Examples
  old-browser-notice check --browsers "defaults" "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko"
  zcat access.log.gz | awk -F'"' '{print $6}' | old-browser-notice check --json
  old-browser-notice policy --browsers "> 0.5%, last 2 versions, not dead" > policy.json
  old-browser-notice build --lang sv,en,fi,ar --out public/js/notice
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
        lang: { type: 'string', default: 'sv,en' },
        out: { type: 'string', default: 'old-browser-notice' },
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
  if (command !== 'check' && command !== 'policy' && command !== 'build') {
    throw new UsageError(
      command === undefined
        ? 'missing command: use `check`, `policy` or `build`. Run `old-browser-notice --help`.'
        : `unknown command \`${command}\`: use \`check\`, \`policy\` or \`build\`. Run \`old-browser-notice --help\`.`,
    );
  }
  const policy = compilePolicy(values.browsers);
  if (command === 'policy') {
    if (rest.length) throw new UsageError(`\`policy\` takes no arguments, got \`${rest.join(' ')}\`.`);
    process.stdout.write(JSON.stringify(policy, null, 2) + '\n');
    return;
  }
  if (command === 'build') {
    if (rest.length) throw new UsageError(`\`build\` takes no arguments, got \`${rest.join(' ')}\`.`);
    const files = writeSite(values.out, policy, values.strict, pickLocales(values.lang));
    process.stdout.write(`Policy \`${policy.query}\`; wrote to ${values.out}/:\n`);
    for (const file of files) process.stdout.write(`  ${file.name.padEnd(30)} ${String(file.bytes).padStart(7)} bytes, ${String(file.gzip).padStart(6)} gzipped\n`);
    return;
  }
  await check(rest, policy, values.strict, values.json);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof OldBrowserNoticeError) fail(error.message);
  throw error;
});
