import { ErrorPanel, Result, Spin } from '@shian/ui-kit/frame';
import { type ComponentType, useEffect, useState } from 'react';
import { useT } from '../i18n';
import { useSession } from '../session';
import { loadRemoteApp, type RemoteAppProps } from './loadRemoteApp';
import { ModuleErrorBoundary } from './ModuleErrorBoundary';

type State =
  | { status: 'loading' }
  | { status: 'ready'; App: ComponentType<RemoteAppProps> }
  | { status: 'failed'; error: unknown };

/** One domain's section: the remote's App when it is deployed and loads, a notice or an error panel otherwise. */
export function RemoteModule({ domain, label }: { domain: string; label: string }) {
  const t = useT();
  const { manifest, token } = useSession();
  const location = manifest.remotes[domain];
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<State>({ status: 'loading' });

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt (重试) must load again
  useEffect(() => {
    if (!location) return;
    let live = true;
    setState({ status: 'loading' });
    loadRemoteApp(location.name).then(
      (App) => live && setState({ status: 'ready', App }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [location, attempt]);

  if (!location) {
    return (
      <Result
        status="info"
        title={t('该模块尚未部署')}
        subTitle={t('「{{label}}」模块尚未部署到本平台,其他模块可正常使用。', { label: t(label) })}
        data-testid="module-not-deployed"
      />
    );
  }
  const retry = () => setAttempt((n) => n + 1);
  if (state.status === 'failed') {
    return (
      <ErrorPanel title={t('「{{label}}」模块加载失败', { label: t(label) })} error={state.error} onRetry={retry} />
    );
  }
  if (state.status === 'loading') {
    return (
      <Spin description={t('正在加载「{{label}}」模块…', { label: t(label) })} size="large">
        <div style={{ minHeight: 240 }} />
      </Spin>
    );
  }
  const { App } = state;
  return (
    <ModuleErrorBoundary key={attempt} label={label} onRetry={retry}>
      <App gatewayUrl={manifest.gatewayUrl} token={token ?? ''} basePath={`/${domain}`} />
    </ModuleErrorBoundary>
  );
}
