import { moduleRenderer } from '@shian/remote-testing';
import { remote } from '../src/App';

export { type Call, officerToken, stubGateway } from '@shian/remote-testing';

/** Renders module routes under `/entities` as the shell would, with a real client against the stub. */
export const renderInModule = moduleRenderer('/entities', (children, { basePath, token }) => (
  <remote.Scope basePath={basePath} token={token}>
    {children}
  </remote.Scope>
));

export const TOWNSHIPS = {
  data: {
    townships: [
      { __typename: 'Township', id: '511902001', name: '东城街道', kind: 'SUBDISTRICT' },
      { __typename: 'Township', id: '511902002', name: '西城街道', kind: 'SUBDISTRICT' },
    ],
  },
};

export function entityPage(ids: string[], hasNextPage: boolean, totalCount = 3) {
  return {
    data: {
      entities: {
        __typename: 'EntityConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.at(-1) },
        nodes: ids.map((id) => ({
          __typename: 'Entity',
          id,
          name: `巴州区${id}号面馆`,
          creditCode: '91511902MA62D9QX1N',
          category: 'CATERING',
          status: 'OPERATING',
          riskGrade: 'B',
          address: '东城街道1号',
          legalRepresentative: '王五',
          phone: null,
          township: { __typename: 'Township', id: '511902001', name: '东城街道' },
        })),
      },
    },
  };
}
