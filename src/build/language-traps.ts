import { hasOwn } from '../has-own';
import { matchLocale } from '../locales/choose';
import type { Locale } from '../locales/types';

/**
 * Tags people write for a language that mean something else, or nothing: country codes
 * (`se` Sweden, `dk` Denmark, `gr` Greece, `jp` Japan) and the macrolanguage `no`. Each
 * says what the tag is, and which tag the language was probably meant to be. Sources: the
 * IANA language subtag registry (https://www.iana.org/assignments/language-subtag-registry):
 * `se` is Northern Sami, `no` Norwegian (whose written standards are `nb` and `nn`); `dk`,
 * `gr`, `jp` are no language; Danish is `da`, Greek `el`, Japanese `ja`.
 * Keys are lower case, read as own properties only.
 */
export const LANGUAGE_TRAPS: Readonly<Record<string, { is: string; meant: string; meantName: string }>> = {
  se: { is: 'Northern Sami (davvisámegiella)', meant: 'sv', meantName: 'Swedish' },
  'se-se': { is: 'Northern Sami (davvisámegiella) as written in Sweden', meant: 'sv', meantName: 'Swedish' },
  dk: { is: "Denmark's country code, not a language", meant: 'da', meantName: 'Danish' },
  gr: { is: "Greece's country code, not a language", meant: 'el', meantName: 'Greek' },
  jp: { is: "Japan's country code, not a language", meant: 'ja', meantName: 'Japanese' },
  no: { is: 'Norwegian in general (Bokmål, or Nynorsk: `nn`)', meant: 'nb', meantName: 'the Bokmål text it builds' },
};

/**
 * What to say about `tag` written in `--lang`: that it is a trap and what was probably meant,
 * or null when it is none, or when the language it was probably meant to be is not one we have
 * (`jp`: there is no Japanese text, so the plain "unknown language" error says enough).
 *
 * @example
 * ```ts
 * languageTrap('se-SE', LOCALES); // "`se-SE` is Northern Sami (davvisámegiella) as written in Sweden; Swedish is `sv`."
 * languageTrap('sv', LOCALES); // null
 * ```
 */
export function languageTrap(tag: string, locales: readonly Locale[]): string | null {
  const key = tag.toLowerCase().replace(/_/g, '-');
  if (!hasOwn(LANGUAGE_TRAPS, key)) return null;
  const trap = LANGUAGE_TRAPS[key]!;
  if (!matchLocale(trap.meant, locales)) return null;
  return `\`${tag}\` is ${trap.is}; ${trap.meantName} is \`${trap.meant}\`.`;
}
