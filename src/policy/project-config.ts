import browserslist from 'browserslist';
import { readFileSync } from 'node:fs';
import { OldBrowserNoticeError } from '../errors';

/** The query a project's browserslist config holds, and where it was found. */
export interface ProjectQuery {
  /** The queries joined with `, `, or `defaults` when the project has no config. */
  query: string;
  /** Where it came from, for people: a file's path, the environment variable, or that there was none. */
  from: string;
  /** The config file, when the query came from one: errors in the query name it. */
  file?: string;
}

/**
 * Finds the project's browserslist query the way browserslist (and so the CLI, Babel,
 * Autoprefixer) does: `BROWSERSLIST`, the `BROWSERSLIST_CONFIG` file, else the nearest
 * `browserslist`, `.browserslistrc` or package.json `browserslist` from `path` upwards,
 * honouring `BROWSERSLIST_ENV`/`NODE_ENV` sections; `defaults` when there is none.
 *
 * @throws {OldBrowserNoticeError} naming the file when it cannot be read or parsed.
 * @example
 * ```ts
 * findProjectQuery(process.cwd()); // { query: 'chrome >= 130', from: '/srv/site/.browserslistrc', file: … }
 * ```
 */
export function findProjectQuery(path: string): ProjectQuery {
  const env = process.env.BROWSERSLIST;
  if (env) return { query: env, from: 'the BROWSERSLIST environment variable' };
  let file: string | undefined;
  try {
    file = process.env.BROWSERSLIST_CONFIG || browserslist.findConfigFile(path);
    if (file === undefined) return { query: 'defaults', from: `browserslist \`defaults\` (no browserslist config in ${path} or above)` };
    const config = browserslist.loadConfig({ path, config: file });
    if (config === undefined) return { query: 'defaults', from: `browserslist \`defaults\` (${file} has no section for this environment)` };
    return { query: Array.isArray(config) ? config.join(', ') : config, from: file, file };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const code = (error as NodeJS.ErrnoException).code;
    const where = file ? `the browserslist config \`${file}\`` : `the browserslist config for \`${path}\``;
    const reason = code ? `${code}: ${detail.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '')}` : detail.replace(/\.$/, '');
    throw new OldBrowserNoticeError(`Cannot read ${where} (${reason}). Fix or remove the file, or pass the query with \`--browsers\`.`);
  }
}

/**
 * Where in a config file a bad query is: `file line 3` when the quoted query is on one
 * line of it, else just the file. For error messages only; never throws.
 */
export function placeInFile(file: string, query: string): string {
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    const index = lines.findIndex((line) => line.includes(query.trim()));
    return index === -1 ? file : `${file} line ${index + 1}`;
  } catch {
    return file;
  }
}
