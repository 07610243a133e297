/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 乡镇(街道)类型 */
export type TownshipKind =
  /** 街道 */
  | 'SUBDISTRICT'
  /** 镇 */
  | 'TOWN'
  /** 乡 */
  | 'TOWNSHIP';

export type TownshipOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TownshipOptionsQuery = { townships: Array<{ id: string, name: string, kind: TownshipKind }> | null };


export const TownshipOptionsDocument = {"__meta__":{"hash":"sha256:c35371ba8aae1aa9f567d502abf3611690b8947de83ee15fe55af1f163d8b1e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<TownshipOptionsQuery, TownshipOptionsQueryVariables>;