import { ShianUiProvider, SignInForm } from '@shian/ui-kit';
import { Alert, Card, Flex, Typography } from '@shian/antd';
import { Navigate, useSearchParams } from '@shian/router';
import { useSession } from '../session';

/** Where unauthenticated visitors land; returns them to the page they asked for (`?next=`). */
export default function SignInPage() {
  return (
    <ShianUiProvider>
      <SignIn />
    </ShianUiProvider>
  );
}

function SignIn() {
  const { token, signIn, signedOutReason } = useSession();
  const [params] = useSearchParams();
  const next = params.get('next');
  const target = next?.startsWith('/') && !next.startsWith('//') ? next : '/';
  if (token) return <Navigate to={target} replace />;
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f4f9' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          食安监管平台
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          区市场监督管理局 · 食品安全监管
        </Typography.Paragraph>
        {signedOutReason && <Alert type="warning" showIcon title={signedOutReason} style={{ marginBottom: 16 }} />}
        <SignInForm onSubmit={signIn} />
      </Card>
    </Flex>
  );
}
