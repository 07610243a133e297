export * from './manifest';
export * from './shared';
export * from './vite';
