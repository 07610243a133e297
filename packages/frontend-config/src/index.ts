export * from './html';
export * from './manifest';
export * from './shared';
export * from './vite';
