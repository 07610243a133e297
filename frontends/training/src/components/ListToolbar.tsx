import { Flex } from '@shian/antd';
import type { ReactNode } from 'react';

/** A list's toolbar: its filters on the left, 导出 and the writes (`children`) on the right. */
export function ListToolbar({ filters, children }: { filters: ReactNode; children: ReactNode }) {
  return (
    <Flex wrap gap={8} justify="space-between">
      <Flex wrap gap={8}>
        {filters}
      </Flex>
      <Flex gap={8}>{children}</Flex>
    </Flex>
  );
}
