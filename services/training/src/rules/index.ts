export * from './assessment';
export * from './checks';
export * from './enums';
