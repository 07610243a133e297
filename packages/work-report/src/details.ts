import type { SummaryDetails } from './types';

/**
 * The names a summary cites, picked from the year's records as the gateway lists them: the campaigns and
 * rectifications by kind, the most-read articles and their channels, the opinion events, and the publicity week's
 * theme with its most frequent activities. Pure, so the shell and the tests pick the same.
 */
export interface DetailRecords {
  /** With their ids, they are cited in the order they were registered. */
  campaigns?: readonly { id?: string; name: string; kind: string }[];
  articles?: readonly { title: string; reach: number; channel: string }[];
  opinionEvents?: readonly { title: string }[];
  publicityWeeks?: readonly { theme: string; activities: readonly { title: string }[] }[];
}

export const CHANNEL_NAMES: Record<string, string> = {
  DAMEI_BAZHOU_APP: '大美巴州App',
  BAZHOU_NEWS: '巴州新闻网',
  WECHAT: '微信公众号',
  WEIBO: '政务微博',
  DOUYIN: '抖音',
};

export function summaryDetails(records: DetailRecords, cite = 3): SummaryDetails {
  const campaigns = [...(records.campaigns ?? [])].sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));
  const articles = [...(records.articles ?? [])].sort((a, b) => b.reach - a.reach).slice(0, cite);
  const week = records.publicityWeeks?.[0];
  const activityCounts = new Map<string, number>();
  for (const activity of week?.activities ?? []) {
    activityCounts.set(activity.title, (activityCounts.get(activity.title) ?? 0) + 1);
  }
  return {
    campaigns: campaigns.filter((c) => c.kind === 'ENFORCEMENT').map((c) => c.name),
    rectifications: campaigns.filter((c) => c.kind === 'RECTIFICATION').map((c) => c.name),
    articles: articles.map((a) => a.title),
    channels: [...new Set(articles.map((a) => CHANNEL_NAMES[a.channel] ?? a.channel))],
    opinionEvents: (records.opinionEvents ?? []).map((e) => e.title),
    weekTheme: week?.theme ?? null,
    // Stable for equal counts: the order the week lists them in.
    activities: [...activityCounts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, cite)
      .map(([title]) => title),
  };
}
