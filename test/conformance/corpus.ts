import { ALL_USER_AGENTS } from '../data';
import { CRAWLERS } from './crawlers';
import { ORACLE_ROWS } from './oracles';

/**
 * Every distinct user agent this project has: the fixtures and the `user-agents` dataset,
 * the public parsers' fixtures and the crawler list's instances. For checks that two ways
 * of judging agree (fast path and full parse, script tag and npm library).
 */
export const EVERY_USER_AGENT: string[] = [
  ...new Set([...ALL_USER_AGENTS, ...ORACLE_ROWS.map((row) => row.ua), ...CRAWLERS.flatMap((crawler) => crawler.instances ?? [])]),
];
