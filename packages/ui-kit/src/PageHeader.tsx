import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { t, useT, kitT } from './i18n';

export interface PageHeaderProps {
  title: ReactNode;
  subTitle?: ReactNode;
  /** Actions on the right. */
  extra?: ReactNode;
  onBack?: () => void;
  /** Tags or a short summary under the title. */
  children?: ReactNode;
}

/** A page's title (and subtitle): plain strings are message keys, shown translated. */
export function PageHeader({ title, subTitle, extra, onBack, children }: PageHeaderProps) {
  useT();
  const text = (node: ReactNode) => (typeof node === 'string' ? t(node) : node);
  return (
    <Flex vertical gap={4} style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={8}>
          {onBack && <Button type="text" aria-label={kitT('返回')} icon={<ArrowLeftOutlined />} onClick={onBack} />}
          <Typography.Title level={3} style={{ margin: 0 }}>
            {text(title)}
          </Typography.Title>
          {subTitle && <Typography.Text type="secondary">{text(subTitle)}</Typography.Text>}
        </Flex>
        {extra && <Flex gap={8}>{extra}</Flex>}
      </Flex>
      {children}
    </Flex>
  );
}
