// The labels of the API's enums, from the schema's enum value descriptions (@shian/graphql-client/enum-labels).
import type { AuditKind, CalendarDayKind, CaseStatus, ClockDuty, ClockStatus, ClockUnit, ConsumerRequestStatus, DayType, DisposalAction, EntityCategory, EntityStatus, FailureKind, FocusArea, FocusPeriod, FocusVariety, FoodCategory, ObjectionKind, ObjectionStatus, PlanLevel, PlanPurpose, RecheckStatus, RiskGrade, SampleStatus, TownshipKind, Verdict, VillageKind } from './graphql';

export const AuditKindLabels: Readonly<Record<AuditKind, string>> = {
  CREATE: "新建",
  UPDATE: "修改",
  DELETE: "删除",
  READ: "查阅个人信息",
  OPERATION: "其他操作(记录其参数)",
};

export const CalendarDayKindLabels: Readonly<Record<CalendarDayKind, string>> = {
  HOLIDAY: "放假",
  WORKDAY: "上班(调休)",
};

export const CaseStatusLabels: Readonly<Record<CaseStatus, string>> = {
  CLUE: "线索",
  FILED: "立案",
  INVESTIGATING: "调查取证",
  NOTIFIED: "告知",
  DECIDED: "决定",
  EXECUTING: "执行",
  CLOSED: "结案",
  NOT_FILED: "不予立案",
  TRANSFERRED: "移送",
};

export const ClockDutyLabels: Readonly<Record<ClockDuty, string>> = {
  BUREAU: "监管时限",
  BUSINESS: "当事人权利期限",
};

export const ClockStatusLabels: Readonly<Record<ClockStatus, string>> = {
  RUNNING: "计时中",
  PAUSED: "暂停计时",
  OVERDUE: "已超期",
  MET: "按期完成",
  LATE: "超期完成",
};

export const ClockUnitLabels: Readonly<Record<ClockUnit, string>> = {
  WORKING_DAYS: "工作日",
  CALENDAR_DAYS: "自然日",
  MONTHS: "月",
};

export const ConsumerRequestStatusLabels: Readonly<Record<ConsumerRequestStatus, string>> = {
  COLLECTING: "征集中",
  ACCEPTED: "已采纳",
  ANSWERED: "已公布结果",
  DECLINED: "未采纳",
};

export const DayTypeLabels: Readonly<Record<DayType, string>> = {
  WORKING_DAY: "工作日",
  WEEKEND: "周末",
  HOLIDAY: "法定节假日",
  MAKEUP_WORKDAY: "调休上班",
};

export const DisposalActionLabels: Readonly<Record<DisposalAction, string>> = {
  OFF_SHELF: "下架",
  RECALL: "召回",
  SEAL: "封存",
  FILE_CASE: "立案",
};

export const EntityCategoryLabels: Readonly<Record<EntityCategory, string>> = {
  FOOD_PRODUCER: "食品生产企业",
  FOOD_SELLER: "食品销售者",
  CATERING: "餐饮服务",
  SMALL_WORKSHOP: "食品小作坊",
  FOOD_VENDOR: "食品摊贩",
  SCHOOL_CANTEEN: "学校食堂",
  COLLECTIVE_DINING: "集中用餐单位",
  ONLINE_CATERING: "网络餐饮",
};

export const EntityStatusLabels: Readonly<Record<EntityStatus, string>> = {
  OPERATING: "在营",
  SUSPENDED: "停业",
  CANCELLED: "注销",
  REVOKED: "吊销",
};

export const FailureKindLabels: Readonly<Record<FailureKind, string>> = {
  PESTICIDE_VET_RESIDUE: "农兽药残留超标",
  ADDITIVE_MISUSE: "超范围/超限量使用食品添加剂",
  ILLEGAL_ADDITION: "非法添加非食用物质",
  MICROBIAL: "微生物污染",
  HEAVY_METAL: "重金属等污染物超标",
  QUALITY_INDICATOR: "质量指标不达标",
  OTHER: "其他",
};

export const FocusAreaLabels: Readonly<Record<FocusArea, string>> = {
  CAMPUS: "校园及周边",
  RURAL_BANQUET: "农村集体聚餐",
  SCENIC_SPOT: "旅游景区",
  MARKET: "农贸市场",
  URBAN_FRINGE: "城乡结合部",
};

export const FocusPeriodLabels: Readonly<Record<FocusPeriod, string>> = {
  SPRING_FESTIVAL: "元旦春节",
  DRAGON_BOAT: "端午",
  MID_AUTUMN: "中秋国庆",
  SCHOOL_OPENING: "开学季",
  SUMMER_HEAT: "夏季高温",
};

export const FocusVarietyLabels: Readonly<Record<FocusVariety, string>> = {
  INFANT_FORMULA_FOCUS: "婴幼儿配方乳粉",
  PRODUCE: "蔬菜水果鲜蛋(食用农产品)",
  LIVESTOCK_AQUATIC: "畜禽肉及水产品",
  CURED_MEAT: "肉制品(腊肉香肠卤味)",
  OIL: "食用植物油",
  MILK: "乳制品",
  LIQUOR: "白酒及配制酒",
  DRINKING_WATER: "桶装饮用水",
  FESTIVE_FOOD: "节令食品(月饼、粽子、汤圆)",
  MEALS: "餐饮食品及餐饮具",
};

export const FoodCategoryLabels: Readonly<Record<FoodCategory, string>> = {
  GRAIN_PRODUCTS: "粮食加工品",
  EDIBLE_OIL: "食用油、油脂及其制品",
  CONDIMENTS: "调味品",
  MEAT_PRODUCTS: "肉制品",
  DAIRY: "乳制品",
  INFANT_FORMULA: "婴幼儿配方食品",
  BEVERAGES: "饮料",
  BOTTLED_WATER: "桶装饮用水",
  ALCOHOL: "酒类",
  PASTRY: "糕点",
  SOY_PRODUCTS: "豆制品",
  STARCH_PRODUCTS: "淀粉及淀粉制品",
  TEA: "茶叶及相关制品",
  CONVENIENCE_FOOD: "方便食品",
  VEGETABLES: "蔬菜",
  FRUIT: "水果类",
  LIVESTOCK_MEAT: "畜禽肉及副产品",
  AQUATIC: "水产品",
  EGGS: "鲜蛋",
  CATERING_FOOD: "餐饮食品",
};

export const ObjectionKindLabels: Readonly<Record<ObjectionKind, string>> = {
  SAMPLING_PROCEDURE: "抽样过程",
  SAMPLE_AUTHENTICITY: "样品真实性",
  TEST_METHOD: "检验方法",
  STANDARD_APPLIED: "标准适用",
};

export const ObjectionStatusLabels: Readonly<Record<ObjectionStatus, string>> = {
  PENDING: "审核中",
  UPHELD: "异议成立",
  REJECTED: "异议不成立",
};

export const PlanLevelLabels: Readonly<Record<PlanLevel, string>> = {
  NATIONAL: "国抽",
  PROVINCIAL: "省抽",
  CITY: "市抽",
  DISTRICT: "区抽",
};

export const PlanPurposeLabels: Readonly<Record<PlanPurpose, string>> = {
  SUPERVISION: "监督抽检",
  RISK_MONITORING: "风险监测",
  EVALUATION: "评价性抽检",
};

export const RecheckStatusLabels: Readonly<Record<RecheckStatus, string>> = {
  REQUESTED: "复检中",
  COMPLETED: "已出结论",
};

export const RiskGradeLabels: Readonly<Record<RiskGrade, string>> = {
  A: "A级",
  B: "B级",
  C: "C级",
  D: "D级",
};

export const SampleStatusLabels: Readonly<Record<SampleStatus, string>> = {
  SAMPLED: "已抽样",
  TESTING: "检验中",
  QUALIFIED: "合格",
  UNQUALIFIED: "不合格",
  RECHECKING: "复检中",
  DISPOSING: "核查处置",
  DISPOSED: "已处置",
  PUBLISHED: "已公开",
};

export const TownshipKindLabels: Readonly<Record<TownshipKind, string>> = {
  TOWN: "镇",
  SUBDISTRICT: "街道",
  TOWNSHIP: "乡",
};

export const VerdictLabels: Readonly<Record<Verdict, string>> = {
  QUALIFIED: "合格",
  UNQUALIFIED: "不合格",
};

export const VillageKindLabels: Readonly<Record<VillageKind, string>> = {
  VILLAGE: "村",
  COMMUNITY: "社区",
};
