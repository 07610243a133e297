import type { LabelMap } from '@shian/ui-kit';
import type { EntityCategory, TrainingAudience, TrainingKind, TrainingMode, WorkshopLevel } from './gql/graphql';

/** Every enum of the training subgraph as the UI shows it (docs/domain.md#glossary). */
export const AUDIENCE: LabelMap<TrainingAudience> = {
  SMALL_WORKSHOP: { label: '食品小作坊', color: 'gold' },
  SCHOOL_CANTEEN: { label: '学校食堂', color: 'geekblue' },
  ONLINE_CATERING: { label: '网络餐饮', color: 'volcano' },
  COLLECTIVE_DINING: { label: '集中用餐单位', color: 'magenta' },
  CATERING: { label: '餐饮服务', color: 'cyan' },
  FOOD_SELLER: { label: '食品销售者', color: 'blue' },
  FOOD_PRODUCER: { label: '食品生产企业', color: 'purple' },
  ENFORCEMENT_OFFICERS: { label: '执法人员', color: 'red' },
};

/** A session's kind follows its audience: 执法人员 makes it an officers' session (执法人员专业化规范化培训). */
export const KIND: LabelMap<TrainingKind> = {
  BUSINESS: { label: '从业人员', color: 'default' },
  OFFICERS: { label: '执法人员', color: 'red' },
};

export const MODE: LabelMap<TrainingMode> = {
  ONSITE: { label: '线下', color: 'green' },
  ONLINE: { label: '线上', color: 'blue' },
};

export const LEVEL: LabelMap<WorkshopLevel> = {
  BASIC: { label: '基础级', color: 'default' },
  STANDARD: { label: '规范级', color: 'blue' },
  MODEL: { label: '示范级', color: 'gold' },
};

/** 考核's two kinds of batch, by the `resit` filter's value in the URL. */
export const RESIT: LabelMap<'false' | 'true'> = {
  false: { label: '首次考核', color: 'default' },
  true: { label: '补考', color: 'orange' },
};

/**
 * The audience a practitioners' session is for is a category of the entities register: its attendees come from
 * there. Officers come from enforcement's inspector roll instead, so 执法人员 has no category.
 */
export const AUDIENCE_CATEGORY: Partial<Record<TrainingAudience, EntityCategory>> = {
  SMALL_WORKSHOP: 'SMALL_WORKSHOP',
  SCHOOL_CANTEEN: 'SCHOOL_CANTEEN',
  ONLINE_CATERING: 'ONLINE_CATERING',
  COLLECTIVE_DINING: 'COLLECTIVE_DINING',
  CATERING: 'CATERING',
  FOOD_SELLER: 'FOOD_SELLER',
  FOOD_PRODUCER: 'FOOD_PRODUCER',
};
