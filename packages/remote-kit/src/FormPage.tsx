import { Alert, App as AntApp, Button, Card, Flex, Form, type FormInstance } from '@shian/antd';
import { errorCode } from '@shian/graphql-client';
import { errorText, kitT, PageHeader, useT } from '@shian/ui-kit';
import { type ReactNode, useState } from 'react';
import { useNavigate } from '@shian/router';
import { answerError, type FormDialogAnswer } from './FormDialog';
import { useModulePath } from './module';
import { applyServerErrors } from './serverErrors';

export interface FormPageProps<V, A extends FormDialogAnswer> {
  /** The page's title (a message key: 新增主体, 编辑培训). */
  title: string;
  /** Where 返回 (and 取消) lead in the module: the record being edited, or the list. */
  back: string;
  /** The page's own form instance, when its fields watch each other (`Form.useWatch`). */
  form?: FormInstance<V>;
  initialValues?: Partial<V>;
  /** Runs the mutation with the validated values; answers what urql answers (`{ error, data }`). */
  onSubmit: (values: V) => Promise<A>;
  /** Said when it worked (a message key). */
  success: string;
  /** The module path the saved record opens at, from what the mutation answered. */
  savedAt: (answer: A) => string;
  /** A 取消 button beside 保存, back to `back`. */
  cancel?: boolean;
  /**
   * An edit that carries the version it was filled from: on CONFLICT (someone else saved meanwhile) nothing was
   * saved, a warning titled `title` says so, and `reload` on OK brings the current record into the form.
   */
  conflict?: { title: string; reload: () => void };
  /** The card's width at most (760 unless said). */
  width?: number;
  children: ReactNode;
}

/**
 * A record's page of its own to create or edit it (a business, a session, a plan): the fields in a card under the
 * page's title, 保存 that runs one mutation once the form validates, then the saved record's page. A refusal about
 * one field stands under it, any other above the form with 请按提示修改后重新提交 when the server named only fields.
 */
export function FormPage<V extends object, A extends FormDialogAnswer>(props: FormPageProps<V, A>) {
  const t = useT();
  const [own] = Form.useForm<V>();
  const form = props.form ?? own;
  const navigate = useNavigate();
  const to = useModulePath();
  const { message, modal } = AntApp.useApp();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const back = () => navigate(to(props.back));

  const submit = async (values: V) => {
    setSaving(true);
    setProblem(undefined);
    const answer = await props.onSubmit(values);
    setSaving(false);
    const error = answerError(answer);
    if (error) {
      if (props.conflict && errorCode(error) === 'CONFLICT') {
        modal.warning({ title: t(props.conflict.title), content: errorText(error), onOk: props.conflict.reload });
        return;
      }
      setProblem(applyServerErrors(form, error) ?? kitT('请按提示修改后重新提交'));
      return;
    }
    message.success(t(props.success));
    navigate(to(props.savedAt(answer)));
  };

  return (
    <>
      <PageHeader title={props.title} onBack={back} />
      <Card style={{ maxWidth: props.width ?? 760 }}>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} role="alert" />}
        <Form<V> form={form} layout="vertical" initialValues={props.initialValues} onFinish={submit} scrollToFirstError>
          {props.children}
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={saving}>
              {kitT('保存')}
            </Button>
            {props.cancel && <Button onClick={back}>{kitT('取消')}</Button>}
          </Flex>
        </Form>
      </Card>
    </>
  );
}
