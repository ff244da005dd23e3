/**
 * `--insecure`, shared by `build`, `check` and `report`: also notify (or count) browsers the
 * policy accepts but whose last version on their system gets no security fixes on the day.
 * In a file of its own so that each command adds one line to its options.
 *
 * @example
 * ```ts
 * export const check: Command = { options: { ...BROWSERS_OPTION, ...INSECURE_OPTION }, … };
 * ```
 */
export const INSECURE_OPTION = { insecure: { type: 'boolean', default: false } } as const;

/** The help text's sentence for `--insecure`, wrapped as the help texts are. */
export const INSECURE_HELP = `--insecure also judges a browser the policy accepts as \`insecure\` when
      its last version on its system gets no security fixes any more.`;
