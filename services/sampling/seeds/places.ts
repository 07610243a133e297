import { type FoodCategory as C, FoodCategory, PlanLevel, PlanPurpose } from '../src/rules/enums';
import { FocusArea, FocusPeriod, type FocusVariety } from '../src/rules/focus';

/** The 2024 plans: their quotas add up to the 1,847 batches of the 2024 work summary. */
export interface PlanSpec {
  id: string;
  level: PlanLevel;
  purpose: PlanPurpose;
  name: string;
  issuer: string;
  quota: number;
  startsOn: string;
  endsOn: string;
  /** Food categories and their weights in the plan. */
  mix: Partial<Record<C, number>>;
  labs: string[];
  /** The focus the plan declares (none: its samples may carry any focus that fits them). */
  focus?: { varieties?: FocusVariety[]; periods?: FocusPeriod[]; areas?: FocusArea[] };
}

export const LABS = {
  provincialFood: '四川省食品检验研究院',
  provincialQuality: '四川省产品质量监督检验检测院',
  city: '巴中市食品药品检验检测中心',
  pony: '谱尼测试集团四川有限公司',
  cti: '华测检测认证集团四川有限公司',
  chengdu: '成都市食品检验研究院',
} as const;

export const ALL_LABS: string[] = Object.values(LABS);

const F = FoodCategory;
const PACKAGED = {
  [F.GRAIN_PRODUCTS]: 10,
  [F.EDIBLE_OIL]: 8,
  [F.CONDIMENTS]: 9,
  [F.MEAT_PRODUCTS]: 8,
  [F.DAIRY]: 6,
  [F.BEVERAGES]: 6,
  [F.ALCOHOL]: 7,
  [F.PASTRY]: 7,
  [F.TEA]: 4,
  [F.CONVENIENCE_FOOD]: 4,
  [F.STARCH_PRODUCTS]: 4,
  [F.SOY_PRODUCTS]: 4,
};
const FARM = { [F.VEGETABLES]: 14, [F.FRUIT]: 5, [F.LIVESTOCK_MEAT]: 6, [F.AQUATIC]: 5, [F.EGGS]: 4 };
const SERVICE = { [F.CATERING_FOOD]: 10, [F.BOTTLED_WATER]: 4 };

const DISTRICT_BUREAU = '巴中市巴州区市场监督管理局';

export const PLANS_2024: PlanSpec[] = [
  {
    id: 'P2024-GC-01',
    level: PlanLevel.NATIONAL,
    purpose: PlanPurpose.SUPERVISION,
    name: '2024年国家食品安全监督抽检(巴州区承检任务)',
    issuer: '国家市场监督管理总局',
    quota: 96,
    startsOn: '2024-03-01',
    endsOn: '2024-11-30',
    mix: PACKAGED,
    labs: [LABS.provincialFood, LABS.provincialQuality],
  },
  {
    id: 'P2024-SC-01',
    level: PlanLevel.PROVINCIAL,
    purpose: PlanPurpose.SUPERVISION,
    name: '2024年四川省食品安全监督抽检(巴州区)',
    issuer: '四川省市场监督管理局',
    quota: 236,
    startsOn: '2024-03-01',
    endsOn: '2024-11-30',
    mix: { ...PACKAGED, ...FARM, [F.BOTTLED_WATER]: 4 },
    labs: [LABS.provincialFood, LABS.provincialQuality, LABS.chengdu],
  },
  {
    id: 'P2024-SC-02',
    level: PlanLevel.PROVINCIAL,
    purpose: PlanPurpose.RISK_MONITORING,
    name: '2024年四川省食品安全风险监测(巴州区)',
    issuer: '四川省市场监督管理局',
    quota: 76,
    startsOn: '2024-04-01',
    endsOn: '2024-10-31',
    mix: { [F.VEGETABLES]: 8, [F.AQUATIC]: 5, [F.CATERING_FOOD]: 6, [F.STARCH_PRODUCTS]: 3, [F.MEAT_PRODUCTS]: 3 },
    labs: [LABS.provincialFood, LABS.chengdu],
  },
  {
    id: 'P2024-CC-01',
    level: PlanLevel.CITY,
    purpose: PlanPurpose.SUPERVISION,
    name: '2024年巴中市食品安全监督抽检(巴州区)',
    issuer: '巴中市市场监督管理局',
    quota: 380,
    startsOn: '2024-02-26',
    endsOn: '2024-12-13',
    mix: { ...PACKAGED, ...FARM, ...SERVICE },
    labs: [LABS.city, LABS.pony],
  },
  {
    id: 'P2024-CC-02',
    level: PlanLevel.CITY,
    purpose: PlanPurpose.EVALUATION,
    name: '2024年巴中市食品安全评价性抽检(巴州区)',
    issuer: '巴中市市场监督管理局',
    quota: 75,
    startsOn: '2024-05-06',
    endsOn: '2024-10-31',
    mix: {
      [F.GRAIN_PRODUCTS]: 5,
      [F.EDIBLE_OIL]: 4,
      [F.DAIRY]: 3,
      [F.CONDIMENTS]: 3,
      [F.BOTTLED_WATER]: 3,
      [F.ALCOHOL]: 3,
    },
    labs: [LABS.city],
  },
  {
    id: 'P2024-QC-01',
    level: PlanLevel.DISTRICT,
    purpose: PlanPurpose.SUPERVISION,
    name: '2024年巴州区食品安全监督抽检',
    issuer: DISTRICT_BUREAU,
    quota: 620,
    startsOn: '2024-01-15',
    endsOn: '2024-12-20',
    mix: { ...PACKAGED, [F.SOY_PRODUCTS]: 7, [F.PASTRY]: 9, ...FARM, [F.CATERING_FOOD]: 16, [F.BOTTLED_WATER]: 6 },
    labs: [LABS.city, LABS.pony, LABS.cti],
    focus: {
      periods: [FocusPeriod.SPRING_FESTIVAL, FocusPeriod.SCHOOL_OPENING, FocusPeriod.MID_AUTUMN],
      areas: [FocusArea.CAMPUS, FocusArea.RURAL_BANQUET, FocusArea.SCENIC_SPOT],
    },
  },
  {
    id: 'P2024-QC-02',
    level: PlanLevel.DISTRICT,
    purpose: PlanPurpose.RISK_MONITORING,
    name: '2024年巴州区食用农产品风险监测',
    issuer: DISTRICT_BUREAU,
    quota: 214,
    startsOn: '2024-03-01',
    endsOn: '2024-11-29',
    mix: FARM,
    labs: [LABS.city, LABS.cti],
  },
  {
    id: 'P2024-QC-03',
    level: PlanLevel.DISTRICT,
    purpose: PlanPurpose.SUPERVISION,
    name: '2024年巴州区婴幼儿配方乳粉"批批检"',
    issuer: DISTRICT_BUREAU,
    quota: 90,
    startsOn: '2024-01-08',
    endsOn: '2024-12-20',
    mix: { [F.INFANT_FORMULA]: 1 },
    labs: [LABS.provincialFood, LABS.chengdu],
  },
  {
    id: 'P2024-QC-04',
    level: PlanLevel.DISTRICT,
    purpose: PlanPurpose.SUPERVISION,
    name: '2024年巴州区"你点我检"专项抽检',
    issuer: DISTRICT_BUREAU,
    quota: 60,
    startsOn: '2024-04-01',
    endsOn: '2024-11-29',
    mix: {},
    labs: [LABS.city, LABS.pony],
  },
];

/** 执法人员 who sample, in pairs (at least two per sample, as SAMR令15 requires). */
export const SAMPLERS = [
  '李执法',
  '赵文静',
  '周志强',
  '苟明亮',
  '蒲海燕',
  '岳思远',
  '何晓东',
  '冯丽娟',
  '杜建平',
  '王春燕',
  '罗斌',
  '谭小红',
  '向宇',
  '邓佳',
];

/** 你点我检: what residents asked for in 2024 (the 60 special-plan batches answer the accepted ones). */
export const CONSUMER_REQUESTS_2024: {
  title: string;
  category: C;
  description: string;
  votes: number;
  answered: boolean;
}[] = [
  {
    title: '菜市场豇豆农药残留',
    category: F.VEGETABLES,
    description: '夏天豇豆便宜,担心农药残留超标,希望抽检各农贸市场的豇豆。',
    votes: 1862,
    answered: true,
  },
  {
    title: '校园周边小卖部辣条',
    category: F.CONVENIENCE_FOOD,
    description: '孩子爱吃辣条,想知道学校周边卖的辣条添加剂是否合格。',
    votes: 1544,
    answered: true,
  },
  {
    title: '桶装水微生物',
    category: F.BOTTLED_WATER,
    description: '小区送水站的桶装水有时有异味,希望检测菌落和铜绿假单胞菌。',
    votes: 1420,
    answered: true,
  },
  {
    title: '火锅底料是否添加罂粟壳',
    category: F.CONDIMENTS,
    description: '有些火锅店底料特别香,担心非法添加。',
    votes: 1288,
    answered: true,
  },
  {
    title: '自制腊肉亚硝酸盐',
    category: F.MEAT_PRODUCTS,
    description: '年前集市上卖的腊肉香肠,亚硝酸盐会不会超标?',
    votes: 1207,
    answered: true,
  },
  {
    title: '鲜湿米粉防腐剂',
    category: F.GRAIN_PRODUCTS,
    description: '早餐店的米粉放几天都不坏,是否加了脱氢乙酸?',
    votes: 1130,
    answered: true,
  },
  {
    title: '网红蛋糕店',
    category: F.PASTRY,
    description: '抖音上很火的几家蛋糕店,卫生状况如何?',
    votes: 986,
    answered: true,
  },
  {
    title: '凉面凉粉',
    category: F.CATERING_FOOD,
    description: '夏天街边凉面凉粉摊,微生物是否超标?',
    votes: 954,
    answered: true,
  },
  {
    title: '农贸市场鲜鱼',
    category: F.AQUATIC,
    description: '担心养殖鱼用孔雀石绿,希望抽检市场活鱼。',
    votes: 902,
    answered: true,
  },
  {
    title: '散装白酒',
    category: F.ALCOHOL,
    description: '酿酒坊的散装白酒甲醇含量是否安全?',
    votes: 877,
    answered: true,
  },
  {
    title: '豆腐豆干',
    category: F.SOY_PRODUCTS,
    description: '菜市场豆腐是否添加了不该加的防腐剂?',
    votes: 791,
    answered: true,
  },
  { title: '月饼', category: F.PASTRY, description: '中秋前抽检一下本地糕点坊的月饼。', votes: 744, answered: true },
  {
    title: '鸡蛋抗生素',
    category: F.EGGS,
    description: '听说有的鸡蛋检出兽药,希望检测超市鸡蛋。',
    votes: 705,
    answered: true,
  },
  {
    title: '学校食堂餐具',
    category: F.CATERING_FOOD,
    description: '孩子学校食堂的餐具消毒是否到位?',
    votes: 688,
    answered: true,
  },
  {
    title: '菜籽油',
    category: F.EDIBLE_OIL,
    description: '小榨坊的菜籽油,苯并芘和酸价合格吗?',
    votes: 640,
    answered: true,
  },
  {
    title: '外卖炸鸡用油',
    category: F.CATERING_FOOD,
    description: '外卖炸鸡的油是不是反复使用?',
    votes: 612,
    answered: true,
  },
  {
    title: '进口水果保鲜剂',
    category: F.FRUIT,
    description: '超市进口水果表面是否有违规保鲜剂?',
    votes: 433,
    answered: false,
  },
  { title: '奶茶', category: F.BEVERAGES, description: '奶茶店的奶茶里到底有没有奶?', votes: 398, answered: false },
  {
    title: '保健品',
    category: F.DAIRY,
    description: '老年人常买的"保健奶粉"宣传是否属实?',
    votes: 366,
    answered: false,
  },
  { title: '野生菌', category: F.VEGETABLES, description: '市场上卖的野生菌是否有毒?', votes: 305, answered: false },
  {
    title: '网购零食',
    category: F.CONVENIENCE_FOOD,
    description: '网上买的散装零食没有标签,是否合格?',
    votes: 251,
    answered: false,
  },
];

/** The 5 declined requests carry these replies (out of the bureau's remit or already covered). */
export const DECLINED_REPLIES: Record<string, string> = {
  进口水果保鲜剂: '已纳入省级监督抽检计划统一安排,结果将在省局网站公布。',
  奶茶: '奶茶属现制饮品,已在2024年餐饮食品专项检查中一并检查,未单独抽检。',
  保健品: '保健食品宣传问题属广告监管范畴,已转交相关科室调查处理。',
  野生菌: '野生菌毒性鉴别不属于食品安全抽检项目,已开展野生菌中毒防范宣传。',
  网购零食: '网络销售主体多在外地,已将线索移交平台所在地市场监管部门。',
};
