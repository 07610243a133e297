export * from './domains';
export * from './env';
