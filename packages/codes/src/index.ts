export * from './credit-code';
export * from './license';
