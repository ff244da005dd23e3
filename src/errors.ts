/** An error this library threw: see {@link OldBrowserNoticeError}. */
export interface OldBrowserNoticeError extends Error {
  readonly name: 'OldBrowserNoticeError';
}

// An ES5 constructor rather than `class … extends Error`: the script tag is compiled to
// ES5, where a class that extends a built-in needs about 450 bytes (gzipped) of helpers.
function OldBrowserNoticeErrorConstructor(this: { message: string; stack?: string }, message: string) {
  const stack = new Error(message).stack;
  this.message = message;
  if (stack) this.stack = stack.replace(/^Error/, 'OldBrowserNoticeError');
}
OldBrowserNoticeErrorConstructor.prototype = Object.create(Error.prototype, {
  constructor: { value: OldBrowserNoticeErrorConstructor, writable: true, configurable: true },
  name: { value: 'OldBrowserNoticeError', writable: true, configurable: true },
});

/**
 * The one error class this library throws, for bad configuration: an unknown
 * browserslist query, a malformed policy, a bad option. Messages quote the input
 * in backticks and say how to fix it. An `Error`, with `name` `'OldBrowserNoticeError'`.
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
export const OldBrowserNoticeError = OldBrowserNoticeErrorConstructor as unknown as {
  new (message: string): OldBrowserNoticeError;
  readonly prototype: OldBrowserNoticeError;
};
