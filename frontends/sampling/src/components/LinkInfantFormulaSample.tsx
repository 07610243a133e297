import { LinkOutlined } from '@ant-design/icons';
import { Form, Typography } from '@shian/antd';
import { MutationDialog, SearchSelect, useCanWrite } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import { graphql } from '../gql';
import { required } from './fields';

// Only infant formula samples may test a batch (the subgraph refuses others); the list is the caller's scope.
const InfantFormulaSampleOptionsQuery = graphql(`
  query InfantFormulaSampleOptions($search: String) {
    samples(filter: { category: INFANT_FORMULA, search: $search }, first: 20) {
      nodes {
        id
        number
        foodName
        batchNumber
        sampledOn
      }
    }
  }
`);

const LinkInfantFormulaSampleMutation = graphql(`
  mutation LinkInfantFormulaSample($batchId: ID!, $sampleId: ID!) {
    linkInfantFormulaSample(batchId: $batchId, sampleId: $sampleId) {
      id
      sample {
        id
        number
        foodName
        verdict
      }
    }
  }
`);

/** Infant formula samples searched on the server, first those of the batch's own 批号. */
function SamplePicker(props: { batchNumber: string; value?: string; onChange?: (id?: string) => void }) {
  const t = useT();
  return (
    <SearchSelect
      query={InfantFormulaSampleOptionsQuery}
      variables={(search) => ({ search: search || null })}
      initialSearch={props.batchNumber}
      options={(data) =>
        (data.samples?.nodes ?? []).map((s) => ({
          value: s.id,
          label: t('{{number}} {{foodName}}(批号 {{batchNumber}},{{sampledOn}} 抽样)', {
            number: s.number,
            foodName: s.foodName,
            batchNumber: s.batchNumber,
            sampledOn: s.sampledOn,
          }),
        }))
      }
      aria-label={t('检验样品')}
      placeholder={t('批号 {{batchNumber}} 的样品;可输入名称、抽样单编号或批号搜索', {
        batchNumber: props.batchNumber,
      })}
      notFound={t('无匹配的婴幼儿配方食品样品')}
      value={props.value}
      onChange={props.onChange}
    />
  );
}

interface Props {
  batch: { id: string; brand: string; product: string; batchNumber: string; sample?: { id: string } | null };
  onDone: () => void;
}

/** 关联样品: the sample that tested this batch (批批检); a wrong link can be replaced. */
export function LinkInfantFormulaSample({ batch, onDone }: Props) {
  const t = useT();
  const canWrite = useCanWrite();
  if (!canWrite) return null;
  return (
    <MutationDialog
      label={batch.sample ? '更换样品' : '关联样品'}
      title={t('关联检验样品:{{product}}(批号 {{batchNumber}})', {
        product: batch.product,
        batchNumber: batch.batchNumber,
      })}
      success="已关联检验样品"
      button={{ size: 'small', icon: <LinkOutlined /> }}
      onDone={onDone}
      mutation={LinkInfantFormulaSampleMutation}
      variables={(v: { sampleId: string }) => ({ batchId: batch.id, sampleId: v.sampleId })}
    >
      <Typography.Paragraph type="secondary">
        {t('婴配乳粉“批批检”:每个在售批次对应一批次检验样品。')}
      </Typography.Paragraph>
      <Form.Item name="sampleId" label={t('检验样品')} rules={required(t('请选择检验样品'))}>
        <SamplePicker batchNumber={batch.batchNumber} />
      </Form.Item>
    </MutationDialog>
  );
}
