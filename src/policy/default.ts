import defaultPolicy from '../generated/default-policy.json';
import type { Policy } from './types';

/** browserslist `defaults`, compiled when this package was built (see scripts/compile-default-policy.ts). */
export const DEFAULT_POLICY: Policy = /* @__PURE__ */ Object.freeze({
  query: defaultPolicy.query,
  caniuse: defaultPolicy.caniuse,
  // Frozen, as every compiled policy: it is checked once (policy/resolve.ts).
  agents: /* @__PURE__ */ Object.freeze(defaultPolicy.agents as Record<string, string>),
});
