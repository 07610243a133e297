import type { LabelMap } from '@shian/ui-kit';
import type { ArticleChannel, ArticleKind, OpinionSeverity, OpinionStatus, OutreachKind } from './gql/graphql';

/** Every enum of the publicity subgraph as the UI shows it (docs/domain.md#glossary). */
export const ARTICLE_KIND: LabelMap<ArticleKind> = {
  SCIENCE: { label: '科普', color: 'blue' },
  RUMOUR_REFUTATION: { label: '辟谣', color: 'purple' },
  WARNING: { label: '警示', color: 'orange' },
};

export const CHANNEL: LabelMap<ArticleChannel> = {
  DAMEI_BAZHOU_APP: { label: '大美巴州App' },
  BAZHOU_NEWS: { label: '巴州新闻网' },
  WECHAT: { label: '微信公众号' },
  WEIBO: { label: '政务微博' },
  DOUYIN: { label: '抖音' },
};

export const SEVERITY: LabelMap<OpinionSeverity> = {
  GENERAL: { label: '一般', color: 'default' },
  MAJOR: { label: '较大', color: 'orange' },
  SERIOUS: { label: '重大', color: 'red' },
};

/** The lifecycle's stages in the order the board shows them (escalation beside verification and handling). */
export const STAGE: LabelMap<OpinionStatus> = {
  DETECTED: { label: '发现', color: 'red' },
  VERIFYING: { label: '核实', color: 'orange' },
  ESCALATED: { label: '升级上报', color: 'magenta' },
  HANDLING: { label: '处置', color: 'gold' },
  RESPONDED: { label: '回应', color: 'blue' },
  CLOSED: { label: '办结', color: 'green' },
};

export const OUTREACH_KIND: LabelMap<OutreachKind> = {
  COMMUNITY: { label: '进社区', color: 'green' },
  CLASSROOM: { label: '进课堂', color: 'blue' },
  ENTERPRISE: { label: '进企业', color: 'purple' },
  MARKET: { label: '进市场', color: 'orange' },
};
