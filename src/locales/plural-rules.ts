/**
 * Cardinal plural rules for whole numbers, as data: each rule maps n to the index
 * of the form to use in a locale's `remember` array. Categories follow the CLDR
 * plural rules (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
 * only integer operands matter here, since `{days}` is always a whole number.
 * Intl.PluralRules is not used: the browsers this notice is for lack it.
 */
export const PLURAL_RULES = {
  /** one, other — en, sv, de, fi, nb, da, it, es, el, hu, tr… */
  'one-other': (n: number) => (n === 1 ? 0 : 1),
  /** one (0 and 1), other — fr, pt, fa, hi, ti… */
  'zero-one-other': (n: number) => (n <= 1 ? 0 : 1),
  /** one (ends in 1 but not 11), other — is, mk */
  'icelandic': (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 0 : 1),
  /** one, two, other — Sami languages (se, smj, sma), Hebrew (he) */
  'one-two-other': (n: number) => (n === 1 ? 0 : n === 2 ? 1 : 2),
  /** one, few, many/other — ru, uk; also hr, sr, bs, whose third category CLDR calls "other" */
  'slavic': (n: number) =>
    n % 10 === 1 && n % 100 !== 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2,
  /** one, few, other — cs, sk */
  'west-slavic': (n: number) => (n === 1 ? 0 : n >= 2 && n <= 4 ? 1 : 2),
  /** one, few, many — pl */
  'polish': (n: number) =>
    n === 1 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2,
  /** zero, one, other — lv */
  'latvian': (n: number) => (n % 10 === 0 || (n % 100 >= 11 && n % 100 <= 19) ? 0 : n % 10 === 1 && n % 100 !== 11 ? 1 : 2),
  /** one, few, other — lt */
  'lithuanian': (n: number) =>
    n % 100 >= 11 && n % 100 <= 19 ? 2 : n % 10 === 1 ? 0 : n % 10 >= 2 ? 1 : 2,
  /** one, two, few, other — sl */
  'slovenian': (n: number) => (n % 100 === 1 ? 0 : n % 100 === 2 ? 1 : n % 100 === 3 || n % 100 === 4 ? 2 : 3),
  /** one, few, other — ro */
  'romanian': (n: number) => (n === 1 ? 0 : n === 0 || (n % 100 >= 1 && n % 100 <= 19) ? 1 : 2),
  /** one, two, few, many, other — ga */
  'irish': (n: number) => (n === 1 ? 0 : n === 2 ? 1 : n >= 3 && n <= 6 ? 2 : n >= 7 && n <= 10 ? 3 : 4),
  /** one, two, few, many, other — mt */
  'maltese': (n: number) =>
    n === 1 ? 0 : n === 2 ? 1 : n === 0 || (n % 100 >= 3 && n % 100 <= 10) ? 2 : n % 100 >= 11 && n % 100 <= 19 ? 3 : 4,
  /** zero, one, two, few, many, other — ar */
  'arabic': (n: number) =>
    n === 0 ? 0 : n === 1 ? 1 : n === 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5,
  /** other only — zh, and languages without grammatical number */
  'other': (_n: number) => 0,
} as const;

/** Name of a rule in {@link PLURAL_RULES}. */
export type PluralRuleName = keyof typeof PLURAL_RULES;

/** How many forms each rule needs — the length a locale's `remember` array must have. */
export function pluralFormCount(rule: PluralRuleName): number {
  let max = 0;
  for (let n = 0; n < 200; n++) max = Math.max(max, PLURAL_RULES[rule](n));
  return max + 1;
}
