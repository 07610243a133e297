export * from './identity';
export * from './demo-users';
export * from './tokens';
