import { Alert, App as AntApp, Button, type ButtonProps, Flex, Form, type FormInstance, Modal } from '@shian/antd';
import {
  type AnyVariables,
  type CombinedError,
  errorCode,
  type TypedDocumentNode,
  useMutation,
} from '@shian/graphql-client';
import { errorText, useT, kitT } from '@shian/ui-kit';
import { cloneElement, createContext, type ReactElement, type ReactNode, useContext, useState } from 'react';
import { applyServerErrors } from './serverErrors';

/** What a mutation answers (urql's `{ error, data }`), or the error itself. */
export type FormDialogAnswer = { error?: CombinedError } | CombinedError | undefined;

/** The refusal in an answer, whichever of the two forms it came in. */
export const answerError = (answer: FormDialogAnswer) => (answer instanceof Error ? answer : answer?.error);

export interface FormDialogProps<V, A extends FormDialogAnswer = FormDialogAnswer> {
  /** The button's text, and the dialog's title unless `title` says otherwise. */
  label: string;
  title?: string;
  button?: ButtonProps;
  /** Opens the dialog instead of the button (a page's own button or link); it gets an `onClick`. */
  trigger?: ReactElement<{ onClick?: () => void }>;
  width?: number;
  /** The dialog's OK button (确定 unless said otherwise). */
  okText?: string;
  initialValues?: Partial<V>;
  /**
   * Runs the mutation once the form validates. Answers what urql answers (`{ error }`) or the error itself: an error
   * keeps the dialog open with the server's messages beside the fields they name, or above the form.
   */
  onSubmit: (values: V, form: FormInstance<V>) => Promise<A>;
  /** Said when it worked. */
  success: string;
  /**
   * After it worked (with what the mutation answered), or after a CONFLICT's warning (with nothing). Inside
   * `RecordActions`, the row's `onChanged` unless said otherwise.
   */
  onDone?: (answer?: A) => void;
  /** The form's fields (Form.Item elements), or a function of the form for fields that depend on each other. */
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}

/**
 * A button that opens a form in a dialog and runs one mutation: the remotes' writes. Nothing is sent until the
 * form validates. A refusal about one field stands under it; any other stays in the dialog above the form (the
 * user still has what they typed). A CONFLICT (the record changed since the page read it) closes the dialog, says so and reloads on
 * OK (`onDone`): nothing was saved, and the user should see the other change before trying again.
 */
export function FormDialog<V extends object, A extends FormDialogAnswer = FormDialogAnswer>(
  props: FormDialogProps<V, A>,
) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [form] = Form.useForm<V>();
  const { message, modal } = AntApp.useApp();
  const t = useT();
  const rowChanged = useContext(RecordActionsContext);
  const onDone = props.onDone ?? rowChanged;

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd shows the fields' own messages
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const answer = await props.onSubmit(values, form);
      const error = answerError(answer);
      if (error) {
        if (errorCode(error) === 'CONFLICT') {
          setOpen(false);
          warnOfConflict(modal, error, () => onDone?.());
          return;
        }
        setProblem(applyServerErrors(form, error));
        return;
      }
      message.success(t(props.success));
      setOpen(false);
      form.resetFields();
      onDone?.(answer);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {props.trigger ? (
        cloneElement(props.trigger, { onClick: () => setOpen(true) })
      ) : (
        <Button {...props.button} onClick={() => setOpen(true)}>
          {t(props.label)}
        </Button>
      )}
      <Modal
        title={t(props.title ?? props.label)}
        open={open}
        onOk={submit}
        okText={props.okText ? t(props.okText) : kitT('确定')}
        cancelText={kitT('取消')}
        confirmLoading={busy}
        onCancel={() => {
          setOpen(false);
          setProblem(undefined);
        }}
        destroyOnHidden
        width={props.width}
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} role="alert" />}
        <Form<V> form={form} layout="vertical" initialValues={props.initialValues}>
          {typeof props.children === 'function' ? props.children(form) : props.children}
        </Form>
      </Modal>
    </>
  );
}

/**
 * A CONFLICT (the record changed since the page read it): nothing was saved; said so, and on OK the record is read
 * again (`reload`), so that the user sees the other change before trying again.
 */
export function warnOfConflict(
  modal: ReturnType<typeof AntApp.useApp>['modal'],
  error: CombinedError,
  reload: () => void,
) {
  modal.warning({ title: kitT('记录已被他人修改'), content: errorText(error), onOk: reload });
}

/** What a mutation run by `MutationDialog` answers: its data, or its refusal. */
export interface MutationAnswer<D> {
  data?: D;
  error?: CombinedError;
}

/** `FormDialog`'s props, but that it runs `mutation` itself with the `variables` made of the form's values. */
export type MutationDialogProps<V, D, Vars extends AnyVariables> = Omit<
  FormDialogProps<V, MutationAnswer<D>>,
  'onSubmit' | 'initialValues'
> & {
  mutation: TypedDocumentNode<D, Vars>;
  /** The mutation's variables from the validated form; annotate `values` with the form's type (`(v: Values) => …`). */
  variables: (values: V, form: FormInstance<V>) => Vars;
  /** Typed by `variables`' values, not a source of their type. */
  initialValues?: NoInfer<Partial<V>>;
};

/**
 * A `FormDialog` that runs one mutation, the remotes' usual write: `mutation={CreateCampaignMutation}` and
 * `variables={(v: Values) => ({ input: … })}` instead of a `useMutation` of the page's own and an `onSubmit` calling
 * it. It runs through `@shian/graphql-client`'s `useMutation`, so a submission sent again keeps its idempotency key;
 * `onDone` gets the answer typed by the mutation (`answer?.data?.createClue.id`).
 */
export function MutationDialog<V extends object, D, Vars extends AnyVariables>({
  mutation,
  variables,
  ...props
}: MutationDialogProps<V, D, Vars>) {
  const [, run] = useMutation(mutation);
  return <FormDialog<V, MutationAnswer<D>> {...props} onSubmit={(values, form) => run(variables(values, form))} />;
}

/** The row's `onChanged`, for the dialogs and buttons inside a `RecordActions`. */
export const RecordActionsContext = createContext<(() => void) | undefined>(undefined);

/**
 * A record's row of actions, each a dialog running one mutation (a case's moves, a sample's steps, a transfer's
 * receipt and answer): the dialogs side by side, wrapping, and each, once it worked (or warned of a CONFLICT), has
 * the record read again with `onChanged` unless it says otherwise.
 */
export function RecordActions({ onChanged, children }: { onChanged: () => void; children: ReactNode }) {
  return (
    <RecordActionsContext.Provider value={onChanged}>
      <Flex gap={8} wrap>
        {children}
      </Flex>
    </RecordActionsContext.Provider>
  );
}
