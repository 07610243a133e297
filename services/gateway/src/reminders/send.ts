import { reminderWebhookRefusal } from '@shian/platform';
import { type ChannelKind, dingTalkSignedUrl } from './formats';

export interface SendResult {
  ok: boolean;
  /** The HTTP status, when an answer came. */
  status: number | null;
  error: string | null;
}

export interface Target {
  kind: ChannelKind;
  url: string;
  /** 钉钉's signing secret, when the robot is set to 加签. */
  secret?: string | null;
}

const MAX_ERROR_LENGTH = 300;

/**
 * One POST of a message. A robot (企业微信, 钉钉) answers HTTP 200 even when it refuses the message, with a non-zero
 * `errcode` in the body: that is a failure too. A JSON receiver succeeds with any 2xx. Redirects are not followed
 * (a webhook that moved is a configuration to fix, not a place to send the bureau's data to unasked).
 */
export async function sendOnce(target: Target, body: unknown, timeoutMs: number): Promise<SendResult> {
  // Checked again here, where the POST is made: the list may have narrowed since the channel was saved.
  const refusal = reminderWebhookRefusal(target.url);
  if (refusal) return { ok: false, status: null, error: refusal };
  const url = target.kind === 'DINGTALK' && target.secret ? dingTalkSignedUrl(target.url, target.secret) : target.url;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    const message =
      name === 'TimeoutError' || name === 'AbortError'
        ? `超时(${timeoutMs} 毫秒内无响应)`
        : `无法连接:${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}`;
    return { ok: false, status: null, error: message.slice(0, MAX_ERROR_LENGTH) };
  }
  const text = await response.text().catch(() => '');
  if (response.status < 200 || response.status >= 300)
    return { ok: false, status: response.status, error: `HTTP ${response.status} ${text.slice(0, 200)}`.trim() };
  if (target.kind === 'JSON') return { ok: true, status: response.status, error: null };
  let answer: { errcode?: unknown; errmsg?: unknown };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    return { ok: false, status: response.status, error: `机器人的应答不是 JSON:${text.slice(0, 200)}` };
  }
  if (answer.errcode !== 0)
    return {
      ok: false,
      status: response.status,
      error: `errcode ${String(answer.errcode)}: ${String(answer.errmsg ?? '')}`.slice(0, MAX_ERROR_LENGTH),
    };
  return { ok: true, status: response.status, error: null };
}

export interface RetryPolicy {
  /** Attempts within one tick. */
  attemptsPerTick: number;
  /** Pause before the n-th retry: delayMs × 2^(n-1). */
  delayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attemptsPerTick: 3, delayMs: 1000 };

/** What the delivery record says after an attempt was recorded. */
export interface Recorded {
  status: string;
  attempts: number;
}

/**
 * Sends with retries inside one tick: each attempt is recorded before the next (so a crash loses none), and the
 * record decides whether to go on (PENDING: the delivery stays this replica's) or stop (SENT, or FAILED at the
 * delivery's limit or after the tick's last attempt, for a later tick to take up).
 */
export async function deliverWithRetries(
  send: () => Promise<SendResult>,
  record: (result: SendResult, retrying: boolean) => Promise<Recorded>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<{ result: SendResult; recorded: Recorded }> {
  for (let attempt = 1; ; attempt++) {
    const result = await send();
    const retrying = !result.ok && attempt < policy.attemptsPerTick;
    const recorded = await record(result, retrying);
    if (result.ok || !retrying || recorded.status !== 'PENDING') return { result, recorded };
    await sleep(policy.delayMs * 2 ** (attempt - 1));
  }
}
