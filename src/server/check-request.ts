import { judge } from '../detect/judge';
import { newVerdict, type Verdict } from '../verdict';
import { checkNow, type EvaluateOptions } from '../evaluate';
import { applyClientHints, readClientHints } from '../hints/client-hints';
import { resolvePolicy, type PolicySource } from '../policy/resolve';
import { headerReader, type HeadersLike } from './headers';

/**
 * The body of `checkRequest`, given where policies come from: the user agent,
 * refined by the client hints when the browser sent them. No Node built-ins, so it
 * runs in Workers, Deno, Bun and edge functions.
 */
export function checkRequestWith(source: PolicySource, headers: HeadersLike | null | undefined, options: EvaluateOptions = {}): Verdict {
  // The site's own options may throw (a bad \`browsers\` or \`now\`), with the fix: that is for the person who wrote them.
  checkNow(options.now);
  const policy = resolvePolicy(options.browsers, source);
  try {
    const header = headerReader(headers);
    const ua = header('user-agent') || '';
    return applyClientHints(judge(ua, policy, options), readClientHints(header), ua, policy, options);
  } catch {
    // Whatever a client sends, the answer is a verdict: no header may become a site's error.
    return unknownVerdict();
  }
}

/** The verdict for a request that could not be judged: never notified. */
export function unknownVerdict(): Verdict {
  return newVerdict('unknown', 'The request could not be judged, so it is never notified.');
}
