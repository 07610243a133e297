import { PageHeader, t, useT } from '@shian/ui-kit';
import { Flex, Form, Input, type TableColumnsType } from '@shian/antd';
import dayjs from 'dayjs';
import { DutyOwnerFields, type DutyOwnerValues, ownerInput, ownerText } from '../components/duty';
import { FormCardList } from '../components/FormCardList';
import { FORMER_KEYS, townshipYear } from '../components/filters';
import {
  atLeastOne,
  DateField,
  type FormValuesOf,
  ListTable,
  localDate,
  ModuleLink,
  names,
  NewRecordDialog,
  TextField,
  useListPage,
} from '@shian/remote-kit';
import { DepartmentSelect, RiskPicker, TownshipSelect } from '../components/pickers';
import { graphql } from '../gql';
import type { ConclusionInput, ConsultationInput, ConsultationListQuery } from '../gql/graphql';
import { departmentNames } from '../labels';

export const ConsultationListDocument = graphql(`
  query ConsultationList($filter: ConsultationFilter, $first: Int, $after: String) {
    consultations(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        code
        date
        title
        departments
        # Written out, not the TownshipRef / RiskRef fragments: the gateway counts a fragment spread as armor does
        # (one level deeper, so dearer). With them and DutyItem's a page of 100 cost 54,569 of the gateway's 50,000;
        # with DutyItem's alone written out, 48,273; all written out, 43,463 (gateway limits.test.ts).
        townships {
          id
          name
        }
        risks {
          id
          code
          title
        }
        conclusions {
          id
          text
          duty {
            ...DutyItem
          }
        }
      }
    }
  }
`);

const CreateConsultationMutation = graphql(`
  mutation CreateConsultation($input: ConsultationInput!) {
    createConsultation(input: $input) {
      id
    }
  }
`);

type Row = ConsultationListQuery['consultations']['nodes'][number];

const conclusionsText = (r: Row) =>
  r.conclusions
    .map(
      (c, i) =>
        `${i + 1}. ${t('{{text}}({{owner}},{{due}})', { text: c.text, owner: ownerText(c.duty), due: c.duty.dueDate ?? t('无期限') })}`,
    )
    .join('\n');

const EXPORT_COLUMNS = [
  { title: '编号', value: 'code' as const, width: 14 },
  { title: '日期', value: 'date' as const, width: 12 },
  { title: '会商主题', value: 'title' as const, width: 36 },
  { title: '参会部门', value: (r: Row) => departmentNames(r.departments), width: 36 },
  { title: '乡镇(街道)', value: (r: Row) => names(r.townships), width: 24 },
  { title: '研判风险', value: (r: Row) => names(r.risks.map((k) => ({ name: `${k.code} ${k.title}` }))), width: 40 },
  { title: '会商结论(责任事项)', value: conclusionsText, width: 60 },
];

/** A conclusion is its text and its duty's owner (its deadline required here). */
type Values = Omit<FormValuesOf<ConsultationInput, 'date'>, 'conclusions'> & {
  conclusions: (Pick<ConclusionInput, 'text'> & DutyOwnerValues)[];
};

/** 登记会商: the meeting and its conclusions; each conclusion becomes a duty, all in one transaction. */
function NewConsultationButton({ onDone }: { onDone?: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      label="登记会商"
      title="登记风险会商研判"
      width={760}
      success="会商已登记,结论已列入责任清单"
      initialValues={{ date: dayjs(), departments: [], conclusions: [{ text: '', ownerKind: 'DEPARTMENT' }] }}
      onDone={onDone}
      mutation={CreateConsultationMutation}
      variables={(v: Values) => ({
        input: {
          date: localDate(v.date),
          title: v.title.trim(),
          departments: v.departments,
          townshipIds: v.townshipIds ?? [],
          riskIds: v.riskIds ?? [],
          conclusions: v.conclusions.map((c) => ({
            text: c.text.trim(),
            ...ownerInput(c),
            dueDate: localDate(c.dueDate!),
          })),
        },
      })}
    >
      <DateField label="会商日期" name="date" required="请选择会商日期" />
      <TextField label="会商主题" name="title" required="请填写会商主题" />
      <Form.Item label={t('参会部门')} name="departments" rules={atLeastOne(t('请至少填写一个参会部门'))}>
        <DepartmentSelect multiple aria-label="参会部门" />
      </Form.Item>
      <Form.Item label={t('涉及乡镇(街道)')} name="townshipIds">
        <TownshipSelect multiple aria-label="涉及乡镇(街道)" />
      </Form.Item>
      <Form.Item label={t('研判的风险')} name="riskIds">
        <RiskPicker multiple aria-label="研判的风险" />
      </Form.Item>
      <FormCardList
        name="conclusions"
        title={(n) => t('结论 {{n}}', { n })}
        removeLabel={(n) => t('删除结论 {{n}}', { n })}
        addLabel={t('添加结论')}
        newItem={{ text: '', ownerKind: 'DEPARTMENT' }}
        required={t('请至少填写一条会商结论')}
      >
        {(field, n) => (
          <>
            <Form.Item
              label={t('结论')}
              name={[field.name, 'text']}
              rules={[{ required: true, whitespace: true, message: t('请填写结论内容') }]}
            >
              <Input.TextArea aria-label={t('结论 {{n}}', { n })} rows={2} />
            </Form.Item>
            <DutyOwnerFields prefix={[field.name]} absolute={['conclusions', field.name]} dueRequired />
          </>
        )}
      </FormCardList>
    </NewRecordDialog>
  );
}

/** 会商研判: meetings, the risks discussed and their conclusions, each a duty on the responsibility list. */
export function ConsultationsPage() {
  const t = useT();
  const list = useListPage({
    query: ConsultationListDocument,
    formerKeys: FORMER_KEYS,
    filters: [{ search: '搜索会商主题或编号' }, ...townshipYear()],
    pick: (d) => d.consultations,
  });
  const columns: TableColumnsType<Row> = [
    { title: '编号', dataIndex: 'code' },
    { title: '日期', dataIndex: 'date' },
    { title: '会商主题', dataIndex: 'title' },
    { title: '参会部门', key: 'departments', render: (_, r) => departmentNames(r.departments) },
    {
      title: '研判风险',
      key: 'risks',
      render: (_, r) =>
        r.risks.length ? (
          <Flex vertical>
            {r.risks.map((k) => (
              <ModuleLink key={k.id} to={`/risks/${k.id}`}>
                {k.code} {k.title}
              </ModuleLink>
            ))}
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: '结论(责任事项)',
      key: 'conclusions',
      render: (_, r) => (
        <ol style={{ margin: 0, paddingLeft: 18 }}>
          {r.conclusions.map((c) => (
            <li key={c.id}>
              {t('{{text}}({{owner}},{{due}},{{code}})', {
                text: c.text,
                owner: ownerText(c.duty),
                due: c.duty.dueDate ?? t('无期限'),
                code: c.duty.code,
              })}
            </li>
          ))}
        </ol>
      ),
    },
  ];
  return (
    <>
      <PageHeader title="会商研判" subTitle="风险会商研判会议及其结论,每条结论列入责任清单" />
      <ListTable
        list={list}
        aria-label={t('会商研判')}
        columns={columns}
        exportAs={{ columns: EXPORT_COLUMNS }}
        actions={<NewConsultationButton onDone={list.reload} />}
      />
    </>
  );
}
