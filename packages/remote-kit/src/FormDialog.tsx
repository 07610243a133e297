import { App as AntApp, Button, type ButtonProps, Form, type FormInstance, Modal } from '@shian/antd';
import { type CombinedError, errorCode, errorMessage } from '@shian/graphql-client';
import { type ReactNode, useState } from 'react';
import { applyServerErrors } from './serverErrors';

export interface FormDialogProps<V> {
  /** The button's text, and the dialog's title unless `title` says otherwise. */
  label: string;
  title?: string;
  button?: ButtonProps;
  width?: number;
  /** The dialog's OK button (确定 unless said otherwise). */
  okText?: string;
  initialValues?: Partial<V>;
  /**
   * Runs the mutation once the form validates. Answers what urql answers (`{ error }`) or the error itself: an error
   * keeps the dialog open with the server's messages beside the fields they name, or as a message.
   */
  onSubmit: (values: V, form: FormInstance<V>) => Promise<{ error?: CombinedError } | CombinedError | undefined>;
  /** Said when it worked. */
  success: string;
  onDone?: () => void;
  /** The form's fields (Form.Item elements), or a function of the form for fields that depend on each other. */
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}

/**
 * A button that opens a form in a dialog and runs one mutation: the remotes' writes. Nothing is sent until the
 * form validates. A CONFLICT (the record changed since the page read it) closes the dialog, says so and reloads on
 * OK (`onDone`): nothing was saved, and the user should see the other change before trying again.
 */
export function FormDialog<V extends object>(props: FormDialogProps<V>) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<V>();
  const { message, modal } = AntApp.useApp();

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd shows the fields' own messages
    }
    setBusy(true);
    try {
      const answer = await props.onSubmit(values, form);
      const error = answer instanceof Error ? answer : answer?.error;
      if (error) {
        if (errorCode(error) === 'CONFLICT') {
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
        title={props.title ?? props.label}
        open={open}
        onOk={submit}
        okText={props.okText ?? '确定'}
        cancelText="取消"
        confirmLoading={busy}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        width={props.width}
      >
        <Form<V> form={form} layout="vertical" initialValues={props.initialValues}>
          {typeof props.children === 'function' ? props.children(form) : props.children}
        </Form>
      </Modal>
    </>
  );
}
