export * from './auth';
export * from './client';
export * from './endpoint';
export * from './errors';
export * from './pages';
export * from './parts';
export * from './react';
export type { AnyVariables, Client, CombinedError, TypedDocumentNode } from '@urql/core';
export * from './hooks';
