import { verifySite, type Fetched } from '../verify/verify-site';
import { UsageError, type Command } from './command';

/** Fetches with a deadline, and says why in words when there is no answer. */
function fetcher(seconds: number) {
  return async (url: string): Promise<Fetched> => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(seconds * 1000), redirect: 'follow' });
      return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
    } catch (error) {
      const name = (error as Error).name;
      const code = ((error as { cause?: { code?: string } }).cause ?? {}).code;
      if (name === 'TimeoutError' || name === 'AbortError') throw new Error(`no answer within ${seconds} s`);
      throw new Error(code ? `${code}` : (error as Error).message);
    }
  };
}

export const verify: Command = {
  options: { timeout: { type: 'string', default: '10' } },
  help: `verify [--timeout <seconds>] <page address>
      Check a published page for what fails silently: the tag is there; the
      first stage answers as JavaScript and matches the tag's integrity; the
      second stage, the stylesheet and each language file answer, from the same
      build; the page's lang is among the built languages; the browser data is
      less than 6 months old (else a warning). One line per problem; exit 2 if
      any. Each address gets --timeout seconds (default 10) to answer.`,
  async run(values, positionals) {
    if (positionals.length !== 1) throw new UsageError(`\`verify\` takes one page address, e.g. \`verify https://www.haninge.se/\`; got ${positionals.length}.`);
    const address = positionals[0]!;
    let url: URL | undefined;
    try {
      url = new URL(address);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol)) throw new UsageError(`\`${address}\` is not a page address: write it in full, e.g. \`https://www.haninge.se/\`.`);
    const seconds = Number(values.timeout);
    if (!(seconds > 0 && seconds <= 600)) throw new UsageError(`\`--timeout ${String(values.timeout)}\` is not a number of seconds between 0 and 600.`);
    const { findings, checked } = await verifySite(url.href, fetcher(seconds));
    for (const finding of findings) process.stderr.write(`old-browser-notice: ${finding.level === 'warning' ? 'warning: ' : ''}${finding.message}\n`);
    const problems = findings.filter((finding) => finding.level === 'problem').length;
    if (problems) process.exit(2);
    process.stdout.write(`${url.href}: the notice is installed as built (${checked} addresses checked).\n`);
  },
};
