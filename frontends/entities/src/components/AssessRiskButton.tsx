import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@shian/graphql-client';
import { App as AntApp, Button, DatePicker, Form, InputNumber, Modal } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { graphql } from '../gql';
import { labelOf } from '@shian/ui-kit';
import { GRADE } from '../labels';
import { applyServerErrors } from '@shian/remote-kit';

const AssessRiskMutation = graphql(`
  mutation AssessRisk($input: RiskAssessmentInput!) {
    assessRisk(input: $input) {
      id
      grade
      totalScore
    }
  }
`);

interface Values {
  year: number;
  staticScore: number;
  dynamicScore: number;
  assessedOn: Dayjs;
}

/** A yearly assessment: the scores are entered, the grade is the subgraph's to compute by the rule in force. */
export function AssessRiskButton({ entityId, onAssessed }: { entityId: string; onAssessed?: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [{ fetching }, assessRisk] = useMutation(AssessRiskMutation);
  const { message } = AntApp.useApp();

  const submit = async () => {
    const values = await form.validateFields();
    const result = await assessRisk({
      input: {
        entityId,
        year: values.year,
        staticScore: values.staticScore,
        dynamicScore: values.dynamicScore,
        assessedOn: values.assessedOn.format('YYYY-MM-DD'),
      },
    });
    if (result.error || !result.data) {
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      return;
    }
    const { grade, totalScore } = result.data.assessRisk;
    message.success(`评定完成:总分 ${totalScore},${labelOf(GRADE, grade)}`);
    setOpen(false);
    form.resetFields();
    onAssessed?.();
  };

  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        新增风险评级
      </Button>
      <Modal
        title="风险分级评定"
        open={open}
        onOk={submit}
        okText="评定"
        cancelText="取消"
        confirmLoading={fetching}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ year: dayjs().year(), assessedOn: dayjs() }}>
          <Form.Item label="年度" name="year" rules={[{ required: true, message: '请输入年度' }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label="静态风险因素分(0–40)"
            name="staticScore"
            rules={[{ required: true, message: '请输入静态风险分' }]}
          >
            <InputNumber min={0} max={40} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label="动态风险因素分(0–60)"
            name="dynamicScore"
            rules={[{ required: true, message: '请输入动态风险分' }]}
          >
            <InputNumber min={0} max={60} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="评定日期" name="assessedOn" rules={[{ required: true, message: '请选择评定日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
