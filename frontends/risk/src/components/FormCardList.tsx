import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form } from '@shian/antd';
import type { ReactNode } from 'react';

export interface FormCardListProps {
  /** The form's field holding the list. */
  name: string;
  /** An item's card title, and its remove button's label, for item n (from 1); translated by the caller. */
  title: (n: number) => string;
  removeLabel: (n: number) => string;
  /** The add button's text, translated by the caller. */
  addLabel: string;
  /** What a new item starts with. */
  newItem: object;
  /** Where the list may not be empty: the message for an empty one (the last item then cannot be removed). */
  required?: string;
  /** An item's fields, named under `[field.name, …]`. */
  children: (field: { key: number; name: number }, n: number) => ReactNode;
}

/** A form's list of items, each in its own card: a consultation's conclusions, a drill's follow-ups. */
export function FormCardList(props: FormCardListProps) {
  const { required } = props;
  return (
    <Form.List
      name={props.name}
      rules={
        required
          ? [
              {
                validator: async (_, list?: unknown[]) => {
                  if (!list?.length) throw new Error(required);
                },
              },
            ]
          : undefined
      }
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8}>
          {fields.map((field, i) => (
            <Card
              key={field.key}
              size="small"
              title={props.title(i + 1)}
              extra={
                (!required || fields.length > 1) && (
                  <Button
                    type="text"
                    aria-label={props.removeLabel(i + 1)}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                  />
                )
              }
            >
              {props.children(field, i + 1)}
            </Card>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add(props.newItem)}>
            {props.addLabel}
          </Button>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}
