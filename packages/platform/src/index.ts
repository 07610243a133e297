export * from './domains';
export * from './env';
export * from './webhooks';
