export * from './clock-rules';
export * from './enums';
export * from './lifecycle';
export * from './sample-clocks';
export * from './verdict';
export * from './windows';
export * from './focus';
