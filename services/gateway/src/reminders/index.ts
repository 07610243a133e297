export * from './formats';
export * from './operations';
export * from './scheduler';
export * from './send';
