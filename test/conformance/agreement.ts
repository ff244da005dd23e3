import type { Verdict } from '@lib/node';
import { EXCEPTIONS, type Exception } from './exceptions';
import { expectedAgent, meaningOf } from './family-agents';
import type { OracleRow } from './oracles';

/** How one mapped row compares: agreement, or a difference and the exception that documents it (if any). */
export interface Comparison {
  row: OracleRow;
  expected: string | null;
  verdict: Verdict;
  /** What differs, if anything: the agent (or bot status), or only the version. */
  differs: 'agent' | 'version' | null;
  exception: Exception | null;
}

function major(version: string | null): string | null {
  return version && /^\d/.test(version) ? String(parseInt(version, 10)) : null;
}

/** The version the oracle states for the agent it names: the OS version for iOS in bowser, else the browser's. */
function oracleVersion(row: OracleRow, agent: string): string | null {
  if (agent === 'ios_saf') return row.oracle === 'bowser' ? major(row.osVersion) : row.major;
  return row.major;
}

function findException(row: OracleRow, differs: 'agent' | 'version', verdict: Verdict): Exception | null {
  for (const exception of EXCEPTIONS) {
    if (exception.differs !== differs) continue;
    if (exception.oracle && exception.oracle !== row.oracle) continue;
    if (exception.family && !exception.family.test(row.family)) continue;
    if (exception.ua && !exception.ua.test(row.ua)) continue;
    if (exception.ours !== undefined && exception.ours !== (verdict.agent ?? verdict.status)) continue;
    return exception;
  }
  return null;
}

/** Compares one row, or returns null when the oracle's name is not mapped to an agent. */
export function compare(row: OracleRow, evaluate: (ua: string) => Verdict): Comparison | null {
  const meaning = meaningOf(row);
  if (meaning === null) return null;
  const verdict = evaluate(row.ua);
  const expected = expectedAgent(meaning, row.ua);
  let differs: Comparison['differs'] = null;
  if (expected === null) {
    if (verdict.status !== 'bot' && verdict.status !== 'unknown') differs = 'agent';
  } else if (verdict.agent !== expected) {
    differs = 'agent';
  } else {
    const theirs = oracleVersion(row, expected);
    if (theirs !== null && verdict.version !== 'all' && major(verdict.version) !== theirs) differs = 'version';
  }
  return { row, expected, verdict, differs, exception: differs ? findException(row, differs, verdict) : null };
}

/** Agreement per oracle and browser family (crawlers in one row): rows, same agent, same agent and major version, and the documented differences. */
export interface FamilyFigures {
  oracle: string;
  family: string;
  rows: number;
  agent: number;
  version: number;
  documented: number;
  undocumented: number;
}

export function figuresByFamily(comparisons: Comparison[]): FamilyFigures[] {
  const byKey = new Map<string, FamilyFigures>();
  for (const c of comparisons) {
    // Crawlers and tools go by hundreds of names: one row for all of them.
    const family = c.expected === null ? 'crawlers and tools (any name)' : c.row.family;
    const key = `${c.row.oracle}\u0000${family}`;
    let figures = byKey.get(key);
    if (!figures) {
      figures = { oracle: c.row.oracle, family, rows: 0, agent: 0, version: 0, documented: 0, undocumented: 0 };
      byKey.set(key, figures);
    }
    figures.rows++;
    if (c.differs !== 'agent') figures.agent++;
    if (c.differs === null) figures.version++;
    if (c.differs && c.exception) figures.documented++;
    if (c.differs && !c.exception) figures.undocumented++;
  }
  return [...byKey.values()].sort((a, b) => a.oracle.localeCompare(b.oracle) || b.rows - a.rows || a.family.localeCompare(b.family));
}

/** The per-family figures as the Markdown table docs/conformance.md shows. */
export function figuresTable(figures: FamilyFigures[]): string {
  const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
  const lines = [
    '| oracle | browser (as the oracle names it) | user agents | same agent | same agent and major version | differences, all documented |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const f of figures) {
    lines.push(`| ${f.oracle} | ${f.family} | ${f.rows} | ${percent(f.agent, f.rows)} | ${percent(f.version, f.rows)} | ${f.documented} |`);
  }
  const total = figures.reduce((sum, f) => sum + f.rows, 0);
  const agent = figures.reduce((sum, f) => sum + f.agent, 0);
  const version = figures.reduce((sum, f) => sum + f.version, 0);
  const documented = figures.reduce((sum, f) => sum + f.documented, 0);
  lines.push(`| **all** | | **${total}** | **${percent(agent, total)}** | **${percent(version, total)}** | **${documented}** |`);
  return lines.join('\n');
}
