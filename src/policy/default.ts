import defaultPolicy from '../generated/default-policy.json';
import type { Policy } from './types';

/** browserslist `defaults`, compiled when this package was built (see scripts/compile-default-policy.ts). */
export const DEFAULT_POLICY: Policy = defaultPolicy;
