export * from './credit-code';
export * from './dates';
export * from './enums';
export * from './grading';
export * from './license';
export * from './visit-frequency';
