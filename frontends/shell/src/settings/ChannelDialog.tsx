import { errorCode, fieldErrors, useMutation } from '@shian/graphql-client';
import { errorText, optionsOf, useT } from '@shian/ui-kit';
import { App as AntApp, Checkbox, Form, Input, Modal, Radio, Select, Switch, Typography } from '@shian/antd';
import { useState } from 'react';
import {
  AUDIENCES,
  type Audience,
  CHANNEL_KINDS,
  type ChannelForm,
  type ChannelKind,
  channelFormErrors,
  createInput,
  updateInput,
} from './model';
import { CreateReminderChannelDocument, UpdateReminderChannelDocument } from './queries';

export interface EditedChannel {
  id: string;
  version: number;
  name: string;
  kind: ChannelKind;
  url: string;
  townshipId?: string | null;
  role?: Audience | null;
  active: boolean;
  hasSecret: boolean;
}

const BLANK: ChannelForm = {
  name: '',
  kind: 'WECOM',
  url: '',
  scope: 'district',
  townshipId: null,
  role: null,
  active: true,
};

function formOf(channel: EditedChannel | null): ChannelForm {
  if (!channel) return BLANK;
  return {
    name: channel.name,
    kind: channel.kind,
    url: channel.url,
    scope: channel.townshipId ? 'township' : 'district',
    townshipId: channel.townshipId ?? null,
    role: channel.role ?? null,
    active: channel.active,
  };
}

/** 新建 / 编辑 a reminder channel: checked here first, then by the server (its field messages shown beside). */
export function ChannelDialog({
  channel,
  townships,
  onClose,
  onSaved,
}: {
  /** null: a new channel. */
  channel: EditedChannel | null;
  townships: readonly { id: string; name: string }[];
  onClose: () => void;
  /** After a save, or when another's change was found (CONFLICT): the list reloads. */
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [form, setForm] = useState<ChannelForm>(() => formOf(channel));
  const [errors, setErrors] = useState<Partial<Record<keyof ChannelForm, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateReminderChannelDocument);
  const [{ fetching: updating }, update] = useMutation(UpdateReminderChannelDocument);
  const set = (patch: Partial<ChannelForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) delete next[key as keyof ChannelForm];
      return next;
    });
  };

  const submit = async () => {
    const found = channelFormErrors(form);
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length > 0) return;
    const result = channel
      ? await update({ id: channel.id, version: channel.version, input: updateInput(form) })
      : await create({ input: createInput(form) });
    if (result.error) {
      const byField = fieldErrors(result.error) as Partial<Record<keyof ChannelForm, string>>;
      setErrors(byField);
      if (Object.keys(byField).length === 0) setGeneral(errorText(result.error));
      if (errorCode(result.error) === 'CONFLICT') {
        message.warning(t('该通道已被他人修改,已重新读取,请核对后再保存'));
        onSaved();
      }
      return;
    }
    message.success(t(channel ? '已保存' : '已新建提醒通道'));
    onSaved();
  };

  // The server's field messages are Chinese keys (the form's own are translated already).
  const item = (field: keyof ChannelForm) => ({
    validateStatus: errors[field] ? ('error' as const) : undefined,
    help: errors[field] && t(errors[field]),
  });
  return (
    <Modal
      open
      title={channel ? t('编辑提醒通道:{{name}}', { name: channel.name }) : t('新建提醒通道')}
      okText={t('保存')}
      cancelText={t('取消')}
      confirmLoading={creating || updating}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t('名称')} required {...item('name')}>
          <Input
            aria-label="名称"
            value={form.name}
            maxLength={50}
            placeholder={t('如 东城街道监管群')}
            onChange={(e) => set({ name: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('类型')} required {...item('kind')}>
          <Radio.Group
            aria-label="类型"
            value={form.kind}
            options={optionsOf(CHANNEL_KINDS)}
            onChange={(e) => set({ kind: e.target.value as ChannelKind, secret: undefined, clearSecret: false })}
          />
        </Form.Item>
        <Form.Item label={t('回调地址')} required {...item('url')}>
          <Input
            aria-label="回调地址"
            value={form.url}
            placeholder="https://…"
            onChange={(e) => set({ url: e.target.value })}
          />
        </Form.Item>
        {form.kind === 'DINGTALK' && (
          <Form.Item
            label={t('加签密钥')}
            {...item('secret')}
            extra={t(channel?.hasSecret ? '已设置密钥:留空则保持不变' : '钉钉机器人“加签”安全设置中的密钥(可不填)')}
          >
            <Input.Password
              aria-label={t('加签密钥')}
              value={form.secret ?? ''}
              disabled={form.clearSecret}
              autoComplete="new-password"
              onChange={(e) => set({ secret: e.target.value })}
            />
            {channel?.hasSecret && (
              <Checkbox
                checked={!!form.clearSecret}
                onChange={(e) => set({ clearSecret: e.target.checked, secret: undefined })}
              >
                {t('清除已设置的密钥')}
              </Checkbox>
            )}
          </Form.Item>
        )}
        <Form.Item label={t('范围')} required {...item('townshipId')}>
          <Radio.Group
            aria-label="范围"
            value={form.scope}
            options={[
              { value: 'district', label: t('全区') },
              { value: 'township', label: t('指定乡镇(街道)') },
            ]}
            onChange={(e) => set({ scope: e.target.value, townshipId: null })}
          />
          {form.scope === 'township' && (
            <Select
              aria-label="乡镇(街道)"
              style={{ marginTop: 8, width: '100%' }}
              placeholder={t('选择乡镇(街道)')}
              value={form.townshipId ?? undefined}
              showSearch={{ optionFilterProp: 'label' }}
              virtual={false}
              options={townships.map((t) => ({ value: t.id, label: t.name }))}
              onChange={(townshipId: string) => set({ townshipId })}
            />
          )}
        </Form.Item>
        <Form.Item label={t('提醒对象')} {...item('role')} extra={t('不选则不限')}>
          <Select
            aria-label="提醒对象"
            allowClear
            placeholder={t('不限')}
            value={form.role ?? undefined}
            virtual={false}
            options={optionsOf(AUDIENCES)}
            onChange={(role?: Audience) => set({ role: role ?? null })}
          />
        </Form.Item>
        <Form.Item label={t('启用')}>
          <Switch aria-label="启用" checked={form.active} onChange={(active) => set({ active })} />
        </Form.Item>
        {general && (
          <Typography.Text type="danger" role="alert">
            {general}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
