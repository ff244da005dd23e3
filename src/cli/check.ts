import { createInterface } from 'node:readline';
import type { Verdict } from '../detect/verdict';
import { compilePolicy, evaluate } from '../node';
import { printable } from '../report/format';
import { BROWSERS_OPTION, type Command } from './command';

function tableRow(verdict: Verdict, ua: string): string {
  const agent = verdict.agent ? printable(`${verdict.agent} ${verdict.version ?? '?'}`) : '-';
  const shown = printable(ua, 70); // control and bidi characters shown as codes, never sent to the terminal
  return `${verdict.status.padEnd(11)}  ${agent.padEnd(16)}  ${verdict.action.padEnd(9)}  ${shown.padEnd(70)}  ${printable(verdict.reason)}`;
}

async function* inputLines(args: string[]): AsyncGenerator<string> {
  if (args.length > 0) {
    yield* args;
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

export const check: Command = {
  options: { ...BROWSERS_OPTION, strict: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
  help: `check [--browsers <query>] [--strict] [--json] [<user-agent> ...]
      Judge user agents against the policy. With no user agents as arguments,
      reads standard input, one per line. --json prints one JSON object (the
      whole verdict) per input line, in input order, blank lines included
      (status "unknown"); else a table of status, agent, action (what the
      notice asks: update, switch, update-os, none), user agent and reason.
      --strict judges by the browser's own agent only, without the engine
      capability check.`,
  async run(values, positionals) {
    const policy = compilePolicy(values.browsers as string | undefined);
    const json = values.json === true;
    if (!json) process.stdout.write(`${'status'.padEnd(11)}  ${'agent'.padEnd(16)}  ${'action'.padEnd(9)}  ${'user agent'.padEnd(70)}  reason\n`);
    for await (const ua of inputLines(positionals)) {
      const verdict = evaluate(ua, { browsers: policy, strict: values.strict === true });
      process.stdout.write(json ? JSON.stringify(verdict) + '\n' : tableRow(verdict, ua) + '\n');
    }
  },
};
