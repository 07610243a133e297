import { moduleRenderer } from '@shian/remote-testing';
import { remote } from '../src/App';

export { type Call, officerToken, stubGateway } from '@shian/remote-testing';

/** Renders module routes under `/sampling` as the shell would, with a real client against the stub. */
export const renderInModule = moduleRenderer('/sampling', (children, { basePath, token }) => (
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

export function samplePage(ids: string[], hasNextPage: boolean, totalCount = 3) {
  return {
    data: {
      samples: {
        __typename: 'SampleConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.at(-1) },
        nodes: ids.map((id) => ({
          __typename: 'Sample',
          id,
          number: `QC2451190200${id}`,
          foodName: `豇豆${id}`,
          category: 'VEGETABLES',
          status: id === '1' ? 'UNQUALIFIED' : 'PUBLISHED',
          verdict: id === '1' ? 'UNQUALIFIED' : 'QUALIFIED',
          failureKind: id === '1' ? 'PESTICIDE_VET_RESIDUE' : null,
          sampledOn: '2024-06-03',
          lab: '巴中市食品药品检验检测中心',
          overdue: id === '1',
          focusVariety: id === '1' ? 'PRODUCE' : null,
          focusPeriod: id === '1' ? 'SUMMER_HEAT' : null,
          focusArea: id === '1' ? 'CAMPUS' : null,
          plan: {
            __typename: 'SamplingPlan',
            id: 'P2024-QC-01',
            name: '2024年巴州区食品安全监督抽检',
            level: 'DISTRICT',
          },
          entity: {
            __typename: 'Entity',
            id: 'E0060',
            name: '东城生鲜超市',
            township: { __typename: 'Township', id: '511902001', name: '东城街道' },
          },
        })),
      },
    },
  };
}
