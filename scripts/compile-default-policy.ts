// Compiles browserslist `defaults` into the policy the browser builds use when a
// site configures none. Run before every build, so the policy follows the
// caniuse-lite version in the lockfile.
import { mkdirSync, writeFileSync } from 'node:fs';
import { compilePolicy } from '../src/policy/compile';

const out = new URL('../src/generated/', import.meta.url);
mkdirSync(out, { recursive: true });
const policy = compilePolicy('defaults');
writeFileSync(new URL('default-policy.json', out), JSON.stringify(policy, null, 2) + '\n');
console.log(`default policy: ${Object.keys(policy.agents).length} agents, caniuse-lite ${policy.caniuse}`);
