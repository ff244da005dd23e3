import { vi } from 'vitest';

// Mutation testing runs every test file in one module graph (vitest.mutate.config.ts): each
// file imports the sources afresh, so that no cache filled while one mutant was active (a
// compiled policy, a day's advice) answers for the next. Packages stay loaded: no mutant is in them.
vi.resetModules();
