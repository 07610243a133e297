/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CaseOptions($search: String, $entityId: ID) {\n    cases(filter: { search: $search, entityId: $entityId }, first: 20) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n": typeof types.CaseOptionsDocument,
    "\n  fragment CaseRow on Case {\n    id\n    number\n    title\n    status\n    receivedOn\n  }\n": typeof types.CaseRowFragmentDoc,
    "\n  query EntityOptions($filter: EntityFilter) {\n    entities(filter: $filter, first: 30) {\n      nodes {\n        id\n        name\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n": typeof types.EntityOptionsDocument,
    "\n  fragment AuditPageFields on AuditPage {\n    nodes {\n      id\n      at\n      kind\n      recordType\n      recordId\n      parentId\n      operation\n      action\n      actor {\n        username\n        name\n        role\n        department\n      }\n      changes {\n        field\n        label\n        from\n        to\n      }\n      cursor\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.AuditPageFieldsFragmentDoc,
    "fragment Paging on Paged {\n  totalCount\n  totalCountIsEstimate\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n}": typeof types.PagingFragmentDoc,
    "fragment EntityRef on Entity {\n  id\n  name\n}\n\nfragment TownshipRef on Township {\n  id\n  name\n}": typeof types.EntityRefFragmentDoc,
    "query VisibleVillages {\n  villages {\n    id\n    name\n    kind\n    township {\n      ...TownshipRef\n    }\n  }\n}": typeof types.VisibleVillagesDocument,
    "\n  query TownshipOptions {\n    townships {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.TownshipOptionsDocument,
};
const documents: Documents = {
    "\n  query CaseOptions($search: String, $entityId: ID) {\n    cases(filter: { search: $search, entityId: $entityId }, first: 20) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n": types.CaseOptionsDocument,
    "\n  fragment CaseRow on Case {\n    id\n    number\n    title\n    status\n    receivedOn\n  }\n": types.CaseRowFragmentDoc,
    "\n  query EntityOptions($filter: EntityFilter) {\n    entities(filter: $filter, first: 30) {\n      nodes {\n        id\n        name\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n": types.EntityOptionsDocument,
    "\n  fragment AuditPageFields on AuditPage {\n    nodes {\n      id\n      at\n      kind\n      recordType\n      recordId\n      parentId\n      operation\n      action\n      actor {\n        username\n        name\n        role\n        department\n      }\n      changes {\n        field\n        label\n        from\n        to\n      }\n      cursor\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.AuditPageFieldsFragmentDoc,
    "fragment Paging on Paged {\n  totalCount\n  totalCountIsEstimate\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n}": types.PagingFragmentDoc,
    "fragment EntityRef on Entity {\n  id\n  name\n}\n\nfragment TownshipRef on Township {\n  id\n  name\n}": types.EntityRefFragmentDoc,
    "query VisibleVillages {\n  villages {\n    id\n    name\n    kind\n    township {\n      ...TownshipRef\n    }\n  }\n}": types.VisibleVillagesDocument,
    "\n  query TownshipOptions {\n    townships {\n      id\n      name\n      kind\n    }\n  }\n": types.TownshipOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseOptions($search: String, $entityId: ID) {\n    cases(filter: { search: $search, entityId: $entityId }, first: 20) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseOptions($search: String, $entityId: ID) {\n    cases(filter: { search: $search, entityId: $entityId }, first: 20) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRow on Case {\n    id\n    number\n    title\n    status\n    receivedOn\n  }\n"): (typeof documents)["\n  fragment CaseRow on Case {\n    id\n    number\n    title\n    status\n    receivedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityOptions($filter: EntityFilter) {\n    entities(filter: $filter, first: 30) {\n      nodes {\n        id\n        name\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityOptions($filter: EntityFilter) {\n    entities(filter: $filter, first: 30) {\n      nodes {\n        id\n        name\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditPageFields on AuditPage {\n    nodes {\n      id\n      at\n      kind\n      recordType\n      recordId\n      parentId\n      operation\n      action\n      actor {\n        username\n        name\n        role\n        department\n      }\n      changes {\n        field\n        label\n        from\n        to\n      }\n      cursor\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment AuditPageFields on AuditPage {\n    nodes {\n      id\n      at\n      kind\n      recordType\n      recordId\n      parentId\n      operation\n      action\n      actor {\n        username\n        name\n        role\n        department\n      }\n      changes {\n        field\n        label\n        from\n        to\n      }\n      cursor\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Paging on Paged {\n  totalCount\n  totalCountIsEstimate\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n}"): (typeof documents)["fragment Paging on Paged {\n  totalCount\n  totalCountIsEstimate\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EntityRef on Entity {\n  id\n  name\n}\n\nfragment TownshipRef on Township {\n  id\n  name\n}"): (typeof documents)["fragment EntityRef on Entity {\n  id\n  name\n}\n\nfragment TownshipRef on Township {\n  id\n  name\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisibleVillages {\n  villages {\n    id\n    name\n    kind\n    township {\n      ...TownshipRef\n    }\n  }\n}"): (typeof documents)["query VisibleVillages {\n  villages {\n    id\n    name\n    kind\n    township {\n      ...TownshipRef\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownshipOptions {\n    townships {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query TownshipOptions {\n    townships {\n      id\n      name\n      kind\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;