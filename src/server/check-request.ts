import { judge } from '../detect/evaluate';
import type { Verdict } from '../detect/verdict';
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
  checkNow(options.now);
  const header = headerReader(headers);
  const ua = header('user-agent') || '';
  const policy = resolvePolicy(options.browsers, source);
  return applyClientHints(judge(ua, policy, options), readClientHints(header), ua, policy, options);
}
