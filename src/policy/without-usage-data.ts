import { DEFAULT_POLICY } from './default';
import type { PolicySource } from './resolve';
import { parseSimpleQuery } from './simple-query';
import type { Policy } from './types';

/** Where policies come from without browserslist (browsers, edge runtimes): `defaults` as built, and `agent >= version` lists. */
export const WITHOUT_USAGE_DATA: PolicySource = {
  compile: (query: string): Policy => (query === 'defaults' ? DEFAULT_POLICY : parseSimpleQuery(query)),
  fallback: DEFAULT_POLICY,
};
