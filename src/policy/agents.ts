/**
 * The browserslist agent names, with the aliases browserslist accepts for them
 * (case-insensitive), so that a policy written by hand in a data attribute reads
 * the same as in `.browserslistrc`. Source: browserslist `aliases` in index.js.
 */
export const AGENT_ALIASES: Readonly<Record<string, string>> = {
  ie: 'ie', explorer: 'ie',
  edge: 'edge',
  firefox: 'firefox', ff: 'firefox', fx: 'firefox',
  chrome: 'chrome',
  safari: 'safari',
  opera: 'opera',
  ios_saf: 'ios_saf', ios: 'ios_saf',
  op_mini: 'op_mini', operamini: 'op_mini',
  android: 'android',
  bb: 'bb', blackberry: 'bb',
  op_mob: 'op_mob', operamobile: 'op_mob',
  and_chr: 'and_chr', chromeandroid: 'and_chr',
  and_ff: 'and_ff', firefoxandroid: 'and_ff',
  ie_mob: 'ie_mob', explorermobile: 'ie_mob',
  and_uc: 'and_uc', ucandroid: 'and_uc',
  samsung: 'samsung',
  and_qq: 'and_qq',
  baidu: 'baidu',
  kaios: 'kaios',
};
