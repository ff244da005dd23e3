/**
 * The longest user agent we read: longer ones are cut before any regular expression
 * runs. In a file of its own so that readers of logs can cut to it without loading
 * ua-parser-js.
 * @example userAgent.slice(0, MAX_UA_LENGTH)
 */
export const MAX_UA_LENGTH = 512;
