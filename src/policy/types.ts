/**
 * A compiled browser policy: for each browserslist agent, the lowest version the
 * site supports. Plain JSON, so it can be written by the CLI, baked into the
 * script-tag build, or passed to `evaluate`.
 *
 * @example
 * ```json
 * { "query": "defaults", "caniuse": "1.0.30001828",
 *   "agents": { "chrome": "109", "ios_saf": "18.5", "op_mini": "all" } }
 * ```
 */
export interface Policy {
  /** The browserslist query the policy was compiled from. */
  query: string;
  /** caniuse-lite version used, or null when compiled without usage data. */
  caniuse: string | null;
  /** Lowest accepted version per agent; `all` accepts every version. Agents absent are not supported. */
  agents: Record<string, string>;
}
