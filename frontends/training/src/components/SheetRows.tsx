import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, type FormInstance } from '@shian/antd';
import type { TypedDocumentNode } from '@shian/graphql-client';
import { NewRecordDialog } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import type { ReactNode } from 'react';

/**
 * The numbered rows of a sign-in sheet in a form (`rows`), written all or nothing: a row can be removed while
 * another remains, 添加一行 adds one below. `children` gives a row's fields for its list name and 0-based index.
 */
export function SheetRows({ children }: { children: (name: number, index: number) => ReactNode }) {
  const t = useT();
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
                aria-label={t('删除此行')}
                icon={<MinusCircleOutlined />}
                disabled={fields.length === 1}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})}>
            {t('添加一行')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/**
 * 登记签到 of either kind of session: a dialog holding a sheet of rows, sent as one mutation of the session's entries
 * (`{ sessionId, entries }`, all rows or none). The sheet offers it to those who may write it (its kind's `district`).
 * `row` gives a row's fields for its list name and index; the form is there for fields that depend on each other.
 */
export function SheetDialog<R, E, D>(props: {
  title: string;
  width: number;
  sessionId: string;
  mutation: TypedDocumentNode<D, { sessionId: string; entries: E[] }>;
  /** A row's entry as the mutation takes it (trimmed, defaults filled). */
  entry: (row: R) => E;
  onRecorded: () => void;
  row: (name: number, index: number, form: FormInstance<{ rows: R[] }>) => ReactNode;
}) {
  return (
    <NewRecordDialog
      label="登记签到"
      title={props.title}
      width={props.width}
      okText="提交"
      success="签到已登记"
      initialValues={{ rows: [{} as R] }}
      mutation={props.mutation}
      variables={({ rows }: { rows: R[] }) => ({ sessionId: props.sessionId, entries: rows.map(props.entry) })}
      onDone={props.onRecorded}
    >
      {(form) => <SheetRows>{(name, index) => props.row(name, index, form)}</SheetRows>}
    </NewRecordDialog>
  );
}
