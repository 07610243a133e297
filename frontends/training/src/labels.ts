import { ENTITY_CATEGORY, pickLabels, withColors } from '@shian/remote-kit';
import type { LabelMap } from '@shian/ui-kit';
import type { EntityCategory, TrainingAudience, TrainingKind } from './gql/graphql';
import { TrainingModeLabels, WorkshopLevelLabels } from './gql/labels';

/**
 * The audiences of a practitioners' session, in training's order: each is a category of the entities register,
 * named alike (its attendees come from there), and reads as that category does. Officers come from enforcement's
 * inspector roll instead, so 执法人员 has no category.
 */
const PRACTITIONERS = [
  'SMALL_WORKSHOP',
  'SCHOOL_CANTEEN',
  'ONLINE_CATERING',
  'COLLECTIVE_DINING',
  'CATERING',
  'FOOD_SELLER',
  'FOOD_PRODUCER',
] as const satisfies readonly (TrainingAudience & EntityCategory)[];

/**
 * Every enum of the training subgraph as the UI shows it (docs/domain.md#glossary): the words are the API schema's (its
 * enum value descriptions, generated into src/gql/labels.ts), the colours this module's.
 */
export const AUDIENCE: LabelMap<TrainingAudience> = {
  ...pickLabels(ENTITY_CATEGORY, PRACTITIONERS),
  ENFORCEMENT_OFFICERS: { label: '执法人员', color: 'red' },
};

/**
 * A session's kind follows its audience: 执法人员 makes it an officers' session (执法人员专业化规范化培训). Its words
 * are the audiences' (从业人员, 执法人员), shorter than the schema's.
 */
export const KIND: LabelMap<TrainingKind> = {
  BUSINESS: { label: '从业人员', color: 'default' },
  OFFICERS: { label: '执法人员', color: 'red' },
};

export const MODE = withColors(TrainingModeLabels, { ONSITE: 'green', ONLINE: 'blue' });

export const LEVEL = withColors(WorkshopLevelLabels, { BASIC: 'default', STANDARD: 'blue', MODEL: 'gold' });

/** 考核's two kinds of batch, by the `resit` filter's value in the URL. */
export const RESIT: LabelMap<'false' | 'true'> = {
  false: { label: '首次考核', color: 'default' },
  true: { label: '补考', color: 'orange' },
};

/** The category whose businesses attend a session for this audience (none for officers). */
export const AUDIENCE_CATEGORY: Partial<Record<TrainingAudience, EntityCategory>> = Object.fromEntries(
  PRACTITIONERS.map((category) => [category, category]),
);
