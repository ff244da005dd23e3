import { hasOwn } from '../has-own';
import type { AgentRule } from './agent-rules';
import type { Verdict } from '../verdict';

/**
 * How a person says the browser an agent rule recognises. Rule names are descriptions
 * ("Chromium-based browser on Android", "Firefox for Android", "browser on iOS"), and the
 * reason names the system anyway, so each pair in turn rewrites the rule's name. A rule
 * whose name is already a name ("Samsung Internet", "Internet Explorer") keeps it.
 */
export const SPOKEN_NAME_REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  // A Chromium browser without a rule of its own says it is Chrome.
  [/^Chromium-based browser.*/, 'Chrome'],
  // The system follows in the sentence.
  [/ for Android$| on iOS$| on iPad in desktop mode$/, ''],
  // "browser" → "A browser", to begin a sentence.
  [/^[a-z]/, 'A $&'],
];

/** Whether this build serves many calls (see src/detect/judge.ts): the script tag's second stage does not. */
declare const __FAST_PATH__: boolean;

/** Spoken names by rule name, as {@link spokenName} wrote them. */
const SPOKEN_NAMES: Record<string, string> = {};

/** The name a person would use for the browser a rule recognises (see {@link SPOKEN_NAME_REWRITES}). */
export function spokenName(rule: AgentRule): string {
  // Rewritten once per rule: the reason is written for every verdict, supported ones included.
  // The script tag's second stage writes one reason: it carries no cache.
  if (__FAST_PATH__ && hasOwn(SPOKEN_NAMES, rule.name)) return SPOKEN_NAMES[rule.name]!;
  let name = rule.name;
  for (let i = 0; i < SPOKEN_NAME_REWRITES.length; i++) name = name.replace(SPOKEN_NAME_REWRITES[i]![0], SPOKEN_NAME_REWRITES[i]![1]);
  if (__FAST_PATH__) SPOKEN_NAMES[rule.name] = name;
  return name;
}

/**
 * The browser, its version and its system as a person would say them, to begin the
 * verdict's reason: "Chrome 100 on Android 9", "Internet Explorer 11 on Windows 7",
 * "A browser on iOS 15.8" (on iOS the version judged is the system's).
 */
export function spokenSubject(rule: AgentRule, version: string | null, os: Verdict['os']): string {
  const name = spokenName(rule);
  const v = version ? ' ' + version : '';
  if (rule.agent === 'ios_saf') return name + ' on iOS' + v;
  // ua-parser-js says "Mac OS"; Apple has said "macOS" since 2016.
  const system = os.name ? ' on ' + (os.name === 'Mac OS' ? 'macOS' : os.name) + (os.version ? ' ' + os.version : '') : '';
  return name + v + system;
}
