import { vi } from 'vitest';

// The module federation runtime, as the shell's tests see it (test/setup.ts puts this module in its place): no
// remote is fetched. The shell's tests run in one module graph, so the shell's modules bind these functions once, for
// every file: a file that needs a remote answers through `loadRemote` (its mock is reset after each test).
export const loadRemote = vi.fn();
export const registerRemotes = vi.fn();
