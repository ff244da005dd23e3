import { advise, adviceDay } from '../advice/advise';
import { lostFixes } from '../advice/insecure';
import { compareVersions, normalizeVersion } from '../version';
import type { Policy } from '../policy/types';
import { ANY_BOT, BOT_RULES } from './bot-rules';
import { ANY_DEVICE, DEVICE_RULES } from './device-rules';
import { withoutDeviceModel } from './model-field';
import { CONTRADICTIONS } from './contradictions';
import { matchFastPath } from '../fast-path/match-fast-path';
import { ENGINE_TOKENS, VERSION_TOKEN, findAgentRule, ruleNamed, type AgentRule, type VersionSource } from './agent-rules';
import { iosVersion } from '../os/ios-version';
import { MAX_UA_LENGTH, readFacts, type UaFacts } from './facts';
import { spokenSubject } from './reason';
import { isNotified, newVerdict, type Verdict } from '../verdict';

/**
 * Whether this build carries the fast path. The script tag's second stage does not:
 * it judges one visitor once, so the patterns would only cost bytes.
 */
declare const __FAST_PATH__: boolean; // set by every build (tsup.config.ts) and by vitest.config.ts

/** What the judge needs besides the user agent. */
export interface JudgeOptions {
  /** Judge by the browser's own agent only, without the engine capability check. */
  strict?: boolean;
  /** `navigator.maxTouchPoints`, when known: tells an iPad in desktop mode from a Mac. */
  maxTouchPoints?: number;
  /** `false` always runs the full parse. The fast path gives the same verdicts; this exists to check that. */
  fastPath?: boolean;
  /**
   * The moment the advice is for: a browser is recommended only while its last version
   * on the visitor's system still gets security fixes, so the answer depends on the date.
   * A `Date` or milliseconds since 1970; default: the current time. Set it in tests, or
   * to see what visitors will be told on a coming day.
   *
   * @example
   * ```ts
   * const ie11OnWindows7 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
   * evaluate(ie11OnWindows7, { browsers: 'firefox >= 115', now: new Date('2026-01-15') });
   * // → action 'switch', recommend ['firefox']: Firefox 115 ESR still got fixes on Windows 7
   * evaluate(ie11OnWindows7, { browsers: 'firefox >= 115', now: Date.UTC(2026, 2, 1) });
   * // → action 'update-os', recommend []: its fixes ended on 24 February 2026
   * ```
   */
  now?: Date | number;
  /**
   * Also notify a browser the policy accepts but whose last version on the visitor's system
   * gets no security fixes on the day judged (`now`): its status is then `insecure`. Off by
   * default: the policy is the site's promise.
   *
   * @example
   * ```ts
   * const chrome109OnWindows7 = 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36';
   * evaluate(chrome109OnWindows7, { browsers: 'chrome >= 109', insecure: true }).status; // 'insecure'
   * ```
   */
  insecure?: boolean;
}

function pickVersion(rule: AgentRule, facts: UaFacts, captured: string | undefined): string | null {
  for (let i = 0; i < rule.version.length; i++) {
    const source: VersionSource = rule.version[i]!;
    let raw: string | undefined;
    if (source === 'match') raw = captured;
    else if (source === 'browser') raw = facts.browserVersion;
    else if (source === 'os') raw = facts.osVersion;
    else if (source === 'all') return 'all';
    else if (source === 'ios') {
      const token = VERSION_TOKEN.exec(facts.ua);
      raw = iosVersion(facts.osVersion, token ? token[1] : undefined);
    }
    else {
      const match = source.exec(facts.ua);
      raw = match ? match[1] : undefined;
    }
    const version = normalizeVersion(raw, rule.keep);
    if (version !== null) return rule.versionMap ? rule.versionMap[version] || version : version;
  }
  return null;
}

/** How the reason says a version against the policy: "Chrome 120 on Windows 10 meets the policy's chrome >= 109". */
function compared(subject: string, meetsIt: boolean, agent: string, minimum: string): string {
  return `${subject} ${meetsIt ? 'meets' : 'is below'} the policy's ${agent} >= ${minimum}`;
}

function meets(version: string, minimum: string | undefined): boolean {
  return minimum !== undefined && (minimum === 'all' || compareVersions(version, minimum) >= 0);
}

/**
 * Judges a user agent against a compiled policy and advises what to do. This is the
 * whole decision, with no I/O and no Node built-ins, so it runs in browsers and edge runtimes.
 */
export function judge(userAgent: string, policy: Policy, options: JudgeOptions = {}): Verdict {
  return withAdvice(judgeStatus(userAgent, policy, options, true), policy, options);
}

/**
 * Whether {@link judge} would notify this user agent (`outdated`, `unsupported`, or with the
 * `insecure` option `insecure`), without writing the advice it would not need.
 */
export function judgeNotified(userAgent: string, policy: Policy, options: JudgeOptions = {}): boolean {
  const result = judgeStatus(userAgent, policy, options, false);
  return isNotified(result.status) || (!!options.insecure && isNotified(withInsecure(result, options, adviceDay(options.now)).status));
}

/** With the `insecure` option, a supported verdict whose last version here gets no security fixes on `day` becomes `insecure`. */
function withInsecure(result: Verdict, options: JudgeOptions, day: string): Verdict {
  if (options.insecure && result.status === 'supported' && lostFixes(result, day)) {
    result.status = 'insecure';
    result.reason += ' Its last version for this system gets no security fixes any more.';
  }
  return result;
}

/** Adds what to ask of the visitor (action, recommended browsers) to a judged verdict. */
function withAdvice(result: Verdict, policy: Policy, options: JudgeOptions): Verdict {
  // Only the insecure check and a notice's advice depend on the day; everyone else is asked
  // nothing (action `none`, as every verdict starts), which most servers answer most often.
  // (The script tag's second stage asks once, and leaves it to the advice: fewer bytes.)
  if (__FAST_PATH__ && !options.insecure && !isNotified(result.status)) return result;
  const day = adviceDay(options.now);
  const advice = advise(withInsecure(result, options, day), policy, !!options.strict, day);
  result.action = advice.action;
  result.recommend = advice.recommend;
  return result;
}

/** The verdict's status, agent, version, OS and minimum; its reason only when `said` (a yes or no does not need it). */
function judgeStatus(userAgent: string, policy: Policy, options: JudgeOptions, said: boolean): Verdict {
  const ua = readableHeader(String(userAgent == null ? '' : userAgent).slice(0, MAX_UA_LENGTH));
  // Common shapes skip ua-parser-js (a Mac with touch may be an iPad, which only the full
  // rules tell). Their only free texts are an Android device model, checked for a TV's
  // tokens, and Opera's edition, checked for a tool's too; the rest cannot spell either.
  const fast =
    !__FAST_PATH__ || options.fastPath === false || (options.maxTouchPoints && options.maxTouchPoints > 1) ? null : matchFastPath(ua);
  if (fast && !ANY_DEVICE.test(fast.free) && !(fast.tool && ANY_BOT.test(fast.free))) return decideAs(fast.rule, fast.version, fast.os, ua, policy, options, said);
  if (!/\S/.test(ua)) return newVerdict('unknown', 'The user agent is empty.');
  // A device, a bot and a contradiction are all never notified: the order of their checks
  // changes only the reason. A yes or no (needsNotice), which reads none, asks the cheapest
  // first: the bots' patterns cost ten times the contradictions' on the forged user agents
  // that make up 1.6 % of the dataset's traffic (bench/evaluate.bench.js).
  if (__FAST_PATH__ && !said && firstMatch(CONTRADICTIONS, withoutDeviceModel(ua))) return newVerdict('unknown', '');
  // A TV's model says it is one, so devices are read on the whole user agent.
  const device = firstMatch(DEVICE_RULES, ua, ANY_DEVICE);
  if (device) return newVerdict('unknown', `Recognised as a ${device.name}, whose browser comes with the device and cannot be changed, so it is never notified.`);
  // Everything else is read without the Android device model (model-field.ts).
  const readable = withoutDeviceModel(ua);
  const bot = firstMatch(BOT_RULES, readable, ANY_BOT);
  if (bot) return newVerdict(bot.status, `Recognised as a ${bot.name}, which is never notified.`);
  const contradiction = firstMatch(CONTRADICTIONS, readable);
  if (contradiction) return newVerdict('unknown', `${contradiction.name}: no browser sends both, so it is never notified.`);
  const facts = readFacts(readable, options.maxTouchPoints || 0);
  const found = findAgentRule(facts);
  const os = { name: facts.os || null, version: facts.osVersion || null };
  if (!found) return newVerdict('unknown', 'Not a browser this library can judge, so it is never notified.', os);
  return decide(newVerdict('unknown', '', os), found.rule, pickVersion(found.rule, facts, found.captured), readable, policy, options, said);
}

/**
 * A user agent written with `+` for every space — IIS's W3C logs and URL-encoded query
 * text write it so (`Mozilla/5.0+(iPhone;+CPU+iPhone+OS+9_3_1+…`) — read as the header it
 * encodes. No browser sends a user agent with a `+` and no space.
 */
function readableHeader(ua: string): string {
  return ua.indexOf(' ') < 0 && ua.indexOf('+(') >= 0 ? ua.replace(/\+/g, ' ') : ua;
}

/** The first rule whose pattern matches, after one combined pattern (when given) says any does. */
function firstMatch<T extends { pattern: RegExp }>(rules: readonly T[], ua: string, any?: RegExp): T | null {
  if (any && !any.test(ua)) return null;
  for (let i = 0; i < rules.length; i++) if (rules[i]!.pattern.test(ua)) return rules[i]!;
  return null;
}

/**
 * Judges a browser already identified (by client hints) as the agent rule named
 * `ruleName` at `rawVersion` on `os`, exactly as if the user agent had said so.
 */
export function judgeAs(
  ruleName: string,
  rawVersion: string,
  os: Verdict['os'],
  ua: string,
  policy: Policy,
  options: JudgeOptions = {},
): Verdict {
  const capped = String(ua == null ? '' : ua).slice(0, MAX_UA_LENGTH);
  return withAdvice(decideAs(ruleName, rawVersion, os, capped, policy, options, true), policy, options);
}

/** The status for a browser identified without the full parse: by rule name, raw version and OS. */
function decideAs(ruleName: string, rawVersion: string, os: Verdict['os'], ua: string, policy: Policy, options: JudgeOptions, said: boolean): Verdict {
  const rule = ruleNamed(ruleName);
  const result = newVerdict('unknown', '', os);
  return decide(result, rule, normalizeVersion(rawVersion, rule.keep), ua, policy, options, said);
}

/** The status for a browser identified by a rule and a version, with the engine capability check. */
function decide(result: Verdict, rule: AgentRule, version: string | null, ua: string, policy: Policy, options: JudgeOptions, said: boolean): Verdict {
  result.agent = rule.agent;
  result.version = version;
  if (rule.agent === 'ios_saf' && version !== null) result.os = { name: 'iOS', version };
  // The subject is the costly part of the reason, which a yes or no does not read.
  const label = !__FAST_PATH__ || said ? spokenSubject(rule, version, result.os) : '';
  if (version === null) {
    result.reason = `${label} sends no readable version, so it cannot be judged and is never notified.`;
    return result;
  }
  const minimum = policy.agents[rule.agent];
  result.minimum = minimum === undefined ? null : minimum;
  const ownMeets = meets(version, minimum);
  const ownPart = minimum === undefined ? `${label} is not in the policy, which names no ${rule.agent} version` : compared(label, ownMeets, rule.agent, minimum);
  if (ownMeets) {
    result.status = 'supported';
    result.reason = `${ownPart}.`;
    return result;
  }
  const line = options.strict ? undefined : rule.engineLine;
  const engineMinimum = line ? policy.agents[line] : undefined;
  const engineMatch = line ? ENGINE_TOKENS[line].exec(ua) : null;
  const engineVersion = engineMatch ? engineMatch[1]! : null;
  if (line && engineVersion !== null && engineMinimum !== undefined) {
    const engineMeets = meets(engineVersion, engineMinimum);
    const engine = compared(`its ${line === 'chrome' ? 'Chromium' : 'Firefox'} ${engineVersion} engine`, engineMeets, line, engineMinimum);
    result.status = engineMeets ? 'supported' : 'outdated';
    // Firefox is judged on its own line: its engine clause would repeat the first.
    result.reason = engineMeets ? `${ownPart}, but ${engine}.` : line === rule.agent ? `${ownPart}.` : `${ownPart}, and ${engine}.`;
    return result;
  }
  result.status = minimum === undefined ? 'unsupported' : 'outdated';
  result.reason = `${ownPart}.`;
  return result;
}
