import { writeFileSync } from 'node:fs';
import type { Policy } from '../policy/types';
import type { Report } from '../report/aggregate';
import { progressOn } from '../report/progress';
import { PERIOD_UNITS, type PeriodUnit } from '../report/periods';
import { emptyTally, readLogs } from '../report/read-logs';
import type { TableOptions } from '../report/render-table';
import { MAX_DISTINCT_USER_AGENTS } from '../report/tally';
import { REPORT_TEXTS, type ReportText } from '../report/text';
import { BROWSERS_OPTION, UsageError, type Command } from './command';
import { INSECURE_HELP, INSECURE_OPTION } from './insecure';
import { hasOwn } from '../has-own';
import { shown } from './quote';

type Render = (report: Report, text: ReportText, options: TableOptions) => string;

// What reading does not need (ua-parser-js, browserslist, the renderers) is imported
// once the logs are open, while a worker already inflates a gzip log.
const FORMATS: Readonly<Record<string, () => Promise<Render>>> = {
  table: async () => (await import('../report/render-table')).renderTable,
  json: async () => (await import('../report/render-json')).renderJson,
  html: async () => (await import('../report/render-html')).renderHtml,
};

export const report: Command = {
  options: {
    ...BROWSERS_OPTION,
    compare: { type: 'string' },
    format: { type: 'string', default: 'table' },
    out: { type: 'string' },
    strict: { type: 'boolean', default: false },
    ...INSECURE_OPTION,
    counts: { type: 'boolean', default: false },
    by: { type: 'string' },
    'stats-out': { type: 'string' },
    lang: { type: 'string', default: 'en' },
    'all-requests': { type: 'boolean', default: false },
    'all-rows': { type: 'boolean', default: false },
  },
  help: `report [--browsers <query>] [--compare <query>] [--strict] [--insecure] [--counts]
         [--all-requests] [--by day|week|month] [--format table|json|html]
         [--all-rows] [--out <file>] [--stats-out <file>] [--lang en|sv] <log file | -> ...
      How many visitors would see the notice: reads web server access logs
      (nginx/Apache combined format, JSON lines with a user-agent field, or one
      user agent per line; gzip or not; - for standard input) and prints the
      share of page views per status and per action, an estimate of visitors,
      and the top outdated and unsupported browser versions. Page views are GET
      or HEAD requests answered 2xx or 304 for a path that is not an asset
      (.css, .js, images, fonts, feeds, downloads); the requests left out are
      counted per reason. --all-requests counts every request instead.
      --all-rows prints every browser version in the table (the JSON always
      holds them all). --compare adds a second policy side by
      side. --counts reads counted exports instead (CSV, TSV or JSON lines with
      a user-agent and a count column, and maybe a date column), e.g. from
      \`SELECT user_agent, count(*) AS requests ... GROUP BY 1\`. --by adds the
      shares per day, week or month. --format html writes one self-contained
      page; --out writes to a file. --stats-out writes the share of each browser
      version among people (bots and unknown left out) as browserslist custom
      stats, for \`> 0.5% in my stats\`. --lang sets the language of the table
      and the page. Lines over 64 KiB are skipped and counted. ${INSECURE_HELP}
      They get a row of their own.`,
  async run(values, positionals) {
    const format = values.format as string;
    const loadRender = hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
    if (!loadRender) throw new UsageError(`unknown --format \`${format}\`: use \`table\`, \`json\` or \`html\`.`);
    const text = REPORT_TEXTS[values.lang as string];
    if (!text) throw new UsageError(`unknown --lang \`${values.lang as string}\`: use ${Object.keys(REPORT_TEXTS).map((tag) => `\`${tag}\``).join(' or ')}.`);
    if (positionals.length === 0) throw new UsageError('`report` needs logs to read: pass one or more log files, or `-` for standard input.');
    const by = values.by as string | undefined;
    if (by !== undefined && !(PERIOD_UNITS as readonly string[]).includes(by)) {
      throw new UsageError(`unknown --by \`${by}\`: use \`day\`, \`week\` or \`month\`.`);
    }
    // Days are read when a period or the span of the logs is shown.
    const tally = emptyTally(by !== undefined || format === 'html', MAX_DISTINCT_USER_AGENTS, { allRequests: values['all-requests'] === true });
    const progress = progressOn(process.stderr);
    const strict = values.strict === true;
    let policy: Policy | undefined;
    let compare: Policy | undefined;
    try {
      // Every file is opened before any is read, so that a wrong path fails at once; the
      // policies are compiled while a worker already inflates a gzip log.
      await readLogs(positionals, tally, {
        onProgress: progress?.update,
        counts: values.counts === true,
        by,
        async beforeRead() {
          const { compilePolicy } = await import('../node');
          policy = compilePolicy(values.browsers as string | undefined);
          compare = values.compare === undefined ? undefined : compilePolicy(values.compare as string);
        },
      });
    } finally {
      progress?.done();
    }
    // Each user agent is judged after reading, not as it is first read: judging between
    // lines made reading slower (about 0.1 s per million lines) and the process larger.
    const [{ buildReport, judgeOnce }, render] = await Promise.all([import('../report/aggregate'), loadRender()]);
    const insecure = values.insecure === true;
    const judge = judgeOnce(policy!, strict, insecure);
    const countedExport = values.counts === true;
    const built = buildReport(tally, { inputs: positionals, policy: policy!, compare, strict, insecure, by: by as PeriodUnit | undefined, judge, countedExport });
    const output = render(built, text, { allRows: values['all-rows'] === true });
    const statsOut = values['stats-out'] as string | undefined;
    const out = values.out as string | undefined;
    if (statsOut !== undefined) {
      const { customStats } = await import('../report/stats-out');
      writeOut(statsOut, JSON.stringify(customStats(tally.counts, judge), null, 2) + '\n');
      // Said on standard error when standard output carries the report itself.
      (out === undefined ? process.stderr : process.stdout).write(`Wrote browserslist usage statistics to ${shown(statsOut)}.\n`);
    }
    if (out === undefined) {
      process.stdout.write(output);
      return;
    }
    writeOut(out, output);
    process.stdout.write(`Wrote the ${shown(format)} report to ${shown(out)}.\n`);
  },
};

function writeOut(path: string, contents: string): void {
  try {
    writeFileSync(path, contents);
  } catch (error) {
    throw new UsageError(`cannot write \`${path}\`: ${(error as Error).message}.`);
  }
}
