export * from './config';
export { createProvider } from './provider';
export { type Idp, startIdp } from './server';
