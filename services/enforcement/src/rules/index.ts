export * from './clock-rules';
export * from './clocks';
export * from './draw';
export * from './enums';
export * from './history';
export * from './lifecycle';
export * from './timeline';
