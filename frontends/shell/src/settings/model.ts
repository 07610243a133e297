import { ROLE_LABELS } from '@shian/auth/identity';
import { type LabelMap, t } from '@shian/ui-kit';

export type ChannelKind = 'WECOM' | 'DINGTALK' | 'JSON';
export type Audience = 'LEADER' | 'OFFICER' | 'TOWNSHIP';

export const CHANNEL_KINDS: LabelMap<ChannelKind> = {
  WECOM: { label: '企业微信群机器人', color: 'green' },
  DINGTALK: { label: '钉钉群机器人', color: 'blue' },
  JSON: { label: 'JSON 回调', color: 'default' },
};

export const AUDIENCES: LabelMap<Audience> = {
  LEADER: { label: ROLE_LABELS.leader },
  OFFICER: { label: ROLE_LABELS.officer },
  TOWNSHIP: { label: ROLE_LABELS.township },
};

export const DELIVERY_KINDS: LabelMap<'DIGEST' | 'OVERDUE_ALERT'> = {
  DIGEST: { label: '每日汇总' },
  OVERDUE_ALERT: { label: '超期提醒' },
};

export const DELIVERY_STATUSES: LabelMap<'PENDING' | 'SENT' | 'FAILED' | 'BASELINE'> = {
  PENDING: { label: '发送中', color: 'processing' },
  SENT: { label: '已送达', color: 'success' },
  FAILED: { label: '发送失败', color: 'error' },
  BASELINE: { label: '启用前已超期(仅记录)', color: 'default' },
};

/** The channel form as the user fills it in. */
export interface ChannelForm {
  name: string;
  kind: ChannelKind;
  url: string;
  /** DingTalk's signing secret; on an edit, empty keeps the one saved. */
  secret?: string;
  /** Clear the saved secret (an edit of a DingTalk channel). */
  clearSecret?: boolean;
  scope: 'district' | 'township';
  townshipId?: string | null;
  role?: Audience | null;
  active: boolean;
}

/** What the form refuses before sending, by field, in the user's language (the server checks the same again). */
export function channelFormErrors(form: Partial<ChannelForm>): Partial<Record<keyof ChannelForm, string>> {
  const errors: Partial<Record<keyof ChannelForm, string>> = {};
  if (!form.name?.trim()) errors.name = t('请填写通道名称');
  else if (form.name.trim().length > 50) errors.name = t('名称不能超过50个字符');
  if (!form.kind) errors.kind = t('请选择通道类型');
  const url = form.url?.trim() ?? '';
  if (!url) errors.url = t('请填写回调地址');
  else {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname)
      errors.url = t('回调地址须为 http:// 或 https:// 开头的完整网址');
    else if (parsed.username || parsed.password) errors.url = t('回调地址不能包含用户名或密码');
  }
  if (form.secret && form.kind !== 'DINGTALK') errors.secret = t('只有钉钉群机器人使用加签密钥');
  else if ((form.secret?.length ?? 0) > 200) errors.secret = t('加签密钥不能超过200个字符');
  if (form.scope === 'township' && !form.townshipId) errors.townshipId = t('请选择乡镇(街道)');
  if (form.role === 'TOWNSHIP' && form.scope !== 'township') errors.role = t('提醒乡镇(街道)监管员须指定乡镇(街道)');
  return errors;
}

/** createReminderChannel's input from a checked form. */
export function createInput(form: ChannelForm) {
  return {
    name: form.name.trim(),
    kind: form.kind,
    url: form.url.trim(),
    ...(form.kind === 'DINGTALK' && form.secret ? { secret: form.secret } : {}),
    townshipId: form.scope === 'township' ? form.townshipId : null,
    role: form.role ?? null,
    active: form.active,
  };
}

/**
 * updateReminderChannel's input: every field as the form has it (unchanged ones are written back unchanged), the
 * secret only when a new one is typed or clearing it is asked (an empty string clears it), a channel made
 * district-wide or without audience by their flags.
 */
export function updateInput(form: ChannelForm) {
  // A channel that is not DingTalk's loses its secret on the server by itself.
  const secret =
    form.kind !== 'DINGTALK' ? {} : form.clearSecret ? { secret: '' } : form.secret ? { secret: form.secret } : {};
  return {
    name: form.name.trim(),
    kind: form.kind,
    url: form.url.trim(),
    ...secret,
    ...(form.scope === 'township' ? { townshipId: form.townshipId } : { districtWide: true }),
    ...(form.role ? { role: form.role } : { clearRole: true }),
    active: form.active,
  };
}
