/**
 * The publicity domain's closed vocabularies: plain enums so that the rules stay free of framework imports; the
 * GraphQL and database layers register these same enums (src/entities/enums.ts).
 */
export enum ArticleKind {
  SCIENCE = 'SCIENCE',
  RUMOUR_REFUTATION = 'RUMOUR_REFUTATION',
  WARNING = 'WARNING',
}

export enum ArticleChannel {
  DAMEI_BAZHOU_APP = 'DAMEI_BAZHOU_APP',
  BAZHOU_NEWS = 'BAZHOU_NEWS',
  WECHAT = 'WECHAT',
  WEIBO = 'WEIBO',
  DOUYIN = 'DOUYIN',
}

export enum OpinionSeverity {
  GENERAL = 'GENERAL',
  MAJOR = 'MAJOR',
  SERIOUS = 'SERIOUS',
}

/** Stages of a public-opinion event; the moves between them are in lifecycle.ts. */
export enum OpinionStatus {
  DETECTED = 'DETECTED',
  VERIFYING = 'VERIFYING',
  ESCALATED = 'ESCALATED',
  HANDLING = 'HANDLING',
  RESPONDED = 'RESPONDED',
  CLOSED = 'CLOSED',
}

export enum OutreachKind {
  COMMUNITY = 'COMMUNITY',
  CLASSROOM = 'CLASSROOM',
  ENTERPRISE = 'ENTERPRISE',
  MARKET = 'MARKET',
}

export const LABELS = {
  ArticleKind: { SCIENCE: '科普', RUMOUR_REFUTATION: '辟谣', WARNING: '警示' },
  ArticleChannel: {
    DAMEI_BAZHOU_APP: '大美巴州App',
    BAZHOU_NEWS: '巴州新闻网',
    WECHAT: '微信公众号',
    WEIBO: '政务微博',
    DOUYIN: '抖音',
  },
  OpinionSeverity: { GENERAL: '一般', MAJOR: '较大', SERIOUS: '重大' },
  OpinionStatus: {
    DETECTED: '发现',
    VERIFYING: '核实',
    ESCALATED: '升级上报',
    HANDLING: '处置',
    RESPONDED: '回应',
    CLOSED: '办结',
  },
  OutreachKind: { COMMUNITY: '进社区', CLASSROOM: '进课堂', ENTERPRISE: '进企业', MARKET: '进市场' },
} as const;
