import { DeleteOutlined } from '@ant-design/icons';
import type { CombinedError } from '@shian/graphql-client';
import { errorText, useT } from '@shian/ui-kit';
import { App as AntApp, Button, Popconfirm } from '@shian/antd';

/** 删除 of one row of a sheet, asked first; the server's refusal is said, the list read again once it is gone. */
export function RemoveRowButton({
  name,
  remove,
  onRemoved,
}: {
  /** Whose row: the question and the button's accessible name say it. */
  name: string;
  remove: () => Promise<{ error?: CombinedError }>;
  onRemoved: () => void;
}) {
  const { message } = AntApp.useApp();
  const t = useT();
  return (
    <Popconfirm
      title={t('删除 {{name}} 的签到记录?', { name })}
      okText={t('删除', { context: 'action' })}
      cancelText={t('取消')}
      onConfirm={async () => {
        const result = await remove();
        if (result.error) message.error(errorText(result.error));
        else {
          message.success(t('已删除'));
          onRemoved();
        }
      }}
    >
      <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('删除 {{name}}', { name })}>
        {t('删除', { context: 'action' })}
      </Button>
    </Popconfirm>
  );
}
