import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from '@shian/antd';
import { useNavigate } from '@shian/router';
import { kitT } from '@shian/ui-kit';
import type { ReactNode } from 'react';
import { useCanWrite, useCanWriteDistrict, useModulePath } from './module';

/**
 * A list's 新增… button (the page passes its text, `{t('新增主体')}`): primary, with a plus, opening the module's page
 * for a new record at `to` (`/new` unless said) rather than a dialog. Only those who may write such a record see it:
 * writers (`useCanWrite`), or with `district` the district's writers (`useCanWriteDistrict`: its plans, its draws).
 */
export function NewRecordButton({
  to = '/new',
  district = false,
  children,
}: {
  to?: string;
  district?: boolean;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  const path = useModulePath();
  const writer = useCanWrite();
  const districtWriter = useCanWriteDistrict();
  if (!(district ? districtWriter : writer)) return null;
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(path(to))}>
      {children}
    </Button>
  );
}

/**
 * A record page's 编辑 button, opening the module's page that edits it (`/sessions/${id}/edit`). The page decides who
 * sees it: who may edit a record depends on the record (a district session, an event of no township).
 */
export function EditRecordButton({ to }: { to: string }) {
  const navigate = useNavigate();
  const path = useModulePath();
  return (
    <Button icon={<EditOutlined />} onClick={() => navigate(path(to))}>
      {kitT('编辑')}
    </Button>
  );
}
