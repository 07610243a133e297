import { connection, remoteRenderer, rowFactory } from '@shian/remote-testing';
import { remote } from '../src/App';

export const caseRow = rowFactory('Case', (id) => ({
  number: `巴州市监罚立〔2024〕${id}号`,
  title: `某超市涉嫌经营超过保质期的食品案${id}`,
  status: 'INVESTIGATING',
  source: 'COMPLAINT',
  receivedOn: '2024-10-01',
  filedOn: '2024-10-08',
  overdue: false,
  entity: { __typename: 'Entity', id: 'E0050', name: '万家超市' },
  township: { __typename: 'Township', id: '511902002', name: '西城街道' },
  transfer: null,
}));

export const casePage = (rows: object[]) => ({ data: { cases: connection('CaseConnection', rows) } });

export const transferPage = (department: string) => ({
  data: {
    transfers: connection('TransferConnection', [
      {
        __typename: 'Transfer',
        id: 'T1',
        department,
        kind: 'CRIMINAL',
        transferredOn: '2026-11-27',
        reason: '涉嫌假冒注册商标罪',
        status: 'SENT',
        receivedOn: null,
        receiptNumber: null,
        outcome: null,
        answeredOn: null,
        answerClock: null,
        case: {
          __typename: 'Case',
          id: 'C1',
          number: null,
          title: '某酒坊涉嫌销售假冒白酒案',
          entity: { __typename: 'Entity', id: 'E0400', name: '恒丰酿酒坊' },
        },
      },
    ]),
  },
});

/** A department's part in a joint operation, unconfirmed unless overridden. */
const participant = (department: string, overrides: object = {}) => ({
  __typename: 'JointOperationParticipant',
  id: `P-${department}`,
  department,
  confirmedOn: null,
  personnel: 0,
  report: null,
  confirmedBy: null,
  ...overrides,
});

/** A joint operation under way, one department confirmed and one not. */
export const operation = {
  __typename: 'JointOperation',
  id: 'J1',
  title: '校园周边食品安全联合检查',
  departments: ['EDUCATION', 'POLICE'],
  startsOn: '2026-09-01',
  endsOn: '2026-09-15',
  scope: '城区中小学校周边食品经营户',
  status: 'ONGOING',
  entitiesInspected: 12,
  problemsFound: 3,
  summary: null,
  participants: [participant('EDUCATION', { confirmedOn: '2026-09-02', personnel: 4 }), participant('POLICE')],
};

export const operationPage = () => ({ data: { jointOperations: connection('JointOperationConnection', []) } });

/** Renders module routes under `/enforcement` as the shell would, with a real client against the stub. */
export const renderInModule = remoteRenderer(remote, '/enforcement');
