import { requestToken, tokenStorage } from '@shian/graphql-client';
import { ShianUiProvider, SignInForm } from '@shian/ui-kit';
import { Card, Flex, Typography } from '@shian/antd';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';

// The remote on its own (`pnpm dev`, or http://localhost:5006 after `start`): signs in against the gateway and
// renders the module at the root. Inside the shell none of this runs: the shell loads ./App.
const gatewayUrl = import.meta.env.VITE_GATEWAY_URL ?? 'http://localhost:4000';

function Standalone() {
  const [token, setToken] = useState(tokenStorage.get());
  if (token) return <App gatewayUrl={gatewayUrl} token={token} basePath="" />;
  return (
    <ShianUiProvider>
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Card style={{ width: 360 }}>
          <Typography.Title level={4}>风险与应急(独立运行)</Typography.Title>
          <SignInForm
            onSubmit={async (username, password) => {
              const next = await requestToken(gatewayUrl, username, password);
              tokenStorage.set(next);
              setToken(next);
            }}
          />
        </Card>
      </Flex>
    </ShianUiProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Standalone />);
