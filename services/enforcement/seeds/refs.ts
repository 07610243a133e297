import { ENTITY_REFS, findEntity, isTrading } from '@shian/demo-refs';

/**
 * Other domains' demo records that enforcement's demo data links to, from @shian/demo-refs (the entities domain's
 * businesses, sampling's 2024 disposals that opened a case), and publicity's opinion events that led to a case.
 */
export type { DemoDisposalRef as DisposalRefRecord, DemoEntityRef as EntityRefRecord } from '@shian/demo-refs';
export { DISPOSAL_REFS, ENTITY_REFS, entityOf, findEntity } from '@shian/demo-refs';

/** Businesses of a category that trade (停业 ones too: suspended is not closed). */
export const trading = (category?: string) =>
  ENTITY_REFS.filter((e) => (!category || e.category === category) && isTrading(e));

/** Publicity's 2024 opinion events that led to a case (its demo data: OE2024001, OE2024003). */
export const OPINION_CASES = [
  {
    opinionEventId: 'OE2024001',
    entity: findEntity('FOOD_SELLER', '农贸市场', '冻品'),
    receivedOn: '2024-04-09',
    title: '涉嫌以母猪肉冒充普通猪肉销售案',
    description: '短视频反映农贸市场冻品店将母猪肉冒充普通猪肉销售,现场查扣涉嫌产品并抽样送检。',
  },
  {
    opinionEventId: 'OE2024003',
    entity: findEntity('FOOD_VENDOR', '卤菜', '苟记'),
    receivedOn: '2024-10-04',
    title: '在美食展销会上以猪里脊肉冒充牛肉销售案',
    description: '网民反映国庆美食展销会上卤菜摊以猪里脊肉冒充牛肉制作卤牛肉销售,检测确认后立案调查。',
  },
] as const;
