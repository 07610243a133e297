export * from './checks';
export * from './enums';
export * from './lifecycle';
