import { describe, expect, it } from 'vitest';
import { evaluate } from '@lib/node';
import { DEVICE_OS_FAMILIES, LATE_CRAWLERS, OS_FIXTURES, PODCAST_CLIENTS } from './held-out';

const notified = (ua: string) => {
  const status = evaluate(ua).status;
  return status === 'outdated' || status === 'unsupported';
};

describe('held-out data', () => {
  it('prints figures', () => {
    const late = LATE_CRAWLERS.filter((c) => notified(c.ua));
    const devices = OS_FIXTURES.filter((r) => DEVICE_OS_FAMILIES.test(r.family));
    const dn = devices.filter((r) => notified(r.ua));
    const pods = PODCAST_CLIENTS.filter((r) => notified(r.ua));
    console.log(JSON.stringify({ late: [LATE_CRAWLERS.length, late.length], devices: [devices.length, dn.length], pods: [PODCAST_CLIENTS.length, pods.length] }));
    console.log(late.map((c) => c.ua).join('\n'));
    console.log(dn.map((c) => c.family + ' ' + c.ua).join('\n'));
    console.log(pods.map((c) => c.family + ' ' + c.ua).join('\n'));
    expect(1).toBe(1);
  });
});
