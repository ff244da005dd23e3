import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate, type Policy } from '@lib/node';
import { ENGINE_TOKENS, ruleNamed } from '../../src/detect/agent-rules';
import { gateAccepts, patternAccepts } from '../../src/first-stage/accepts';
import { compileGate, minimumNumber, NEVER, versionNumber } from '../../src/first-stage/gate';
import { matchShape } from '../../src/first-stage/match-shapes';
import { firstStageGate } from '../../src/first-stage/policy-gate';
import { FIRST_STAGE_PATTERN, FIRST_STAGE_SHAPES, GATE_GROUPS, TOUCH_GROUP } from '../../src/first-stage/shapes.generated';
import { matchPattern } from '../../src/fast-path/match-fast-path';
import { BROWSER_SHAPES, type BrowserShape } from '../../src/shapes/browser-shapes';
import { browserOf, readableShapes, shapesAsRegExp } from '../../src/shapes/compile-shapes';
import { compareVersions } from '../../src/version';
import { ALL_USER_AGENTS as UAS, DATASET } from '../data';

const POLICIES: Record<string, Policy> = {
  defaults: compilePolicy('defaults'),
  'last 2 versions': compilePolicy('last 2 versions'),
  '> 0.5%, not dead': compilePolicy('> 0.5%, not dead'),
  'chrome 120, firefox 115, safari 16.4': compilePolicy('chrome >= 120, firefox >= 115, safari >= 16.4, ios_saf >= 16.4, edge >= 120'),
  'safari and ios only': compilePolicy('safari >= 15, ios_saf >= 15'),
  'edge and firefox only': compilePolicy('edge >= 130, firefox >= 140, and_ff >= 140, samsung >= 27'),
};

const chrome = (major: number) =>
  `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;
const macSafari = (version: string) =>
  `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${version} Safari/605.1.15`;

describe('versions as numbers', () => {
  it('compares a captured version with a minimum exactly as the full rules do', () => {
    const versions = ['0', '1', '9', '17', '17.9', '18', '18.4', '18.5', '18.5.1', '18.10', '109', '120', '999.999'];
    for (const version of versions) {
      for (const minimum of [...versions, 'all', 'TP', '16.4.1', '18.1000']) {
        const bound = minimumNumber(minimum);
        const captured = version.split('.').slice(0, 2).join('.');
        if (bound === null || versionNumber(captured) < bound) continue;
        // Accepted by the number: the full comparison (on what the shapes capture) agrees.
        expect({ version, minimum, meets: minimum === 'all' || compareVersions(captured, minimum) >= 0 }).toEqual({ version, minimum, meets: true });
      }
    }
    expect(versionNumber('18_6')).toBe(versionNumber('18.6'));
    expect(minimumNumber('TP')).toBeNull();
    expect(minimumNumber('abc')).toBeNull();
  });

  it('reads a policy\'s own agents only', () => {
    const hostile = JSON.parse('{"__proto__": {"chrome": "1"}}') as Record<string, string>;
    expect(compileGate(hostile, false)[0].filter((bound) => bound > 0 && bound < NEVER)).toEqual([]);
    expect(compileGate(Object.create({ chrome: '1' }) as Record<string, string>, true)[0][1]).toBe(NEVER);
  });
});

describe('the first stage\'s gate', () => {
  it('bounds each version group by the agent and engine line of the rule the full rules apply', () => {
    const shapes: Record<string, BrowserShape> = BROWSER_SHAPES;
    for (const key of Object.keys(shapes)) {
      const shape = shapes[key]!;
      const rule = ruleNamed(shape.rule);
      // The engine check reads the engine's own token: the engine line lets a version through only where the rule reads that very token.
      const line = rule.engineLine;
      const engine = line !== undefined && rule.ua !== undefined && rule.ua.source === ENGINE_TOKENS[line].source ? line : undefined;
      expect({ key, agent: shape.agent, engine: shape.engine }).toEqual({ key, agent: rule.agent, engine });
    }
    // The touch group is Safari's on macOS, and only its bound depends on touch.
    const gate = compileGate({ safari: '17', ios_saf: '18' }, false);
    expect(gate[0].map((bound, i) => (bound === gate[1][i] ? null : i)).filter((i) => i !== null)).toEqual([TOUCH_GROUP]);
    expect(GATE_GROUPS[TOUCH_GROUP]).toBe('safari');
    // One bound per version group the shapes name, each named once.
    expect(compileGate({}, false)[0]).toHaveLength(GATE_GROUPS.length);
    expect(new RegExp(FIRST_STAGE_PATTERN.source + '|').exec('')!.length - 1).toBe(GATE_GROUPS.length);
  });

  it('matches exactly what the shapes, read as a regular expression, match, and reads the same versions', () => {
    const pattern = FIRST_STAGE_PATTERN;
    const hostile = [
      // A crawler or another browser after a current browser's tokens, and one word off.
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 Googlebot/2.1',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 Edg/',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.3',
      'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36 (compatible; bingbot/2.0)',
      'Mozilla/5.0 (Linux; Android 14; bingbot; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1 Googlebot',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Brave',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/.5 Safari/605.1.15',
      '',
    ];
    let matched = 0;
    for (const ua of [...UAS, ...hostile]) {
      const expected = pattern.exec(ua);
      const versions: Array<number | string> = [];
      const found = FIRST_STAGE_SHAPES.some((shape) => matchShape(shape, 0, ua, 0, versions));
      const read = (list: Array<number | string>) => Object.fromEntries(Array.from({ length: list.length / 2 }, (_, i) => [list[2 * i], list[2 * i + 1]]));
      const wanted = expected ? Object.fromEntries(expected.slice(1).map((value, group) => [group, value]).filter(([, value]) => value !== undefined)) : {};
      expect({ ua, found, versions: read(versions) }).toEqual({ ua, found: !!expected, versions: wanted });
      // Safari's on macOS is the only version its shape reads: the touch check looks at the first.
      if (found && versions.includes(TOUCH_GROUP)) expect(versions).toHaveLength(2);
      if (found) matched++;
    }
    // About 380: Android user agents with a build id after the model (`SM-G900P Build/LRX21T`) go to the second stage.
    expect(matched).toBeGreaterThan(350);
  });

  it.each(Object.keys(POLICIES))('is sound under %s: whatever it accepts, evaluate calls supported', (name) => {
    const policy = POLICIES[name]!;
    for (const strict of [false, true]) {
      const gate = firstStageGate(policy, strict);
      // On a Mac with and without touch (an iPad in desktop mode).
      for (const touch of [0, 5]) {
        for (const ua of UAS) {
          const accepted = gateAccepts(ua, FIRST_STAGE_SHAPES, gate, () => touch);
          // The lazy import's form of the same shapes decides alike.
          if (patternAccepts(ua, FIRST_STAGE_PATTERN, gate, () => touch) !== accepted) expect({ ua, strict, touch, accepted }).toBeNull();
          if (!accepted) continue;
          const verdict = evaluate(ua, { browsers: policy, strict, maxTouchPoints: touch });
          if (verdict.status !== 'supported') expect({ ua, strict, touch, status: verdict.status }).toBeNull();
        }
      }
    }
  });

  it('reads every version where a fast path reads it, so that the agent rule bounding it is the one the full rules apply', () => {
    const shapes: Record<string, BrowserShape> = BROWSER_SHAPES;
    let matched = 0;
    for (const ua of UAS) {
      const match = FIRST_STAGE_PATTERN.exec(ua);
      if (!match) continue;
      matched++;
      const groups = GATE_GROUPS.filter((_, group) => match[group + 1] !== undefined);
      // The browser the server's fast path finds says the first stage reads these very groups.
      const key = matchPattern(ua)?.path.key;
      const carried = key ? (shapes[key]!.firstStage || []) : [];
      expect({ ua, key, groups: groups.filter((group) => carried.includes(group)) }).toEqual({ ua, key, groups });
      for (const group of groups) expect(browserOf(group) in shapes).toBe(true);
    }
    // About 380: Android user agents with a build id after the model (`SM-G900P Build/LRX21T`) go to the second stage.
    expect(matched).toBeGreaterThan(350);
    // Disjoint shapes: no user agent has two, so the first one found decides.
    const each = readableShapes().map((shape) => shapesAsRegExp([shape]));
    for (const ua of UAS) expect(each.filter((shape) => shape.test(ua)).length).toBeLessThanOrEqual(1);
  });

  it('decides alone for at least 99 % of the weighted traffic that `defaults` supports', () => {
    const gate = firstStageGate(POLICIES.defaults!, false);
    let supported = 0;
    let accepted = 0;
    for (const { userAgent, weight } of DATASET) {
      if (evaluate(userAgent, { browsers: POLICIES.defaults }).status === 'supported') supported += weight;
      if (gateAccepts(userAgent, FIRST_STAGE_SHAPES, gate, () => 0)) accepted += weight;
    }
    expect(accepted / supported).toBeGreaterThanOrEqual(0.99);
  });

  it('decides alone for current desktop Firefox, Safari on macOS, Samsung Internet, Edge, iOS and Firefox for Android', () => {
    const current = [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:153.0) Gecko/20100101 Firefox/153.0',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:153.0) Gecko/20100101 Firefox/153.0',
      'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
      macSafari('26.6'),
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/30.0 Chrome/140.0.0.0 Mobile Safari/537.36',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/154.0.0.0 Safari/537.36 Edg/154.0.0.0',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Android 15; Mobile; rv:153.0) Gecko/153.0 Firefox/153.0',
    ];
    const policy = POLICIES.defaults!;
    for (const strict of [false, true]) {
      for (const ua of current) {
        expect(evaluate(ua, { browsers: policy, strict }).status).toBe('supported');
        expect({ ua, strict, accepted: gateAccepts(ua, FIRST_STAGE_SHAPES, firstStageGate(policy, strict), () => 0) }).toEqual({ ua, strict, accepted: true });
      }
    }
  });

  it('never accepts a browser the policy leaves out, or one just below its minimum', () => {
    expect(gateAccepts(chrome(157), FIRST_STAGE_SHAPES, firstStageGate(POLICIES['safari and ios only']!, false), () => 0)).toBe(false);
    const gate = firstStageGate(compilePolicy('chrome >= 120'), false);
    expect(gateAccepts(chrome(119), FIRST_STAGE_SHAPES, gate, () => 0)).toBe(false);
    expect(gateAccepts(chrome(120), FIRST_STAGE_SHAPES, gate, () => 0)).toBe(true);
    expect(gateAccepts(chrome(119).replace('Chrome/119', 'Chrome/0119'), FIRST_STAGE_SHAPES, gate, () => 0)).toBe(false);
    expect(gateAccepts(chrome(12000), FIRST_STAGE_SHAPES, compileGate({ chrome: '12001' }, false), () => 0)).toBe(false);
    // A version too long to be exact reads smaller, never larger: a group the policy leaves out stays shut.
    expect(gateAccepts(chrome(12000).replace('Chrome/12000', 'Chrome/' + '9'.repeat(400)), FIRST_STAGE_SHAPES, compileGate({ firefox: '140' }, false), () => 0)).toBe(false);
    // A minor's first three digits, as the full rules read it: 17.1000 is 17.100, which meets 17.5 in both.
    expect(gateAccepts(macSafari('17.1000'), FIRST_STAGE_SHAPES, compileGate({ safari: '17.5' }, false), () => 0)).toBe(true);
    expect(evaluate(macSafari('17.1000'), { browsers: compilePolicy('safari >= 17.5') }).status).toBe('supported');
    // Leading zeros count as digits: 26.0000006 is 26.0 to every reader, below 26.1.
    expect(gateAccepts(macSafari('26.0000006'), FIRST_STAGE_SHAPES, compileGate({ safari: '26.1' }, false), () => 0)).toBe(false);
    expect(evaluate(macSafari('26.0000006'), { browsers: compilePolicy('safari >= 26.1') }).status).toBe('outdated');
    expect(gateAccepts(macSafari('17.6_1'), FIRST_STAGE_SHAPES, compileGate({ safari: '17.5' }, false), () => 0)).toBe(true);
  });

  it('judges Safari on a Mac with touch (an iPad in desktop mode) by the iOS minimum', () => {
    const gate = firstStageGate(compilePolicy('safari >= 17, ios_saf >= 18'), false);
    expect(gateAccepts(macSafari('17.5'), FIRST_STAGE_SHAPES, gate, () => 0)).toBe(true);
    expect(gateAccepts(macSafari('17.5'), FIRST_STAGE_SHAPES, gate, () => 5)).toBe(false);
    expect(gateAccepts(macSafari('18.1'), FIRST_STAGE_SHAPES, gate, () => 5)).toBe(true);
    // The larger minimum: a touch screen on another desktop (any Safari there) passes under the Safari minimum too.
    expect(gateAccepts(macSafari('16.5'), FIRST_STAGE_SHAPES, firstStageGate(compilePolicy('safari >= 17, ios_saf >= 16'), false), () => 5)).toBe(false);
  });

  it('bounds Edge by its own version only when strict', () => {
    const policy = compilePolicy('chrome >= 120, edge >= 140');
    const edge = chrome(130) + ' Edg/130.0.0.0';
    expect(gateAccepts(edge, FIRST_STAGE_SHAPES, firstStageGate(policy, false), () => 0)).toBe(true);
    expect(gateAccepts(edge, FIRST_STAGE_SHAPES, firstStageGate(policy, true), () => 0)).toBe(false);
  });
});
