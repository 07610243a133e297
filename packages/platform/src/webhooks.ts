type Env = Record<string, string | undefined>;

/** The group robots' own hosts (企业微信, 钉钉): where a production reminder may go unless the operator says more. */
export const ROBOT_WEBHOOK_HOSTS: readonly string[] = ['qyapi.weixin.qq.com', 'oapi.dingtalk.com'];

/**
 * `REMINDER_WEBHOOK_HOSTS`: the hosts reminders may be sent to, comma-separated; `*.example.cn` allows the
 * subdomains of example.cn, and `*` alone any host. Default: in production the robots' hosts only, elsewhere any
 * (a developer's or a test's local receiver). A leader writes a channel's address, and the gateway, inside the
 * cluster, posts to it: without a list any leader's account could make the gateway post the bureau's deadlines to
 * an internal address.
 */
export function reminderWebhookHosts(env: Env = process.env): readonly string[] {
  const raw = env.REMINDER_WEBHOOK_HOSTS?.trim();
  if (raw)
    return raw
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean);
  return env.NODE_ENV === 'production' ? ROBOT_WEBHOOK_HOSTS : ['*'];
}

/** Why a reminder may not be sent to `url` (in Chinese, for the leader who entered it), or null when it may. */
export function reminderWebhookRefusal(url: string, env: Env = process.env): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '回调地址不是有效的网址';
  }
  const hosts = reminderWebhookHosts(env);
  const allowed = hosts.some(
    (entry) => entry === '*' || entry === host || (entry.startsWith('*.') && host.endsWith(entry.slice(1))),
  );
  return allowed ? null : `回调地址的主机 ${host} 不在允许的提醒地址之内(${hosts.join('、')}),请联系运维人员配置`;
}
