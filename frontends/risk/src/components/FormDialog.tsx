import type { CombinedError } from '@shian/graphql-client';
import { App as AntApp, Button, type ButtonProps, Form, type FormInstance, Modal } from '@shian/antd';
import { type ReactNode, useState } from 'react';
import { applyServerErrors } from '@shian/remote-kit';

export interface FormDialogProps<V> {
  /** The button's text, and the dialog's title unless `title` says otherwise. */
  label: string;
  title?: string;
  button?: ButtonProps;
  width?: number;
  initialValues?: Partial<V>;
  /** Sends the mutation; an error keeps the dialog open with the server's messages beside their fields. */
  submit: (values: V) => Promise<{ error?: CombinedError }>;
  success: string;
  onDone?: () => void;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}

/**
 * Every write of the module: a button opening a validated form in a dialog. Nothing is sent until the form
 * validates; the server's refusal (in Chinese) is shown beside its field, or above when it concerns the whole.
 */
export function FormDialog<V extends object>(props: FormDialogProps<V>) {
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [form] = Form.useForm<V>();
  const { message } = AntApp.useApp();

  const ok = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSending(true);
    try {
      const result = await props.submit(values);
      if (result.error) {
        const general = applyServerErrors(form, result.error);
        if (general) message.error(general);
        return;
      }
      message.success(props.success);
      setOpen(false);
      props.onDone?.();
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Button {...props.button} onClick={() => setOpen(true)}>
        {props.label}
      </Button>
      <Modal
        title={props.title ?? props.label}
        open={open}
        onOk={ok}
        okText="保存"
        cancelText="取消"
        confirmLoading={sending}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        width={props.width ?? 640}
      >
        <Form<V> form={form} layout="vertical" initialValues={props.initialValues}>
          {typeof props.children === 'function' ? props.children(form) : props.children}
        </Form>
      </Modal>
    </>
  );
}
