import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from '@shian/antd';
import type { AnyVariables } from '@shian/graphql-client';
import { useNavigate } from '@shian/router';
import { kitT } from '@shian/ui-kit';
import type { ReactNode } from 'react';
import { MutationDialog, type MutationDialogProps } from './FormDialog';
import { useCanWrite, useCanWriteDistrict, useModulePath } from './module';

/** Whether the caller may create the record: writers, or with `district` the district's writers. */
function useMayCreate(district: boolean) {
  const writer = useCanWrite();
  const districtWriter = useCanWriteDistrict();
  return district ? districtWriter : writer;
}

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
  if (!useMayCreate(district)) return null;
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(path(to))}>
      {children}
    </Button>
  );
}

/**
 * NewRecordButton's dialog twin: the 新增… / 登记… button of a record written in a dialog rather than on a page of its
 * own (a campaign, an inspection, a clue, a licence), a `MutationDialog` with the new-record button's look (primary,
 * with a plus, unless `button` says otherwise) and 保存 (unless `okText` says otherwise). Offered, as
 * `NewRecordButton`, to writers only, with `district` to the district's writers only.
 */
export function NewRecordDialog<V extends object, D, Vars extends AnyVariables>({
  district = false,
  button,
  ...props
}: Omit<MutationDialogProps<V, D, Vars>, 'trigger'> & { district?: boolean }) {
  if (!useMayCreate(district)) return null;
  return (
    <MutationDialog<V, D, Vars>
      okText="保存"
      {...props}
      button={{ type: 'primary', icon: <PlusOutlined />, ...button }}
    />
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
