export * from './assessment';
export * from './checks';
export * from './enums';
export * from './officers';
