import { PlusOutlined } from '@ant-design/icons';
import { Button } from '@shian/antd';
import { useNavigate } from '@shian/router';
import type { ReactNode } from 'react';
import { useModulePath } from './module';

/**
 * A list's 新增… button (the page passes its text, `{t('新增主体')}`): primary, with a plus, opening the module's page
 * for a new record at `to` (`/new` unless said) rather than a dialog.
 */
export function NewRecordButton({ to = '/new', children }: { to?: string; children: ReactNode }) {
  const navigate = useNavigate();
  const path = useModulePath();
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(path(to))}>
      {children}
    </Button>
  );
}
