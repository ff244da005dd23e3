import { AGENT_RULES, ENGINE_TOKENS } from '../src/detect/agent-rules';
import { ANY_BOT, BOT_RULES } from '../src/detect/bot-rules';
import { FAST_PATHS } from '../src/fast-path/paths.generated';
import { compileGate } from '../src/first-stage/gate';
import { gatedPattern } from '../src/first-stage/gated-pattern';
import { FIRST_STAGE_PATTERN } from '../src/first-stage/shapes.generated';
import { DEFAULT_POLICY } from '../src/policy/default';

/** Every regular expression that runs on a user agent, with where it comes from. */
export function userAgentPatterns(): Array<{ name: string; pattern: RegExp }> {
  const all: Array<{ name: string; pattern: RegExp }> = [{ name: 'any bot', pattern: ANY_BOT }];
  for (const rule of BOT_RULES) all.push({ name: `bot rule ${rule.name}`, pattern: rule.pattern });
  for (const rule of AGENT_RULES) {
    if (rule.ua) all.push({ name: `agent rule ${rule.name}`, pattern: rule.ua });
    for (const source of rule.version) if (source instanceof RegExp) all.push({ name: `version of ${rule.name}`, pattern: source });
  }
  for (const [line, pattern] of Object.entries(ENGINE_TOKENS)) all.push({ name: `engine token ${line}`, pattern });
  FAST_PATHS.forEach((path) => all.push({ name: `fast path ${path.key}`, pattern: path.pattern }));
  // needsNotice's: the first stage's, and in Node the same with the policy's minimums written into it.
  all.push({ name: 'first stage', pattern: FIRST_STAGE_PATTERN });
  for (const strict of [false, true]) all.push({ name: `first stage gated for defaults${strict ? ', strict' : ''}`, pattern: gatedPattern(compileGate(DEFAULT_POLICY.agents, strict)[0])! });
  return all;
}

/**
 * The classic shapes that make backtracking regular expressions slow, at 512
 * characters (the most any rule ever sees): long runs of one character class,
 * an almost-matching prefix followed by a run, and nested-looking repetitions.
 */
export const REDOS_SHAPES: Array<{ name: string; input: string }> = [
  ['a × 512', 'a'.repeat(512)],
  ['digits', '1'.repeat(512)],
  ['spaces', ' '.repeat(512)],
  ['dots', '.'.repeat(512)],
  ['"1." repeated', '1.'.repeat(256)],
  ['"1_" repeated', '1_'.repeat(256)],
  ['semicolons in parentheses', 'Mozilla/5.0 (' + '; '.repeat(249)],
  ['Chrome/ then digits', 'Chrome/' + '1'.repeat(505)],
  ['Version/ then "1."', 'Version/' + '1.'.repeat(252)],
  ['; wv) then no Chrome', '; wv)' + ' x'.repeat(253)],
  ['almost Chrome', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/' + '1.'.repeat(200)],
  ['almost iOS', 'Mozilla/5.0 (iPhone; CPU iPhone OS ' + '1_'.repeat(230)],
  ['Instagram then parentheses', 'Instagram ' + '1.'.repeat(100) + ' (' + 'a'.repeat(300)],
  ['bot-like repeated', 'bo'.repeat(256)],
  ['http repeated', '+http'.repeat(102)],
  ['e-mail-like repeated', '@a-'.repeat(170)],
  ['Chrome/ dots then no MQQBrowser', 'Chrome/' + '1.'.repeat(252)],
  ['Opera then digits', 'Opera ' + '1.'.repeat(253)],
  ['tabs and unicode', '\t\u2028\u00a0'.repeat(170)],
].map(([name, input]) => ({ name: name!, input: input!.slice(0, 512) }));
