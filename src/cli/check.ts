import { createInterface } from 'node:readline';
import type { Verdict } from '../verdict';
import { compilePolicy, evaluate } from '../node';
import { printable } from '../report/format';
import { BROWSERS_OPTION, UsageError, type Command } from './command';
import { INSECURE_HELP, INSECURE_OPTION } from './insecure';

function tableRow(verdict: Verdict, ua: string): string {
  const agent = verdict.agent ? printable(`${verdict.agent} ${verdict.version ?? '?'}`) : '-';
  const shown = printable(ua, 70); // control and bidi characters shown as codes, never sent to the terminal
  return `${verdict.status.padEnd(11)}  ${agent.padEnd(16)}  ${verdict.action.padEnd(9)}  ${shown.padEnd(70)}  ${printable(verdict.reason)}`;
}

/** `--date YYYY-MM-DD` as milliseconds (midnight UTC), or undefined for today. */
export function parseDay(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const time = parts ? Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])) : NaN;
  // Date.UTC rolls 2026-02-30 over into March: such a day is refused, not moved.
  if (!parts || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`\`--date ${value}\` is not a day. Write it as YYYY-MM-DD, e.g. \`--date 2026-03-01\`.`);
  }
  return time;
}

async function* inputLines(args: string[]): AsyncGenerator<string> {
  if (args.length > 0) {
    yield* args;
    return;
  }
  // At a terminal, say what it waits for; in a pipe, standard error stays quiet.
  if (process.stdin.isTTY) process.stderr.write('Reading user agents from standard input, one per line; end with Ctrl+D.\n');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

export const check: Command = {
  options: {
    ...BROWSERS_OPTION,
    ...INSECURE_OPTION,
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    date: { type: 'string' },
  },
  help: `check [--browsers <query>] [--strict] [--insecure] [--date YYYY-MM-DD] [--json] [<user-agent> ...]
      Judge user agents against the policy. With no user agents as arguments,
      reads standard input, one per line. --json prints one JSON object (the
      whole verdict) per input line, in input order, blank lines included
      (status "unknown"); else a table of status, agent, action (what the
      notice asks: update, switch, update-os, none), user agent and reason.
      --strict judges by the browser's own agent only, without the engine
      capability check. --date gives the advice as on that day (default:
      today): a browser is recommended only while it still gets security
      fixes on the device. ${INSECURE_HELP}`,
  async run(values, positionals) {
    const now = parseDay(values.date as string | undefined);
    const policy = compilePolicy(values.browsers as string | undefined);
    const json = values.json === true;
    if (!json) process.stdout.write(`${'status'.padEnd(11)}  ${'agent'.padEnd(16)}  ${'action'.padEnd(9)}  ${'user agent'.padEnd(70)}  reason\n`);
    for await (const ua of inputLines(positionals)) {
      const verdict = evaluate(ua, { browsers: policy, strict: values.strict === true, now, insecure: values.insecure === true });
      process.stdout.write(json ? JSON.stringify(verdict) + '\n' : tableRow(verdict, ua) + '\n');
    }
  },
};
