import { describe, expect, it } from 'vitest';
import { evaluate, type Policy } from '@lib/universal';
import { AGENT_RULES } from '../../src/detect/agent-rules';
import { spokenName } from '../../src/detect/reason';

const policy = (agents: Record<string, string>): Policy => ({ query: 'test', caniuse: null, agents });
const CHROME_100_ANDROID_9 =
  'Mozilla/5.0 (Linux; Android 9; SM-G960F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Mobile Safari/537.36';

// [user agent, policy, strict, the reason]
const REASONS: Array<[string, Policy, boolean, string]> = [
  [CHROME_100_ANDROID_9, policy({ and_chr: '109', chrome: '109' }), true, "Chrome 100 on Android 9 is below the policy's and_chr >= 109."],
  [
    CHROME_100_ANDROID_9,
    policy({ and_chr: '109', chrome: '109' }),
    false,
    "Chrome 100 on Android 9 is below the policy's and_chr >= 109, and its Chromium 100 engine is below the policy's chrome >= 109.",
  ],
  [
    'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko',
    policy({ chrome: '109' }),
    false,
    'Internet Explorer 11 on Windows 7 is not in the policy, which names no ie version.',
  ],
  [
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/20.0 Chrome/130.0.0.0 Mobile Safari/537.36',
    policy({ samsung: '23', chrome: '120' }),
    false,
    "Samsung Internet 20 on Android 14 is below the policy's samsung >= 23, but its Chromium 130 engine meets the policy's chrome >= 120.",
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Mobile/15E148 Safari/604.1',
    policy({ ios_saf: '17' }),
    false,
    "A browser on iOS 16.5 is below the policy's ios_saf >= 17.",
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Safari/605.1.15',
    policy({ safari: '17' }),
    false,
    "Safari 12.1 on macOS 10.13.6 is below the policy's safari >= 17.",
  ],
  [
    'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
    policy({ firefox: '145' }),
    false,
    "Firefox 140 on Linux is below the policy's firefox >= 145.",
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36',
    policy({ chrome: '109' }),
    false,
    "Chrome 157 on Windows 10 meets the policy's chrome >= 109.",
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0 Mobile/15E148 Safari/604.1',
    policy({ ios_saf: '17' }),
    false,
    'A browser on iOS sends no readable version, so it cannot be judged and is never notified.',
  ],
];

describe('the verdict\'s reason, as a person would say it', () => {
  it.each(REASONS)('%s (%j, strict %s)', (ua, browsers, strict, reason) => {
    expect(evaluate(ua, { browsers, strict }).reason).toBe(reason);
  });

  it('names every browser by a name, not a rule\'s description', () => {
    for (const rule of AGENT_RULES) {
      const name = spokenName(rule);
      expect(name, rule.name).toMatch(/^[A-Z]/);
      expect(name, rule.name).not.toMatch(/Chromium-based| for Android| on iOS| desktop mode/);
    }
  });
});
