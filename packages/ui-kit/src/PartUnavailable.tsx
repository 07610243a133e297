import { WarningOutlined } from '@ant-design/icons';
import { domainLabel, failedDomains, partErrors } from '@shian/graphql-client';
import { Alert, Button, Flex, Typography } from 'antd';
import { t, useT, kitT } from './i18n';

const labels = (domains: readonly string[]) =>
  domains.length
    ? domains.map((d) => kitT('「{{domain}}」', { domain: t(domainLabel(d)) })).join(kitT('、'))
    : undefined;

export interface PartUnavailableProps {
  /** The subgraph whose part this is; else the ones the error names. */
  domain?: string;
  error?: unknown;
  onRetry?: () => void;
}

/**
 * In place of a part whose subgraph did not answer (a dashboard card, a panel of a record): 暂不可用 with 重试, so
 * that the user sees what is missing instead of a zero or a blank.
 */
export function PartUnavailable({ domain, error, onRetry }: PartUnavailableProps) {
  useT();
  const domains = domain ? [domain] : failedDomains(error);
  return (
    <Flex
      vertical
      align="center"
      gap={8}
      style={{ padding: '12px 0' }}
      data-unavailable={domains.join(' ') || 'unknown'}
    >
      <Typography.Text type="secondary" role="status">
        <WarningOutlined /> {kitT('{{part}}暂不可用', { part: labels(domains) ?? kitT('该部分') })}
      </Typography.Text>
      {onRetry && (
        <Button size="small" onClick={onRetry}>
          {kitT('重试')}
        </Button>
      )}
    </Flex>
  );
}

export interface PartialNoticeProps {
  error: unknown;
  /** Only errors at or below this response path (`'*'` for any list index). */
  under?: readonly (string | number)[];
  /** What shows "—" meanwhile, e.g. 被抽样单位 (the column); defaults to 相关栏目. */
  what?: string;
  onRetry?: () => void;
}

/**
 * Above a list or a record that came back with another domain's fields missing: which domain, that those cells
 * read "—", and 重试. Nothing when the error names no field.
 */
export function PartialNotice({ error, under, what, onRetry }: PartialNoticeProps) {
  useT();
  const errors = partErrors(error);
  if (errors.length === 0) return null;
  const domains = failedDomains(error, under);
  const forbidden = errors.every((e) => e.code === 'FORBIDDEN');
  const values = {
    part: labels(domains) ?? kitT('部分'),
    what: t(what ?? '相关栏目'),
  };
  const title = forbidden
    ? kitT('无权查看{{part}}数据,{{what}}显示为“—”', values)
    : kitT('{{part}}数据暂不可用,{{what}}显示为“—”', values);
  return (
    <Alert
      type="warning"
      showIcon
      title={title}
      data-testid="partial-notice"
      action={
        onRetry && !forbidden ? (
          <Button size="small" onClick={onRetry}>
            {kitT('重试')}
          </Button>
        ) : undefined
      }
    />
  );
}
