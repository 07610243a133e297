import { addDays } from '@shian/clock';
import { JointOperationStatus, PartnerDepartment } from '../src/rules/enums';
import { pad } from './dates';
import type { Random } from '@shian/subgraph-kit';

export interface DemoParticipant {
  id: string;
  department: PartnerDepartment;
  confirmedOn: string | null;
  personnel: number;
  report: string | null;
  confirmedBy: string | null;
}

export interface DemoJointOperation {
  id: string;
  title: string;
  campaignId: string | null;
  departments: PartnerDepartment[];
  startsOn: string;
  endsOn: string;
  scope: string;
  status: JointOperationStatus;
  entitiesInspected: number;
  problemsFound: number;
  summary: string | null;
  participants: DemoParticipant[];
}

const { POLICE, EDUCATION, AGRICULTURE, PROCURATORATE } = PartnerDepartment;

const REPORTS: Record<PartnerDepartment, string> = {
  POLICE: '出动民警配合现场检查,对涉嫌犯罪线索开展初查,维护检查秩序',
  EDUCATION: '组织学校负责人陪同检查,督促学校落实食品安全校长(园长)负责制',
  AGRICULTURE: '对食用农产品开展农药兽药残留快检,追溯种植养殖源头',
  PROCURATORATE: '提前介入,对证据收集和法律适用提出意见',
};

const LIAISON: Record<PartnerDepartment, string> = {
  POLICE: '公安分局联络员',
  EDUCATION: '教育科技局联络员',
  AGRICULTURE: '农业农村局联络员',
  PROCURATORATE: '区人民检察院联络员',
};

const OPERATIONS_2024: Omit<
  DemoJointOperation,
  'id' | 'status' | 'entitiesInspected' | 'problemsFound' | 'summary' | 'participants'
>[] = [
  {
    title: '2024年元旦春节食品安全联合执法检查',
    campaignId: null,
    departments: [POLICE, AGRICULTURE],
    startsOn: '2024-01-08',
    endsOn: '2024-02-02',
    scope: '大型商超、农贸市场、冻品经营户',
  },
  {
    title: '春季开学校园食品安全联合检查',
    campaignId: 'CR2024-05',
    departments: [EDUCATION],
    startsOn: '2024-02-26',
    endsOn: '2024-03-08',
    scope: '全区中小学、幼儿园食堂及校园周边',
  },
  {
    title: '"春雷"行动肉类及肉制品联合整治',
    campaignId: 'CE2024-01',
    departments: [AGRICULTURE, POLICE],
    startsOn: '2024-04-10',
    endsOn: '2024-05-20',
    scope: '屠宰场点、冻品市场、肉制品小作坊',
  },
  {
    title: '食用农产品农药残留联合整治',
    campaignId: 'CR2024-10',
    departments: [AGRICULTURE],
    startsOn: '2024-06-03',
    endsOn: '2024-06-28',
    scope: '农贸市场、生鲜超市、蔬菜批发点',
  },
  {
    title: '"铁拳"行动打击食品领域侵权假冒联合行动',
    campaignId: 'CE2024-02',
    departments: [POLICE],
    startsOn: '2024-07-15',
    endsOn: '2024-08-16',
    scope: '酒类经营户、酿酒小作坊、副食批发部',
  },
  {
    title: '秋季开学校园及周边食品安全联合检查',
    campaignId: 'CR2024-05',
    departments: [EDUCATION],
    startsOn: '2024-08-26',
    endsOn: '2024-09-13',
    scope: '学校食堂、校外供餐单位、校园周边小卖部',
  },
  {
    title: '国庆美食展销会食品安全联合保障',
    campaignId: null,
    departments: [AGRICULTURE, POLICE],
    startsOn: '2024-09-28',
    endsOn: '2024-10-07',
    scope: '美食展销会参展摊位',
  },
  {
    title: '危害食品安全犯罪案件行刑衔接联合会商',
    campaignId: 'CE2024-04',
    departments: [POLICE, PROCURATORATE],
    startsOn: '2024-11-12',
    endsOn: '2024-11-12',
    scope: '涉嫌犯罪食品案件的证据标准与移送程序',
  },
];

/** Joint operations with each partner through 2024; after 2024, one planned with all three, not yet confirmed. */
export function buildJointOperations(random: Random, today: string): DemoJointOperation[] {
  const operations: DemoJointOperation[] = OPERATIONS_2024.map((op, i) => {
    const id = `JO2024-${pad(i + 1, 2)}`;
    const inspected = op.departments.includes(PROCURATORATE) ? 0 : random.int(25, 140);
    return {
      ...op,
      id,
      status: JointOperationStatus.COMPLETED,
      entitiesInspected: inspected,
      problemsFound: inspected ? random.int(3, Math.max(4, Math.round(inspected / 6))) : 0,
      summary: inspected
        ? `联合检查${inspected}户次,发现问题当场责令整改,涉嫌违法的依法立案查处。`
        : '会商涉嫌犯罪案件4件,统一证据标准和移送程序。',
      participants: op.departments.map((department) => ({
        id: `${id}-${department}`,
        department,
        confirmedOn: addDays(op.startsOn, -random.int(2, 6)),
        personnel: random.int(3, 18),
        report: REPORTS[department],
        confirmedBy: LIAISON[department],
      })),
    };
  });
  const year = Number(today.slice(0, 4));
  if (year > 2024) {
    const startsOn = addDays(today, 7);
    const id = `JO${year}-01`;
    operations.push({
      id,
      title: `${year}年食品安全联合执法检查(多部门)`,
      campaignId: null,
      departments: [AGRICULTURE, EDUCATION, POLICE],
      startsOn,
      endsOn: addDays(startsOn, 14),
      scope: '学校周边、农贸市场、冻品经营户',
      status: JointOperationStatus.PLANNED,
      entitiesInspected: 0,
      problemsFound: 0,
      summary: null,
      participants: [AGRICULTURE, EDUCATION, POLICE].map((department) => ({
        id: `${id}-${department}`,
        department,
        confirmedOn: null,
        personnel: 0,
        report: null,
        confirmedBy: null,
      })),
    });
  }
  return operations;
}
