import { Button, Flex, Skeleton } from '@shian/antd';
import { useNavigate } from '@shian/router';
import { ErrorPanel, PartialNotice, useT, kitT } from '@shian/ui-kit';
import { type ReactNode, useEffect, useRef } from 'react';
import { useModulePath } from '../module';

export interface PrintViewProps<T> {
  /** The record's query as urql answers it: still loading, its error, the record (null: the server has none). */
  fetching: boolean;
  error?: unknown;
  record: T | null | undefined;
  /** Why there is nothing to print when the server answered no record without an error (out of scope, deleted). */
  missing: string;
  /** The record's own page in the module (`/cases/C1`), where 返回 leads. */
  back: string;
  onRetry?: () => void;
  /** The sheet, once the record is there. */
  children: (record: T) => ReactNode;
}

/**
 * A print route's page: the record's sheet and nothing else of the module, the print dialog opened once the record
 * has loaded. A refusal (a record outside the caller's scope) is shown as the server said it, never a blank form;
 * an answer missing another domain's part is shown with a notice and not printed on its own, as its cells would
 * be blank for no reason the paper could tell.
 */
export function PrintView<T>({ fetching, error, record, missing, back, onRetry, children }: PrintViewProps<T>) {
  const t = useT();
  const to = useModulePath();
  const navigate = useNavigate();
  const printed = useRef(false);
  const complete = Boolean(record) && !error;
  useEffect(() => {
    if (!complete || printed.current) return;
    printed.current = true;
    window.print();
  }, [complete]);

  const toolbar = (
    <Flex gap={8} justify="center" style={{ marginBottom: 16 }}>
      <Button onClick={() => navigate(to(back))}>{kitT('返回')}</Button>
      {record && (
        <Button type="primary" onClick={() => window.print()}>
          {kitT('打印')}
        </Button>
      )}
    </Flex>
  );
  if (error && !record)
    return (
      <>
        {toolbar}
        <ErrorPanel error={error} onRetry={onRetry} />
      </>
    );
  if (fetching && !record) return <Skeleton active />;
  if (!record)
    return (
      <>
        {toolbar}
        <ErrorPanel title="记录不存在" error={new Error(t(missing))} />
      </>
    );
  return (
    <>
      {toolbar}
      {error ? <PartialNotice error={error} onRetry={onRetry} /> : null}
      {children(record)}
    </>
  );
}
