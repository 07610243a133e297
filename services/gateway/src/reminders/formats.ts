import { createHmac } from 'node:crypto';
import { DOMAINS } from '@shian/platform';
import type { InboxPart } from './operations';

/**
 * The messages the reminder scheduler sends, in one place: what 企业微信 and 钉钉 group robots accept (markdown
 * messages) and the plain JSON a bureau's own receiver gets. The text states only what the records say: counts,
 * titles, due dates and links to the records' pages.
 */

export type ChannelKind = 'WECOM' | 'DINGTALK' | 'JSON';
export type InboxState = 'DUE_SOON' | 'OVERDUE';

export interface InboxItem {
  key: string;
  domain: string;
  kind: string;
  title: string;
  recordId: string;
  recordCode: string | null;
  townshipId: string | null;
  dueDate: string;
  dueAt: string | null;
  state: InboxState;
  link: string;
}

export interface DigestContent {
  /** The Beijing date of the digest. */
  date: string;
  /** 全区, or the township's name. */
  scope: string;
  items: InboxItem[];
  /** Parts of the inbox that could not be read: named, never silently left out. */
  unavailable: InboxPart[];
  withinWorkingDays: number;
}

export interface Message {
  /** The JSON body to POST. */
  body: unknown;
  /** A short line for the delivery record. */
  summary: string;
  itemCount: number;
}

/** 企业微信 refuses markdown content over 4096 bytes; 钉钉 allows more, the same bound keeps both readable. */
const MAX_MARKDOWN_BYTES = 4000;
/** Items listed per state in a digest; the rest are counted. */
const LISTED_PER_STATE = 15;

const domainLabel = (domain: string) => DOMAINS.find((d) => d.name === domain)?.label ?? domain;

/** A record's shell path made absolute with the shell's public address (PUBLIC_SHELL_URL). */
export function absoluteLink(link: string, shellUrl: string): string {
  try {
    return new URL(link, shellUrl.endsWith('/') ? shellUrl : `${shellUrl}/`).toString();
  } catch {
    return link;
  }
}

/** Markdown link text must not break the line's markup. */
const plain = (text: string) => text.replace(/[[\]\n\r]/g, ' ').trim();

function itemLine(item: InboxItem, shellUrl: string): string {
  const due = item.dueAt ? `${item.dueDate}(${beijingClock(item.dueAt)})` : item.dueDate;
  return `- [${plain(item.title)}](${absoluteLink(item.link, shellUrl)}) 截止 ${due}`;
}

/** HH:mm in Beijing of an ISO instant. */
function beijingClock(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(11, 16);
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cuts whole lines from the end until the text fits, saying how many were left out. */
function fitMarkdown(lines: string[], tail: string[]): string {
  const kept = [...lines];
  let dropped = 0;
  const render = () =>
    [...kept, ...(dropped ? [`(消息过长,另有 ${dropped} 行未列出,请登录平台查看)`] : []), ...tail].join('\n');
  while (byteLength(render()) > MAX_MARKDOWN_BYTES && kept.length > 1) {
    kept.pop();
    dropped++;
  }
  return render();
}

export function digestMarkdown(content: DigestContent, shellUrl: string): { title: string; text: string } {
  const overdue = content.items.filter((item) => item.state === 'OVERDUE');
  const dueSoon = content.items.filter((item) => item.state === 'DUE_SOON');
  const title = `食品安全监管待办 ${content.date}`;
  const lines = [
    `### ${title}`,
    `范围:${content.scope}`,
    `已超期 **${overdue.length}** 项;${content.withinWorkingDays}个工作日内到期 **${dueSoon.length}** 项`,
  ];
  const section = (heading: string, items: InboxItem[]) => {
    if (items.length === 0) return;
    lines.push('', `**${heading}**`);
    for (const item of items.slice(0, LISTED_PER_STATE)) lines.push(itemLine(item, shellUrl));
    if (items.length > LISTED_PER_STATE) lines.push(`- 另有 ${items.length - LISTED_PER_STATE} 项未列出`);
  };
  section('已超期', overdue);
  section('即将到期', dueSoon);
  if (content.items.length === 0) lines.push('', '当前没有已超期或即将到期的事项。');
  const tail: string[] = [];
  if (content.unavailable.length > 0)
    tail.push('', `注意:${content.unavailable.map(domainLabel).join('、')} 暂时无法读取,以上不含其中的事项。`);
  tail.push('', `[登录平台查看全部](${absoluteLink('/', shellUrl)})`);
  return { title, text: fitMarkdown(lines, tail) };
}

/**
 * The alert for the items that turned overdue since the last tick: one message per channel and tick, however many
 * (at midnight a day's deadlines all pass at once, and a group robot refuses more than about 20 messages a minute).
 */
export function alertMarkdown(items: readonly InboxItem[], shellUrl: string): { title: string; text: string } {
  const due = (item: InboxItem) => (item.dueAt ? `${item.dueDate} ${beijingClock(item.dueAt)}` : item.dueDate);
  if (items.length === 1) {
    const item = items[0]!;
    const lines = [
      '### 事项已超期',
      `[${plain(item.title)}](${absoluteLink(item.link, shellUrl)})`,
      `所属:${domainLabel(item.domain)}${item.recordCode ? `,编号 ${plain(item.recordCode)}` : ''}`,
      `截止:${due(item)}`,
    ];
    return { title: `事项已超期:${plain(item.title)}`, text: fitMarkdown(lines, []) };
  }
  const lines = [`### ${items.length} 项事项已超期`];
  for (const item of items)
    lines.push(
      `- [${plain(item.title)}](${absoluteLink(item.link, shellUrl)}) ${domainLabel(item.domain)},截止 ${due(item)}`,
    );
  return { title: `${items.length} 项事项已超期`, text: fitMarkdown(lines, []) };
}

function robotBody(kind: 'WECOM' | 'DINGTALK', markdown: { title: string; text: string }): unknown {
  if (kind === 'WECOM') return { msgtype: 'markdown', markdown: { content: markdown.text } };
  return { msgtype: 'markdown', markdown: { title: markdown.title, text: markdown.text } };
}

const itemJson = (item: InboxItem, shellUrl: string) => ({ ...item, url: absoluteLink(item.link, shellUrl) });

export function digestMessage(kind: ChannelKind, content: DigestContent, shellUrl: string): Message {
  const overdue = content.items.filter((item) => item.state === 'OVERDUE').length;
  const summary = `${content.date} ${content.scope}:已超期${overdue}项,即将到期${content.items.length - overdue}项${
    content.unavailable.length ? `(${content.unavailable.map(domainLabel).join('、')}暂不可用)` : ''
  }`;
  const body =
    kind === 'JSON'
      ? {
          type: 'DIGEST',
          date: content.date,
          scope: content.scope,
          withinWorkingDays: content.withinWorkingDays,
          counts: { overdue, dueSoon: content.items.length - overdue },
          items: content.items.map((item) => itemJson(item, shellUrl)),
          unavailable: content.unavailable,
        }
      : robotBody(kind, digestMarkdown(content, shellUrl));
  return { body, summary, itemCount: content.items.length };
}

export function alertMessage(kind: ChannelKind, items: readonly InboxItem[], shellUrl: string): Message {
  const body =
    kind === 'JSON'
      ? { type: 'OVERDUE_ALERT', items: items.map((item) => itemJson(item, shellUrl)) }
      : robotBody(kind, alertMarkdown(items, shellUrl));
  const summary = items.length === 1 ? `已超期:${items[0]!.title}` : `${items.length}项已超期:${items[0]!.title}等`;
  return { body, summary: summary.slice(0, 200), itemCount: items.length };
}

/**
 * 钉钉's signed webhook: `timestamp` (ms) and `sign` = base64(HMAC-SHA256(key = secret, `${timestamp}\n${secret}`))
 * as query parameters. A fresh timestamp per attempt: the robot refuses one older than an hour.
 */
export function dingTalkSignedUrl(url: string, secret: string, now: number = Date.now()): string {
  const timestamp = String(now);
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const signed = new URL(url);
  signed.searchParams.set('timestamp', timestamp);
  signed.searchParams.set('sign', sign);
  return signed.toString();
}
