/**
 * The one error class this library throws, for bad configuration: an unknown
 * browserslist query, a malformed policy, a bad option. Messages quote the input
 * in backticks and say how to fix it.
 *
 * @example
 * ```ts
 * try {
 *   compilePolicy('chrome >= banana');
 * } catch (error) {
 *   if (error instanceof OldBrowserNoticeError) console.error(error.message);
 * }
 * ```
 */
export class OldBrowserNoticeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OldBrowserNoticeError';
  }
}
