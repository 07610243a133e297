import { domainLabel, errorCode, failedDomains } from '@shian/graphql-client';
import { Alert, Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { errorText, t, useT, kitT } from './i18n';

export interface ErrorPanelProps {
  error: unknown;
  /** Defaults by error: 无权访问 / 记录不存在 / 加载失败. */
  title?: ReactNode;
  onRetry?: () => void;
  /** An inline alert instead of a full-page result. */
  compact?: boolean;
}

function defaults(error: unknown): { title: string; status: 'error' | '403' | '404' } {
  const code = errorCode(error);
  if (code === 'FORBIDDEN') return { title: kitT('无权访问'), status: '403' };
  // A remote's own subgraph down: the panel names the domain, and the rest of the shell keeps working.
  const [down] = failedDomains(error);
  if (code === 'SUBGRAPH_UNAVAILABLE' && down)
    return { title: kitT('「{{domain}}」暂不可用', { domain: t(domainLabel(down)) }), status: 'error' };
  if (code === 'NOT_FOUND') return { title: kitT('记录不存在'), status: '404' };
  return { title: kitT('加载失败'), status: 'error' };
}

/** An error a user can act on: what went wrong, in the user's language, and a retry where one makes sense. */
export function ErrorPanel({ error, title, onRetry, compact }: ErrorPanelProps) {
  useT();
  const fallback = defaults(error);
  const heading = typeof title === 'string' ? t(title) : (title ?? fallback.title);
  const retry = onRetry ? (
    <Button size={compact ? 'small' : 'middle'} onClick={onRetry}>
      {kitT('重试')}
    </Button>
  ) : undefined;
  if (compact) {
    return <Alert type="error" showIcon title={heading} description={errorText(error)} action={retry} role="alert" />;
  }
  return (
    <Result
      status={fallback.status}
      title={heading}
      subTitle={<span role="alert">{errorText(error)}</span>}
      extra={retry}
    />
  );
}
