import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One user agent with what an independent parser says of it. */
export interface OracleRow {
  oracle: 'uap-core' | 'bowser';
  /** The oracle's browser name (uap-core's `family`, bowser's `browser.name`). */
  family: string;
  ua: string;
  /** The oracle's major browser version, if it gives one. */
  major: string | null;
  /** bowser only: the OS name and version. */
  os: string | null;
  osVersion: string | null;
  /** bowser only: `platform.type` is `bot`. */
  bot: boolean;
}

const here = (path: string) => new URL(`./corpora/${path}`, import.meta.url);

/** uap-core's fixture lists: every one with a browser family per user agent. */
export const UAP_FILES = ['test_ua.yaml', 'firefox_user_agent_strings.yaml', 'opera_mini_user_agent_strings.yaml', 'pgts_browser_list.yaml'];

function uapRows(): OracleRow[] {
  const rows: OracleRow[] = [];
  for (const file of UAP_FILES) {
    const cases = parse(readFileSync(here(`uap-core/${file}`), 'utf8')).test_cases as Array<Record<string, string | null>>;
    for (const entry of cases) {
      rows.push({
        oracle: 'uap-core',
        family: String(entry.family),
        ua: String(entry.user_agent_string),
        major: entry.major ? String(entry.major) : null,
        os: null,
        osVersion: null,
        bot: false,
      });
    }
  }
  return rows;
}

interface BowserSpec {
  browser?: { name?: string; version?: string };
  os?: { name?: string; version?: string };
  platform?: { type?: string };
}

function bowserRows(): OracleRow[] {
  const rows: OracleRow[] = [];
  const groups = parse(readFileSync(here('bowser/useragentstrings.yml'), 'utf8')) as Record<string, Array<{ ua: string; spec: BowserSpec }>>;
  for (const group of Object.values(groups)) {
    for (const { ua, spec } of group) {
      const version = spec.browser?.version;
      rows.push({
        oracle: 'bowser',
        family: spec.browser?.name ?? 'unnamed',
        ua,
        major: version && /^\d/.test(version) ? String(parseInt(version, 10)) : null,
        os: spec.os?.name ?? null,
        osVersion: spec.os?.version ?? null,
        bot: spec.platform?.type === 'bot',
      });
    }
  }
  return rows;
}

/** Every row of both oracles, uap-core first. */
export const ORACLE_ROWS: OracleRow[] = [...uapRows(), ...bowserRows()];
