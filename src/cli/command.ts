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
