import { useT } from '@shian/ui-kit';
import { Alert, Button, Card, Flex, Spin, Typography } from '@shian/antd';
import { Navigate, useSearchParams } from '@shian/router';
import { useEffect, useRef, useState } from 'react';
import { signedOutFlag } from '../oidc';
import { useSession } from '../session';
import { uiPage } from './uiPage';

// Message keys, like the reasons and errors the page is given: shown through t().
const UNREACHABLE = '无法连接统一身份认证服务,请稍后重试';
const SIGNED_OUT = '您已退出登录';

/**
 * Where unauthenticated visitors land. People sign in on the identity provider's page (用户名, 密码, 登录), so this
 * page goes there at once, and returns them to the page they asked for (`?next=`). After a sign-out or an expired
 * token it waits for a click instead, saying why.
 */
function SignIn() {
  const t = useT();
  const { token, signIn, signedOutReason } = useSession();
  const [params] = useSearchParams();
  const next = params.get('next');
  const target = next?.startsWith('/') && !next.startsWith('//') ? next : '/';
  const [signedOut] = useState(() => signedOutFlag.get());
  const [error, setError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const automatic = !token && !signedOutReason && !signedOut;

  const go = () => {
    signedOutFlag.clear();
    setLeaving(true);
    setError(null);
    signIn(target).catch((failure: unknown) => {
      setLeaving(false);
      setError(failure instanceof Error && failure.message ? failure.message : UNREACHABLE);
    });
  };
  const started = useRef(false);
  useEffect(() => {
    if (!automatic || started.current) return;
    started.current = true;
    go();
  });

  if (token) return <Navigate to={target} replace />;
  const notice = error ?? signedOutReason ?? (signedOut ? SIGNED_OUT : null);
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f4f9' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          {t('食安监管平台')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('区市场监督管理局 · 食品安全监管')}
        </Typography.Paragraph>
        {notice && <Alert type={error ? 'error' : 'warning'} showIcon title={t(notice)} style={{ marginBottom: 16 }} />}
        {leaving && !error ? (
          <Flex vertical align="center" gap={8}>
            <Spin />
            <Typography.Text type="secondary">{t('正在前往统一身份认证…')}</Typography.Text>
          </Flex>
        ) : (
          <Button type="primary" block size="large" onClick={go}>
            {t('登录')}
          </Button>
        )}
      </Card>
    </Flex>
  );
}

export default uiPage(SignIn);
