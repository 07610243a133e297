import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from '@shian/antd';
import type { ReactNode } from 'react';

/**
 * The numbered rows of a sign-in sheet in a form (`rows`), written all or nothing: a row can be removed while
 * another remains, 添加一行 adds one below. `children` gives a row's fields for its list name and 0-based index.
 */
export function SheetRows({ children }: { children: (name: number, index: number) => ReactNode }) {
  return (
    <Form.List name="rows">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="baseline">
              <span style={{ width: 24 }}>{index + 1}</span>
              {children(field.name, index)}
              <Button
                type="text"
                aria-label="删除此行"
                icon={<MinusCircleOutlined />}
                disabled={fields.length === 1}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})}>
            添加一行
          </Button>
        </>
      )}
    </Form.List>
  );
}
