import { useT } from '@shian/ui-kit';
import { Button, Flex, Result, Spin } from '@shian/antd';
import { useNavigate } from '@shian/router';
import { useEffect, useState } from 'react';
import { useSession } from '../session';
import { uiPage } from './uiPage';

/** `/auth/callback`: the identity provider sends the browser back here with a code; the session trades it. */
function SignInCallback() {
  const t = useT();
  const { completeSignIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    completeSignIn().then(
      (next) => live && navigate(next, { replace: true }),
      (failure: unknown) => {
        console.error('sign-in callback failed', failure);
        if (live) setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [completeSignIn, navigate]);
  if (error)
    return (
      <Result
        status="error"
        title={t('登录未完成')}
        subTitle={t(error)}
        extra={
          <Button type="primary" onClick={() => navigate('/login', { replace: true })}>
            {t('重新登录')}
          </Button>
        }
      />
    );
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

export default uiPage(SignInCallback);
