import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@shian/graphql-client';
import { Button, todayInChina } from '@shian/ui-kit/frame';
import { useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from '@shian/router';
import { useT } from '../i18n';
import { openCount } from './model';
import { InboxBellDocument } from './queries';
import { useInboxRefresh } from './refresh';

// antd's Badge, drawn with the frame's own parts: importing it from @shian/antd would bring every page's components
// (over 200 KB gzip) into the frame's first load, past its budget (test/e2e/first-load).
const bubble = {
  position: 'absolute',
  top: -2,
  right: -6,
  minWidth: 16,
  height: 16,
  padding: '0 4px',
  borderRadius: 8,
  background: '#ff4d4f',
  color: '#fff',
  fontSize: 12,
  lineHeight: '16px',
  textAlign: 'center',
  boxShadow: '0 0 0 1px #fff',
  pointerEvents: 'none',
} as const;

/** How often the bell counts again while the user stays on one page. */
export const BELL_REFRESH_MS = 60_000;

/**
 * The header's bell: how many inbox items (default window) are still to do once the user's snoozes and 已处理 marks
 * are applied; counted again on every navigation, every minute and after a mark changes. Opens /inbox.
 */
export default function InboxBell() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { version } = useInboxRefresh();
  const [{ data, error }, refetch] = useQuery({ query: InboxBellDocument, requestPolicy: 'cache-and-network' });

  // A new page, or a changed mark: count again from the server (on mount the query's own request is under way).
  const mounted = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname and version are the triggers, not inputs.
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    refetch({ requestPolicy: 'network-only' });
  }, [pathname, version, refetch]);
  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), BELL_REFRESH_MS);
    return () => clearInterval(timer);
  }, [refetch]);

  const inbox = data?.inbox;
  const count = useMemo(() => (inbox ? openCount(inbox, todayInChina()) : undefined), [inbox]);
  // Some domain did not answer: the number is what the others have, and the tooltip says so.
  const partial = !!inbox && !!error;
  const title =
    count === undefined
      ? t(error ? '待办事项暂不可用' : '待办事项')
      : partial
        ? t('待办事项 {{count}} 项(部分领域暂不可用)', { count })
        : t('待办事项 {{count}} 项', { count });
  return (
    <span style={{ position: 'relative', display: 'inline-flex' }}>
      <Button
        type="text"
        shape="circle"
        title={title}
        aria-label={title}
        data-testid="inbox-bell"
        data-count={count ?? ''}
        icon={<BellOutlined style={{ fontSize: 18 }} />}
        onClick={() => navigate('/inbox')}
      />
      {!!count && (
        <sup style={bubble} aria-hidden>
          {count > 99 ? '99+' : count}
        </sup>
      )}
    </span>
  );
}
