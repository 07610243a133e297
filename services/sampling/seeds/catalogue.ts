import { FailureKind as K, FoodCategory as C } from '../src/rules/enums';

/**
 * What the district samples, category by category: food names, where such food is sampled (the entities demo
 * data's categories and name patterns), and the test items a report lists, with the limits of the national
 * standards (GB 2763-2021 pesticides, GB 31650-2019 veterinary drugs, GB 2762-2022 contaminants, GB 2760-2014
 * additives, GB 29921-2021 pathogens, product standards).
 */
export interface ItemTemplate {
  name: string;
  /** As the report writes it: "≤0.02", "≥2.9", "51.0~53.0", "不得检出". */
  limit: string;
  unit: string;
  standard: string;
  kind: K;
  /** Typical measured values when the item passes: "nd" mostly 未检出, or a [low, high] share of the limit. */
  typical: 'nd' | [number, number];
}

export interface CategorySpec {
  foods: string[];
  /** Where it is sampled: entity categories, optionally narrowed by words in the entity's name. */
  places: { category: string; nameHas?: string[] }[];
  items: ItemTemplate[];
  /** Share unqualified in supervision sampling (risk monitoring finds somewhat more). */
  failRate: number;
  /** Brands as labelled; null entries (and a null list) mean unbranded, sold loose (散装). */
  brands: (string | null)[] | null;
  specification: string[];
}

const item = (
  name: string,
  limit: string,
  unit: string,
  standard: string,
  kind: K,
  typical: ItemTemplate['typical'] = 'nd',
): ItemTemplate => ({
  name,
  limit,
  unit,
  standard,
  kind,
  typical,
});

const SELLERS = { category: 'FOOD_SELLER' };
const MARKETS = { category: 'FOOD_SELLER', nameHas: ['生鲜', '农贸', '冻品', '超市'] };
const CANTEENS = [{ category: 'SCHOOL_CANTEEN' }, { category: 'COLLECTIVE_DINING' }];

export const CATALOGUE: Record<C, CategorySpec> = {
  [C.GRAIN_PRODUCTS]: {
    foods: ['大米', '小麦粉', '挂面', '鲜湿米粉', '玉米粉'],
    places: [
      SELLERS,
      { category: 'FOOD_PRODUCER', nameHas: ['粮油'] },
      { category: 'SMALL_WORKSHOP', nameHas: ['挂面', '米粉'] },
    ],
    items: [
      item('镉(以Cd计)', '≤0.2', 'mg/kg', 'GB 2762-2022', K.HEAVY_METAL, [0.05, 0.5]),
      item('铅(以Pb计)', '≤0.2', 'mg/kg', 'GB 2762-2022', K.HEAVY_METAL, [0.05, 0.4]),
      item('黄曲霉毒素B₁', '≤10', 'μg/kg', 'GB 2761-2017', K.HEAVY_METAL),
      item('脱氢乙酸及其钠盐(以脱氢乙酸计)', '不得使用', 'g/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE),
    ],
    failRate: 0.02,
    brands: ['巴山', '米仓山', '恩阳河', '金穗'],
    specification: ['5kg/袋', '10kg/袋', '500g/袋', '散装称重'],
  },
  [C.EDIBLE_OIL]: {
    foods: ['菜籽油', '压榨菜籽油', '花生油', '食用植物调和油'],
    places: [
      SELLERS,
      { category: 'FOOD_PRODUCER', nameHas: ['粮油'] },
      { category: 'SMALL_WORKSHOP', nameHas: ['榨油'] },
    ],
    items: [
      item('酸价(KOH)', '≤3', 'mg/g', 'GB 2716-2018', K.QUALITY_INDICATOR, [0.2, 0.7]),
      item('过氧化值', '≤0.25', 'g/100g', 'GB 2716-2018', K.QUALITY_INDICATOR, [0.1, 0.6]),
      item('苯并[a]芘', '≤10', 'μg/kg', 'GB 2762-2022', K.HEAVY_METAL, [0.05, 0.4]),
      item('溶剂残留量', '≤20', 'mg/kg', 'GB 2716-2018', K.QUALITY_INDICATOR),
    ],
    failRate: 0.03,
    brands: ['巴州香', '川北', '金穗', null],
    specification: ['5L/桶', '1.8L/瓶', '散装称重'],
  },
  [C.CONDIMENTS]: {
    foods: ['酱油', '食醋', '郫县豆瓣', '火锅底料', '花椒粉', '鸡精调味料'],
    places: [SELLERS, { category: 'FOOD_PRODUCER', nameHas: ['调味品'] }, { category: 'CATERING', nameHas: ['火锅'] }],
    items: [
      item('苯甲酸及其钠盐(以苯甲酸计)', '≤1.0', 'g/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE, [0.1, 0.6]),
      item('山梨酸及其钾盐(以山梨酸计)', '≤1.0', 'g/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE, [0.1, 0.6]),
      item('罂粟碱', '不得检出', 'μg/kg', '整治办函〔2008〕3号', K.ILLEGAL_ADDITION),
      item('氨基酸态氮', '≥0.4', 'g/100mL', 'GB 2717-2018', K.QUALITY_INDICATOR, [1.3, 2.2]),
    ],
    failRate: 0.025,
    brands: ['巴山', '川味坊', '老坛子', '米仓'],
    specification: ['500mL/瓶', '400g/袋', '200g/袋'],
  },
  [C.MEAT_PRODUCTS]: {
    foods: ['腊肉', '香肠', '酱卤牛肉', '卤猪耳', '腊排骨'],
    places: [
      { category: 'SMALL_WORKSHOP', nameHas: ['腊肉'] },
      { category: 'FOOD_PRODUCER', nameHas: ['肉类'] },
      SELLERS,
    ],
    items: [
      item('亚硝酸盐(以亚硝酸钠计)', '≤30', 'mg/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE, [0.1, 0.6]),
      item('胭脂红', '不得使用', 'g/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE),
      item('过氧化值(以脂肪计)', '≤0.5', 'g/100g', 'GB 2730-2015', K.QUALITY_INDICATOR, [0.1, 0.6]),
      item('菌落总数', '≤10⁵', 'CFU/g', 'GB 2726-2016', K.MICROBIAL, [0.01, 0.3]),
    ],
    failRate: 0.04,
    brands: null,
    specification: ['散装称重', '500g/袋'],
  },
  [C.DAIRY]: {
    foods: ['纯牛奶', '酸奶', '调制乳', '巴氏杀菌乳'],
    places: [{ category: 'FOOD_SELLER', nameHas: ['超市', '便利店', '母婴'] }],
    items: [
      item('蛋白质', '≥2.9', 'g/100g', 'GB 25190-2010', K.QUALITY_INDICATOR, [1.05, 1.2]),
      item('三聚氰胺', '≤2.5', 'mg/kg', '卫生部公告2011年第10号', K.ILLEGAL_ADDITION),
      item('大肠菌群', '≤5', 'CFU/g', 'GB 19302-2010', K.MICROBIAL),
      item('金黄色葡萄球菌', '不得检出', '/25g', 'GB 29921-2021', K.MICROBIAL),
    ],
    failRate: 0.005,
    brands: ['光明', '伊利', '蒙牛', '新希望'],
    specification: ['250mL/盒', '200g/杯', '1L/盒'],
  },
  [C.INFANT_FORMULA]: {
    foods: ['婴儿配方乳粉(0-6月龄,1段)', '较大婴儿配方乳粉(6-12月龄,2段)', '幼儿配方乳粉(12-36月龄,3段)'],
    places: [{ category: 'FOOD_SELLER', nameHas: ['母婴', '超市'] }],
    items: [
      item('蛋白质', '1.8~3.0', 'g/100kJ·', 'GB 10765-2021', K.QUALITY_INDICATOR, [1.1, 1.3]),
      item('维生素A', '14~43', 'μg RE/100kJ', 'GB 10765-2021', K.QUALITY_INDICATOR, [1.5, 2.2]),
      item('三聚氰胺', '≤1', 'mg/kg', '卫生部公告2011年第10号', K.ILLEGAL_ADDITION),
      item('克罗诺杆菌属(阪崎肠杆菌)', '不得检出', '/100g', 'GB 10765-2021', K.MICROBIAL),
      item('沙门氏菌', '不得检出', '/25g', 'GB 10765-2021', K.MICROBIAL),
    ],
    failRate: 0,
    brands: ['飞鹤', '君乐宝', '伊利金领冠', '澳优', '贝因美', '合生元'],
    specification: ['800g/罐', '900g/罐', '400g/盒'],
  },
  [C.BEVERAGES]: {
    foods: ['果汁饮料', '茶饮料', '碳酸饮料', '植物蛋白饮料'],
    places: [SELLERS],
    items: [
      item('菌落总数', '≤100', 'CFU/mL', 'GB 7101-2022', K.MICROBIAL),
      item('甜蜜素(以环己基氨基磺酸计)', '不得使用', 'g/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE),
      item('苯甲酸及其钠盐(以苯甲酸计)', '≤1.0', 'g/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE, [0.05, 0.3]),
    ],
    failRate: 0.01,
    brands: ['农夫山泉', '康师傅', '统一', '娃哈哈'],
    specification: ['500mL/瓶', '310mL/罐', '1.5L/瓶'],
  },
  [C.BOTTLED_WATER]: {
    foods: ['桶装饮用纯净水', '桶装饮用天然泉水', '桶装饮用水'],
    places: [{ category: 'FOOD_PRODUCER', nameHas: ['饮用水'] }, SELLERS],
    items: [
      item('铜绿假单胞菌', '0/250mL', 'CFU/250mL', 'GB 19298-2014', K.MICROBIAL),
      item('大肠菌群', '0/250mL', 'CFU/250mL', 'GB 19298-2014', K.MICROBIAL),
      item('溴酸盐', '≤0.01', 'mg/L', 'GB 19298-2014', K.OTHER, [0.1, 0.5]),
      item('余氯(游离氯)', '≤0.05', 'mg/L', 'GB 19298-2014', K.OTHER),
    ],
    failRate: 0.06,
    brands: ['巴山泉', '光雾山', '米仓清泉', '恩阳河'],
    specification: ['18.9L/桶', '11.3L/桶'],
  },
  [C.ALCOHOL]: {
    foods: ['白酒(浓香型)', '纯粮白酒', '米酒', '泡酒(配制酒)', '啤酒'],
    places: [
      { category: 'FOOD_PRODUCER', nameHas: ['酒业'] },
      { category: 'SMALL_WORKSHOP', nameHas: ['酿酒'] },
      { category: 'FOOD_SELLER', nameHas: ['烟酒', '超市'] },
    ],
    items: [
      item('酒精度', '51.0~53.0', '%vol', 'GB/T 10781.1-2021(标签值52%vol±1.0)', K.QUALITY_INDICATOR, [0.97, 1.01]),
      item('甲醇', '≤0.6', 'g/L', 'GB 2757-2012', K.QUALITY_INDICATOR, [0.05, 0.3]),
      item('氰化物(以HCN计)', '≤8.0', 'mg/L', 'GB 2757-2012', K.QUALITY_INDICATOR, [0.02, 0.2]),
      item('甜蜜素(以环己基氨基磺酸计)', '不得使用', 'g/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE),
    ],
    failRate: 0.04,
    brands: ['巴州老窖', '光雾山', '米仓', null],
    specification: ['500mL/瓶', '2.5L/桶', '散装'],
  },
  [C.PASTRY]: {
    foods: ['月饼', '蛋糕', '面包', '桃酥', '麻花'],
    places: [{ category: 'SMALL_WORKSHOP', nameHas: ['糕点'] }, SELLERS],
    items: [
      item('过氧化值(以脂肪计)', '≤0.25', 'g/100g', 'GB 7099-2015', K.QUALITY_INDICATOR, [0.1, 0.6]),
      item('脱氢乙酸及其钠盐(以脱氢乙酸计)', '≤0.5', 'g/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE, [0.05, 0.5]),
      item('铝的残留量(干样品,以Al计)', '≤100', 'mg/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE, [0.05, 0.4]),
      item('霉菌', '≤150', 'CFU/g', 'GB 7099-2015', K.MICROBIAL, [0.02, 0.3]),
    ],
    failRate: 0.045,
    brands: null,
    specification: ['散装称重', '100g/个', '400g/盒'],
  },
  [C.SOY_PRODUCTS]: {
    foods: ['豆腐', '豆干', '腐竹', '豆腐皮'],
    places: [{ category: 'SMALL_WORKSHOP', nameHas: ['豆腐'] }, MARKETS],
    items: [
      item('苯甲酸及其钠盐(以苯甲酸计)', '不得使用', 'g/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE),
      item('脱氢乙酸及其钠盐(以脱氢乙酸计)', '不得使用', 'g/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE),
      item('大肠菌群', '≤10²', 'CFU/g', 'GB 2712-2014', K.MICROBIAL),
      item('铝的残留量(干样品,以Al计)', '≤100', 'mg/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE, [0.05, 0.3]),
    ],
    failRate: 0.05,
    brands: null,
    specification: ['散装称重'],
  },
  [C.STARCH_PRODUCTS]: {
    foods: ['红薯粉条', '粉丝', '凉粉', '红苕粉'],
    places: [{ category: 'SMALL_WORKSHOP', nameHas: ['红苕粉', '米粉'] }, SELLERS],
    items: [
      item('铝的残留量(干样品,以Al计)', '≤200', 'mg/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE, [0.05, 0.5]),
      item('二氧化硫残留量', '不得使用', 'g/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE),
      item('铅(以Pb计)', '≤0.5', 'mg/kg', 'GB 2762-2022', K.HEAVY_METAL, [0.05, 0.3]),
    ],
    failRate: 0.04,
    brands: null,
    specification: ['散装称重', '500g/袋'],
  },
  [C.TEA]: {
    foods: ['绿茶', '巴山雀舌', '红茶', '炒青绿茶'],
    places: [{ category: 'FOOD_PRODUCER', nameHas: ['茶业'] }, SELLERS],
    items: [
      item('铅(以Pb计)', '≤5.0', 'mg/kg', 'GB 2762-2022', K.HEAVY_METAL, [0.05, 0.3]),
      item('联苯菊酯', '≤5', 'mg/kg', 'GB 2763-2021', K.PESTICIDE_VET_RESIDUE),
      item('吡虫啉', '≤0.5', 'mg/kg', 'GB 2763-2021', K.PESTICIDE_VET_RESIDUE),
      item('草甘膦', '≤1', 'mg/kg', 'GB 2763-2021', K.PESTICIDE_VET_RESIDUE),
    ],
    failRate: 0.01,
    brands: ['巴山雀舌', '米仓山', '光雾山'],
    specification: ['250g/袋', '100g/罐'],
  },
  [C.CONVENIENCE_FOOD]: {
    foods: ['油炸方便面', '自热火锅', '方便米饭'],
    places: [SELLERS],
    items: [
      item('酸价(以脂肪计)(KOH)', '≤1.8', 'mg/g', 'GB 17400-2015', K.QUALITY_INDICATOR, [0.2, 0.6]),
      item('过氧化值(以脂肪计)', '≤0.25', 'g/100g', 'GB 17400-2015', K.QUALITY_INDICATOR, [0.1, 0.5]),
      item('菌落总数', '≤10⁵', 'CFU/g', 'GB 17400-2015', K.MICROBIAL, [0.01, 0.2]),
    ],
    failRate: 0.005,
    brands: ['康师傅', '统一', '白象', '今麦郎'],
    specification: ['105g/袋', '380g/盒'],
  },
  [C.VEGETABLES]: {
    foods: ['豇豆', '芹菜', '韭菜', '普通白菜', '菠菜', '辣椒', '油麦菜', '姜'],
    places: [MARKETS, ...CANTEENS],
    items: [
      item('毒死蜱', '≤0.02', 'mg/kg', 'GB 2763-2021', K.PESTICIDE_VET_RESIDUE),
      item('氧乐果', '≤0.02', 'mg/kg', 'GB 2763-2021', K.PESTICIDE_VET_RESIDUE),
      item('噻虫胺', '≤0.01', 'mg/kg', 'GB 2763-2021', K.PESTICIDE_VET_RESIDUE),
      item('腐霉利', '≤0.2', 'mg/kg', 'GB 2763-2021', K.PESTICIDE_VET_RESIDUE),
      item('镉(以Cd计)', '≤0.05', 'mg/kg', 'GB 2762-2022', K.HEAVY_METAL, [0.05, 0.5]),
    ],
    failRate: 0.05,
    brands: null,
    specification: ['散装称重'],
  },
  [C.FRUIT]: {
    foods: ['柑橘', '苹果', '香蕉', '葡萄', '猕猴桃'],
    places: [MARKETS],
    items: [
      item('丙溴磷', '≤0.2', 'mg/kg', 'GB 2763-2021', K.PESTICIDE_VET_RESIDUE),
      item('多菌灵', '≤5', 'mg/kg', 'GB 2763-2021', K.PESTICIDE_VET_RESIDUE, [0.01, 0.1]),
      item('氯氟氰菊酯和高效氯氟氰菊酯', '≤0.2', 'mg/kg', 'GB 2763-2021', K.PESTICIDE_VET_RESIDUE),
    ],
    failRate: 0.025,
    brands: null,
    specification: ['散装称重'],
  },
  [C.LIVESTOCK_MEAT]: {
    foods: ['猪肉', '牛肉', '鸡肉', '猪肝', '羊肉'],
    places: [MARKETS, ...CANTEENS],
    items: [
      item('恩诺沙星(以恩诺沙星与环丙沙星之和计)', '≤100', 'μg/kg', 'GB 31650-2019', K.PESTICIDE_VET_RESIDUE),
      item('磺胺类(总量)', '≤100', 'μg/kg', 'GB 31650-2019', K.PESTICIDE_VET_RESIDUE),
      item('氯霉素', '不得检出', 'μg/kg', 'GB 31650-2019', K.PESTICIDE_VET_RESIDUE),
      item('克伦特罗', '不得检出', 'μg/kg', '农业农村部公告第250号', K.ILLEGAL_ADDITION),
    ],
    failRate: 0.03,
    brands: null,
    specification: ['散装称重'],
  },
  [C.AQUATIC]: {
    foods: ['鲫鱼', '草鱼', '鲈鱼', '鲢鱼', '基围虾'],
    places: [MARKETS],
    items: [
      item('恩诺沙星(以恩诺沙星与环丙沙星之和计)', '≤100', 'μg/kg', 'GB 31650-2019', K.PESTICIDE_VET_RESIDUE),
      item('孔雀石绿', '不得检出', 'μg/kg', '农业农村部公告第250号', K.PESTICIDE_VET_RESIDUE),
      item('地西泮', '不得检出', 'μg/kg', 'GB 31650.1-2022', K.PESTICIDE_VET_RESIDUE),
      item('镉(以Cd计)', '≤0.1', 'mg/kg', 'GB 2762-2022', K.HEAVY_METAL, [0.05, 0.4]),
    ],
    failRate: 0.05,
    brands: null,
    specification: ['散装称重'],
  },
  [C.EGGS]: {
    foods: ['鸡蛋', '鸭蛋'],
    places: [MARKETS, ...CANTEENS],
    items: [
      item('氟苯尼考', '不得检出', 'μg/kg', 'GB 31650-2019', K.PESTICIDE_VET_RESIDUE),
      item('恩诺沙星', '不得检出', 'μg/kg', 'GB 31650-2019', K.PESTICIDE_VET_RESIDUE),
      item('甲硝唑', '不得检出', 'μg/kg', '农业农村部公告第250号', K.PESTICIDE_VET_RESIDUE),
    ],
    failRate: 0.03,
    brands: null,
    specification: ['散装称重'],
  },
  [C.CATERING_FOOD]: {
    foods: ['复用餐饮具', '凉面', '凉拌菜', '油条', '卤菜', '米饭'],
    places: [{ category: 'CATERING' }, ...CANTEENS, { category: 'ONLINE_CATERING' }, { category: 'FOOD_VENDOR' }],
    items: [
      item('大肠菌群', '不得检出', '/50cm²', 'GB 14934-2016', K.MICROBIAL),
      item('阴离子合成洗涤剂(以十二烷基苯磺酸钠计)', '不得检出', 'mg/100cm²', 'GB 14934-2016', K.OTHER),
      item('铝的残留量(干样品,以Al计)', '≤100', 'mg/kg', 'GB 2760-2014', K.ADDITIVE_MISUSE, [0.05, 0.5]),
      item('沙门氏菌', '不得检出', '/25g', 'GB 29921-2021', K.MICROBIAL),
    ],
    failRate: 0.045,
    brands: null,
    specification: ['/'],
  },
};
