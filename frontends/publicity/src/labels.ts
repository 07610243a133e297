import { withColors } from '@shian/remote-kit';
import {
  ArticleChannelLabels,
  ArticleKindLabels,
  OpinionSeverityLabels,
  OpinionStatusLabels,
  OutreachKindLabels,
} from './gql/labels';

/**
 * Every enum of the publicity subgraph as the UI shows it (docs/domain.md#glossary): the words are the API schema's
 * (its enum value descriptions, generated into src/gql/labels.ts), the colours this module's.
 */
export const ARTICLE_KIND = withColors(ArticleKindLabels, {
  SCIENCE: 'blue',
  RUMOUR_REFUTATION: 'purple',
  WARNING: 'orange',
});

export const CHANNEL = withColors(ArticleChannelLabels);

export const SEVERITY = withColors(OpinionSeverityLabels, { GENERAL: 'default', MAJOR: 'orange', SERIOUS: 'red' });

/** The lifecycle's stages in the order the board shows them (escalation beside verification and handling). */
export const STAGE = withColors(OpinionStatusLabels, {
  DETECTED: 'red',
  VERIFYING: 'orange',
  ESCALATED: 'magenta',
  HANDLING: 'gold',
  RESPONDED: 'blue',
  CLOSED: 'green',
});

export const OUTREACH_KIND = withColors(OutreachKindLabels, {
  COMMUNITY: 'green',
  CLASSROOM: 'blue',
  ENTERPRISE: 'purple',
  MARKET: 'orange',
});
