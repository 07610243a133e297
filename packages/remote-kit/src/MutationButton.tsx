import { App as AntApp, Button, type ButtonProps, Popconfirm } from '@shian/antd';
import { type AnyVariables, errorCode, type TypedDocumentNode, useMutation } from '@shian/graphql-client';
import { errorText, kitT, useT } from '@shian/ui-kit';
import { type ReactNode, useContext } from 'react';
import { type MutationAnswer, RecordActionsContext, warnOfConflict } from './FormDialog';

export interface MutationButtonProps<D, Vars extends AnyVariables> {
  mutation: TypedDocumentNode<D, Vars>;
  /** The mutation's variables when it runs (`() => ({ id, on: todayInChina() })`: the day of the click). */
  variables: () => Vars;
  /** Said when it worked. */
  success: string;
  /** Asked first, in a Popconfirm (texts translated by the caller); without it the click runs the mutation. */
  confirm?: { title: string; okText: string };
  /** After it worked, with what the mutation answered; inside `RecordActions`, the row's `onChanged` unless said. */
  onDone?: (answer: MutationAnswer<D>) => void;
  button?: ButtonProps;
  /** The button's text (translated by the caller). */
  children: ReactNode;
}

/**
 * A record's action that needs no form (公示, 复查合格, 复核, 开始排查): a button running one mutation, after a
 * question when `confirm` asks one. A refusal is said in a message (the record stays as it was), a CONFLICT as a
 * FormDialog says it (then `onDone`, the record read again); success is said too, then `onDone`. Busy while it runs.
 */
export function MutationButton<D, Vars extends AnyVariables>(props: MutationButtonProps<D, Vars>) {
  const [{ fetching }, run] = useMutation(props.mutation);
  const { message, modal } = AntApp.useApp();
  const t = useT();
  const rowChanged = useContext(RecordActionsContext);
  const done = props.onDone ?? rowChanged;
  const act = async () => {
    const answer = await run(props.variables());
    if (answer.error) {
      // As a dialog does: a CONFLICT says so and reads the record again; any other refusal leaves it as it was.
      if (errorCode(answer.error) === 'CONFLICT') return warnOfConflict(modal, answer.error, () => done?.({}));
      return void message.error(errorText(answer.error));
    }
    message.success(t(props.success));
    done?.(answer);
  };
  const confirm = props.confirm;
  if (!confirm)
    return (
      <Button {...props.button} loading={fetching} onClick={act}>
        {props.children}
      </Button>
    );
  return (
    <Popconfirm title={confirm.title} okText={confirm.okText} cancelText={kitT('取消')} onConfirm={act}>
      <Button {...props.button} loading={fetching}>
        {props.children}
      </Button>
    </Popconfirm>
  );
}
