import type { ParseArgsConfig } from 'node:util';

/** A wrong argument: printed as one line, exit status 2. */
export class UsageError extends Error {}

/** The values parseArgs gives for a command's options. */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/**
 * One CLI command: its options (in `node:util` parseArgs form), its lines in
 * `--help`, and what it does. The CLI is a table of these (cli.ts).
 */
export interface Command {
  options: NonNullable<ParseArgsConfig['options']>;
  /** Lines for the Commands section of --help, the first starting with the usage. */
  help: string;
  run(values: OptionValues, positionals: string[]): Promise<void> | void;
}

/** The `--browsers` option every command shares. */
export const BROWSERS_OPTION = { browsers: { type: 'string' } } as const;

/** Refuses arguments where a command takes none. */
export function noArguments(command: string, positionals: string[]): void {
  if (positionals.length) throw new UsageError(`\`${command}\` takes no arguments, got \`${positionals.join(' ')}\`.`);
}

/** A path on the site (`/js/notice`) or an https address: what a `src` attribute can take. */
const URL_SHAPE = /^(?:\/|https:\/\/)[^\s"'<>`\\]*$/;

/** Refuses a `--url` that a `<script src>` cannot take, quoting it. */
export function checkUrlOption(url: string | undefined): void {
  if (url !== undefined && !URL_SHAPE.test(url)) {
    throw new UsageError(`\`--url ${url}\` is not an address for a script: use a path on the site such as \`/js/old-browser-notice\`, or an https:// address.`);
  }
}
