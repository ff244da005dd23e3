/**
 * The Android device model is free text that phone makers fill in: real phones are named
 * "M bot 54", "XBot Junior", "Spider 8", "Winnovo T8" and "BBB100" (a BlackBerry-branded
 * Android phone). Read as a product, such a name makes a person a bot, a phone a Windows
 * PC, or an Android Chrome a BlackBerry browser; a token put there on purpose
 * (`; K Trident/7.0)`) makes a current Chrome an Internet Explorer. So the rules never
 * read it: the model is replaced by `K`, as Chrome's reduced user agent sends it
 * (https://www.chromium.org/updates/ua-reduction/), before the bot rules, ua-parser-js
 * and the agent rules see the user agent. Only the device-class rules (device-rules.ts)
 * read it, since a TV's model says it is a TV.
 *
 * The field: after `Android <version>;` and an optional locale (`en-us;`, old builds
 * send one), up to `;`, `)` or ` Build/`. A second field after it (`; wv)`, Google's
 * `; DuplexWeb-Google/1.0)`) is not the model and stays.
 */
const MODEL_FIELD = /(\bAndroid[ -]?\d[\d.]{0,11};\s?(?:[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?;\s?)?)[^;)]{1,120}?(?= Build\/|;|\))/;

/**
 * The user agent with its Android device model read as `K` (or unchanged when it has none).
 *
 * @example
 * ```ts
 * withoutDeviceModel('Mozilla/5.0 (Linux; Android 7.0; M bot 54) AppleWebKit/537.36 …');
 * // 'Mozilla/5.0 (Linux; Android 7.0; K) AppleWebKit/537.36 …'
 * ```
 */
export function withoutDeviceModel(ua: string): string {
  return ua.replace(MODEL_FIELD, '$1K');
}
