import type {
  PartnerDepartment,
  PauseKind,
  PenaltyKind,
  SeizureKind,
  TransferKind,
  TransferOutcome,
} from '../src/rules/enums';
import { CaseSource, Violation } from '../src/rules/enums';
import type { EntityRefRecord } from './refs';

/**
 * What a demo case will go through, decided before any record is written: its dates, pauses, penalty, seizures and
 * transfer. Numbers (立案编号, 决定书文号) are given afterwards in date order; then the builder replays the plan.
 */
export type Outcome =
  | 'closed' // decided, served, paid, published, closed
  | 'no-penalty' // 告知 → 不予行政处罚
  | 'withdrawn' // 调查 → 撤销立案
  | 'executing' // decided and served, the fine not yet paid (申请法院强制执行)
  | 'decided' // decided, not yet served
  | 'notified' // 告知 given, decision pending
  | 'investigating' // under investigation
  | 'filed' // filed, investigation not yet started
  | 'criminal' // investigated, then transferred to the police
  | 'not-filed' // a clue refused
  | 'jurisdiction' // a clue sent to the department that has jurisdiction
  | 'clue'; // a clue still being assessed

export interface PlannedPause {
  kind: PauseKind;
  label: string;
  startsOn: string;
  endsOn: string | null;
  reason: string;
}

export interface PlannedSeizure {
  name: string;
  quantity: number;
  unit: string;
  measure: SeizureKind;
  seizedOn: string;
  /** What became of it when the case ended (absent: still held, or handed over with a transfer). */
  end?: { status: 'CONFISCATED' | 'DESTROYED' | 'RETURNED'; on: string };
}

export interface PlannedAnswer {
  on: string;
  outcome: TransferOutcome;
  note: string;
  partnerCaseNumber?: string;
}

export interface PlannedTransfer {
  department: PartnerDepartment;
  kind: TransferKind;
  reason: string;
  copiedToProcuratorate: boolean;
  on: string;
  receipt?: { on: string; number: string; by: string };
  answers: PlannedAnswer[];
}

export interface CasePlan {
  id: string;
  source: CaseSource;
  entity: EntityRefRecord;
  title: string;
  description: string;
  violations: Violation[];
  legalBasis: string;
  campaignId: string | null;
  disposalId?: string;
  inspectionId?: string;
  opinionEventId?: string;
  referredBy?: string;
  receivedOn: string;
  officerIds: string[];
  outcome: Outcome;
  filedOn?: string;
  investigatedOn?: string;
  notifiedOn?: string;
  decidedOn?: string;
  servedOn?: string;
  paidOn?: string;
  penaltyPublishedOn?: string;
  closedOn?: string;
  closingNote?: string;
  filingExtended?: boolean;
  decisionExtended?: boolean;
  pauses: PlannedPause[];
  penalty?: { kinds: PenaltyKind[]; fine: number; confiscatedGains: number };
  seizures: PlannedSeizure[];
  transfer?: PlannedTransfer;
  number?: string;
  decisionNumber?: string;
}

const LAW = '《中华人民共和国食品安全法》';

/** The article a violation breaks and the one that punishes it. */
export const LEGAL_BASIS: Record<Violation, string> = {
  PESTICIDE_RESIDUE: `${LAW}第三十四条第(二)项、第一百二十四条第一款第(一)项`,
  ADDITIVE_ABUSE: `${LAW}第三十四条第(四)项、第一百二十四条第一款第(三)项`,
  ILLEGAL_ADDITION: `${LAW}第三十四条第(一)项、第一百二十三条第一款第(一)项`,
  MICROBIAL: `${LAW}第三十四条第(二)项、第一百二十四条第一款第(一)项`,
  SUBSTANDARD: `${LAW}第三十四条第(二)项、第一百二十四条第一款第(一)项`,
  EXPIRED: `${LAW}第三十四条第(十)项、第一百二十四条第一款第(五)项`,
  NO_LICENSE: `${LAW}第三十五条第一款、第一百二十二条第一款`,
  PURCHASE_RECORDS: `${LAW}第五十三条、第一百二十六条第一款第(三)项`,
  HYGIENE: `${LAW}第三十三条、第一百二十六条第一款第(五)项`,
  LABELING: `${LAW}第六十七条、第一百二十五条第一款第(二)项`,
  COUNTERFEIT: '《中华人民共和国商标法》第五十七条、《中华人民共和国食品安全法》第三十四条第(十三)项',
  UNINSPECTED_MEAT: `${LAW}第三十四条第(八)项、第一百二十三条第一款第(四)项`,
  HEALTH_CERTIFICATE: `${LAW}第四十五条、第一百二十六条第一款第(六)项`,
};

/** Fines (元) as decided in practice: the statutory range, and lower for small workshops and vendors (四川条例). */
export const FINE_RANGE: Record<Violation, [number, number]> = {
  PESTICIDE_RESIDUE: [50_000, 80_000],
  ADDITIVE_ABUSE: [50_000, 100_000],
  ILLEGAL_ADDITION: [100_000, 150_000],
  MICROBIAL: [50_000, 60_000],
  SUBSTANDARD: [50_000, 60_000],
  EXPIRED: [10_000, 50_000],
  NO_LICENSE: [50_000, 100_000],
  PURCHASE_RECORDS: [5_000, 20_000],
  HYGIENE: [5_000, 20_000],
  LABELING: [5_000, 30_000],
  COUNTERFEIT: [50_000, 100_000],
  UNINSPECTED_MEAT: [100_000, 150_000],
  HEALTH_CERTIFICATE: [5_000, 10_000],
};

export const SMALL_BUSINESS: ReadonlySet<string> = new Set(['SMALL_WORKSHOP', 'FOOD_VENDOR']);

/** Sampling's failure kinds as violations. */
export const VIOLATION_OF_FAILURE: Record<string, Violation> = {
  PESTICIDE_VET_RESIDUE: Violation.PESTICIDE_RESIDUE,
  ADDITIVE_MISUSE: Violation.ADDITIVE_ABUSE,
  ILLEGAL_ADDITION: Violation.ILLEGAL_ADDITION,
  MICROBIAL: Violation.MICROBIAL,
  HEAVY_METAL: Violation.SUBSTANDARD,
  QUALITY_INDICATOR: Violation.SUBSTANDARD,
  OTHER: Violation.SUBSTANDARD,
};

export interface ClueTemplate {
  category: string;
  nameHint?: string;
  title: string;
  description: string;
  violations: Violation[];
}

/** 12315 complaints and reports: what consumers tell the bureau. */
export const COMPLAINTS: readonly ClueTemplate[] = [
  {
    category: 'CATERING',
    title: '消费者投诉菜品中有异物',
    description: '消费者通过12315平台投诉在店内就餐时菜品中发现异物,现场检查后厨卫生状况差。',
    violations: [Violation.HYGIENE],
  },
  {
    category: 'CATERING',
    nameHint: '火锅',
    title: '投诉火锅店使用过期食材',
    description: '消费者举报火锅店使用超过保质期的食材,现场检查库房发现过期调味料。',
    violations: [Violation.EXPIRED],
  },
  {
    category: 'CATERING',
    nameHint: '烧烤',
    title: '举报烧烤店从业人员未持健康证明',
    description: '群众举报烧烤店从业人员未取得健康证明即上岗,经查属实。',
    violations: [Violation.HEALTH_CERTIFICATE],
  },
  {
    category: 'FOOD_SELLER',
    nameHint: '超市',
    title: '投诉超市销售过期食品',
    description: '消费者在超市购买的饼干已超过保质期,通过12315投诉。',
    violations: [Violation.EXPIRED],
  },
  {
    category: 'FOOD_SELLER',
    nameHint: '便利店',
    title: '投诉便利店销售标签不合格预包装食品',
    description: '消费者反映所购预包装食品无生产日期和生产者信息。',
    violations: [Violation.LABELING, Violation.PURCHASE_RECORDS],
  },
  {
    category: 'FOOD_SELLER',
    nameHint: '母婴',
    title: '投诉母婴店销售无中文标签进口乳粉',
    description: '消费者举报母婴用品店销售无中文标签的进口婴幼儿配方乳粉。',
    violations: [Violation.LABELING],
  },
  {
    category: 'FOOD_SELLER',
    nameHint: '副食',
    title: '举报副食店销售"三无"食品',
    description: '群众举报副食店销售无标签、无厂名、无厂址的散装食品,无法提供进货凭证。',
    violations: [Violation.PURCHASE_RECORDS, Violation.LABELING],
  },
  {
    category: 'ONLINE_CATERING',
    title: '投诉外卖商户无实体店铺',
    description: '消费者投诉外卖平台商户地址与实际不符,经查系无证经营。',
    violations: [Violation.NO_LICENSE],
  },
  {
    category: 'SMALL_WORKSHOP',
    nameHint: '糕点',
    title: '举报糕点坊超量使用食品添加剂',
    description: '群众举报糕点坊加工时大量使用甜味剂、防腐剂,抽样检验不合格。',
    violations: [Violation.ADDITIVE_ABUSE],
  },
  {
    category: 'SMALL_WORKSHOP',
    title: '举报小作坊未经登记生产加工',
    description: '群众举报居民楼内作坊未取得登记证即生产加工食品。',
    violations: [Violation.NO_LICENSE],
  },
  {
    category: 'FOOD_VENDOR',
    nameHint: '凉面',
    title: '举报摊贩销售变质凉面',
    description: '消费者食用凉面后腹泻,举报摊贩销售变质食品,抽样检出大肠菌群超标。',
    violations: [Violation.MICROBIAL],
  },
  {
    category: 'COLLECTIVE_DINING',
    title: '投诉单位食堂饭菜变质',
    description: '职工反映单位食堂供应饭菜有异味,现场检查发现隔夜菜品未冷藏。',
    violations: [Violation.HYGIENE],
  },
];

/** Clues other departments hand to the bureau (部门移送). */
export const REFERRALS: readonly (ClueTemplate & { referredBy: string })[] = [
  {
    referredBy: '区农业农村局',
    category: 'FOOD_SELLER',
    nameHint: '生鲜',
    title: '农业农村部门移送:市场销售豇豆检出禁用农药',
    description: '区农业农村局在例行监测中发现市场销售的豇豆检出克百威,移送查处销售环节。',
    violations: [Violation.PESTICIDE_RESIDUE],
  },
  {
    referredBy: '区公安分局',
    category: 'FOOD_SELLER',
    nameHint: '冻品',
    title: '公安机关移送:冻品店销售来源不明冻肉',
    description: '区公安分局治安巡查发现冻品店销售无检疫证明的冻肉,移送查处。',
    violations: [Violation.UNINSPECTED_MEAT, Violation.PURCHASE_RECORDS],
  },
  {
    referredBy: '区教育科技局',
    category: 'SCHOOL_CANTEEN',
    title: '教育部门移送:学校食堂留样不规范',
    description: '区教育科技局检查发现学校食堂未按规定留样、农残快检未落实,移送查处。',
    violations: [Violation.HYGIENE],
  },
  {
    referredBy: '巴中市市场监督管理局',
    category: 'FOOD_PRODUCER',
    title: '上级交办:网络抽检不合格产品生产企业',
    description: '市局网络抽检发现本区企业产品质量指标不合格,交办核查处置。',
    violations: [Violation.SUBSTANDARD],
  },
  {
    referredBy: '广元市利州区市场监督管理局',
    category: 'SMALL_WORKSHOP',
    nameHint: '酿酒',
    title: '外地协查移送:散装白酒标签不符合规定',
    description: '外地市场监管部门查获的散装白酒标示为本区酿酒坊生产,移送协查。',
    violations: [Violation.LABELING],
  },
];

/** Violations found by inspections, by the kind of business. */
export const INSPECTION_VIOLATIONS: Record<string, Violation[]> = {
  FOOD_PRODUCER: [Violation.PURCHASE_RECORDS, Violation.HYGIENE, Violation.LABELING],
  FOOD_SELLER: [Violation.EXPIRED, Violation.PURCHASE_RECORDS, Violation.LABELING],
  CATERING: [Violation.HYGIENE, Violation.HEALTH_CERTIFICATE, Violation.EXPIRED],
  SMALL_WORKSHOP: [Violation.HYGIENE, Violation.PURCHASE_RECORDS, Violation.ADDITIVE_ABUSE],
  FOOD_VENDOR: [Violation.HEALTH_CERTIFICATE, Violation.HYGIENE],
  SCHOOL_CANTEEN: [Violation.HYGIENE, Violation.PURCHASE_RECORDS],
  COLLECTIVE_DINING: [Violation.HYGIENE, Violation.HEALTH_CERTIFICATE],
  ONLINE_CATERING: [Violation.HYGIENE, Violation.NO_LICENSE],
};

export { CaseSource };
