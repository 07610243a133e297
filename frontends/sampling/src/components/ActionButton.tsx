import { type CombinedError, errorCode, errorMessage } from '@shian/graphql-client';
import { App as AntApp, Button, type ButtonProps, Form, type FormInstance, Modal } from '@shian/antd';
import { type ReactNode, useState } from 'react';
import { applyServerErrors } from '@shian/remote-kit';

export interface ActionButtonProps<V> {
  label: string;
  title: string;
  /** The form's fields (Form.Item elements); the form itself is provided. */
  children: ReactNode;
  initialValues?: Partial<V>;
  /** Runs the mutation; answers its error (shown beside the fields it names, or as a message) or nothing. */
  onSubmit: (values: V, form: FormInstance<V>) => Promise<CombinedError | undefined>;
  onDone?: () => void;
  success: string;
  okText?: string;
  button?: ButtonProps;
}

/**
 * A button that opens a form in a dialog and runs one mutation: every lifecycle action of a sample is one of these.
 * A CONFLICT (the record changed since the page read it) closes the dialog, says so and reloads on OK.
 */
export function ActionButton<V extends object>(props: ActionButtonProps<V>) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<V>();
  const { message, modal } = AntApp.useApp();

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const error = await props.onSubmit(values, form);
      if (error) {
        if (errorCode(error) === 'CONFLICT') {
          // Someone else changed the record since the page read it: nothing was saved; show theirs.
          setOpen(false);
          modal.warning({ title: '记录已被他人修改', content: errorMessage(error), onOk: props.onDone });
          return;
        }
        const general = applyServerErrors(form, error);
        if (general) message.error(general);
        return;
      }
      message.success(props.success);
      setOpen(false);
      form.resetFields();
      props.onDone?.();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button {...props.button} onClick={() => setOpen(true)}>
        {props.label}
      </Button>
      <Modal
        title={props.title}
        open={open}
        onOk={submit}
        okText={props.okText ?? '确定'}
        cancelText="取消"
        confirmLoading={busy}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={props.initialValues as V}>
          {props.children}
        </Form>
      </Modal>
    </>
  );
}
