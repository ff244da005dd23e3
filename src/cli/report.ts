import { writeFileSync } from 'node:fs';
import { compilePolicy } from '../node';
import { buildReport, type Report } from '../report/aggregate';
import { progressOn } from '../report/progress';
import { emptyTally, probeFile, readLog, STDIN } from '../report/read-logs';
import { renderHtml } from '../report/render-html';
import { renderJson } from '../report/render-json';
import { renderTable } from '../report/render-table';
import { BROWSERS_OPTION, UsageError, type Command } from './command';

const FORMATS: Readonly<Record<string, (report: Report) => string>> = { table: renderTable, json: renderJson, html: renderHtml };

export const report: Command = {
  options: {
    ...BROWSERS_OPTION,
    compare: { type: 'string' },
    format: { type: 'string', default: 'table' },
    out: { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
  help: `report [--browsers <query>] [--compare <query>] [--strict]
         [--format table|json|html] [--out <file>] <log file | -> ...
      How many visitors would see the notice: reads web server access logs
      (nginx/Apache combined format, JSON lines with a user-agent field, or one
      user agent per line; gzip or not; - for standard input) and prints the
      share of requests per status and per action, and the top outdated and
      unsupported browser versions. --compare adds a second policy side by
      side. --format html writes one self-contained page; --out writes to a file.`,
  async run(values, positionals) {
    const format = values.format as string;
    const render = Object.prototype.hasOwnProperty.call(FORMATS, format) ? FORMATS[format] : undefined;
    if (!render) throw new UsageError(`unknown --format \`${format}\`: use \`table\`, \`json\` or \`html\`.`);
    if (positionals.length === 0) throw new UsageError('`report` needs logs to read: pass one or more log files, or `-` for standard input.');
    const policy = compilePolicy(values.browsers as string | undefined);
    const compare = values.compare === undefined ? undefined : compilePolicy(values.compare as string);
    // Every file is opened before any is read, so that a wrong path fails at once.
    for (const path of positionals) if (path !== STDIN) probeFile(path);

    const tally = emptyTally();
    const progress = progressOn(process.stderr);
    try {
      for (const path of positionals) await readLog(path, tally, { onProgress: progress?.update });
    } finally {
      progress?.done();
    }
    const output = render(buildReport(tally, { inputs: positionals, policy, compare, strict: values.strict === true }));
    const out = values.out as string | undefined;
    if (out === undefined) {
      process.stdout.write(output);
      return;
    }
    try {
      writeFileSync(out, output);
    } catch (error) {
      throw new UsageError(`cannot write \`${out}\`: ${(error as Error).message}.`);
    }
    process.stdout.write(`Wrote the ${format} report to ${out}.\n`);
  },
};
