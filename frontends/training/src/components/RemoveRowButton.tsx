import { DeleteOutlined } from '@ant-design/icons';
import { type CombinedError, errorMessage } from '@shian/graphql-client';
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
  return (
    <Popconfirm
      title={`删除 ${name} 的签到记录?`}
      okText="删除"
      cancelText="取消"
      onConfirm={async () => {
        const result = await remove();
        if (result.error) message.error(errorMessage(result.error));
        else {
          message.success('已删除');
          onRemoved();
        }
      }}
    >
      <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={`删除 ${name}`}>
        删除
      </Button>
    </Popconfirm>
  );
}
