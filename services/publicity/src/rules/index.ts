export * from './checks';
export * from './enums';
export * from './lifecycle';
export * from './period';
