import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { kitT, useT } from './i18n';

export interface SignInFormProps {
  /** Resolves when signed in; rejects with an Error whose message (Chinese) is shown. */
  onSubmit: (username: string, password: string) => Promise<void>;
}

/** 用户名 / 密码 / 登录: the shell's sign-in page, and a remote's when it runs on its own. */
export function SignInForm({ onSubmit }: SignInFormProps) {
  useT();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <Form
      layout="vertical"
      requiredMark={false}
      onFinish={async ({ username, password }: { username: string; password: string }) => {
        setBusy(true);
        setError(undefined);
        try {
          await onSubmit(username.trim(), password);
        } catch (e) {
          setError(kitT(e instanceof Error ? e.message : '登录失败'));
        } finally {
          setBusy(false);
        }
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item label={kitT('用户名')} name="username" rules={[{ required: true, message: kitT('请输入用户名') }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item label={kitT('密码')} name="password" rules={[{ required: true, message: kitT('请输入密码') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {kitT('登录')}
      </Button>
    </Form>
  );
}
