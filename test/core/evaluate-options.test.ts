import { describe, expect, it, vi } from 'vitest';

describe('evaluate in Node', () => {
  it('compiles each query string once', async () => {
    vi.resetModules();
    const browserslist = (await import('browserslist')).default;
    const spy = vi.fn(browserslist);
    vi.doMock('browserslist', () => ({ default: Object.assign(spy, browserslist) }));
    const { evaluate } = await import('@lib/node');
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
    for (let i = 0; i < 5; i++) evaluate(ua, { browsers: 'firefox >= 128, not dead' });
    expect(spy).toHaveBeenCalledTimes(1);
    vi.doUnmock('browserslist');
  });
});
