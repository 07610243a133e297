import { describe, expect, it } from 'vitest';
import { ROBOT_WEBHOOK_HOSTS, reminderWebhookHosts, reminderWebhookRefusal } from '../src/webhooks';

describe('where reminders may be sent', () => {
  it('in production, only to the group robots unless the operator lists more', () => {
    const production = { NODE_ENV: 'production' };
    expect(reminderWebhookHosts(production)).toEqual(ROBOT_WEBHOOK_HOSTS);
    expect(reminderWebhookRefusal('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', production)).toBeNull();
    expect(reminderWebhookRefusal('https://oapi.dingtalk.com/robot/send?access_token=t', production)).toBeNull();
    for (const internal of [
      'http://127.0.0.1:4001/graphql',
      'http://entities.shian.svc:4001/',
      'http://169.254.169.254/',
    ]) {
      expect(reminderWebhookRefusal(internal, production)).toMatch(/不在允许的提醒地址之内/);
    }
    // A look-alike host is not the robot's.
    expect(reminderWebhookRefusal('https://qyapi.weixin.qq.com.evil.example/x', production)).not.toBeNull();
  });

  it('takes REMINDER_WEBHOOK_HOSTS exactly, with *.domain for subdomains', () => {
    const env = { NODE_ENV: 'production', REMINDER_WEBHOOK_HOSTS: ' hooks.bureau.gov.cn , *.intra.example ' };
    expect(reminderWebhookRefusal('https://hooks.bureau.gov.cn/a', env)).toBeNull();
    expect(reminderWebhookRefusal('http://robot.intra.example/a', env)).toBeNull();
    expect(reminderWebhookRefusal('http://intra.example.attacker.cn/a', env)).not.toBeNull();
    expect(reminderWebhookRefusal('https://qyapi.weixin.qq.com/x', env)).not.toBeNull();
  });

  it('allows any host outside production (a local receiver), and refuses what is not a URL', () => {
    expect(reminderWebhookRefusal('http://127.0.0.1:9999/hook', {})).toBeNull();
    expect(reminderWebhookRefusal('not a url', {})).toBe('回调地址不是有效的网址');
  });
});
