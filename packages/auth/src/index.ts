export * from './identity';
export * from './demo-users';
export * from './tokens';
export * from './gateway-credential';
export * from './production';
export * from './verified-tokens';
