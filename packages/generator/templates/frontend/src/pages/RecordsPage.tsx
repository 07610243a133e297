import { Form, type TableColumnsType } from '@shian/antd';
import {
  DateField,
  EntityPicker,
  exportCells,
  ListTable,
  NewRecordDialog,
  type PickedEntity,
  TextField,
  tableCells,
  useListPage,
  useTownshipOptions,
} from '@shian/remote-kit';
import { PageHeader, useT } from '@shian/ui-kit';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../gql';
import type { __Name__RecordsQuery } from '../gql/graphql';

// Typed by codegen (`pnpm codegen`, part of `pnpm build`) against the supergraph's API schema: an operation the
// schema does not support fails the build, and `pnpm check:schema` names it when a subgraph change breaks it.
export const __Name__RecordsDocument = graphql(`
  query __Name__Records($filter: __Name__RecordFilter, $first: Int, $after: String) {
    __nameCamel__Records(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        title
        recordedOn
        note
        entity {
          ...EntityRef
        }
        township {
          ...TownshipRef
        }
      }
    }
  }
`);

const Create__Name__RecordMutation = graphql(`
  mutation Create__Name__Record($input: __Name__RecordInput!) {
    create__Name__Record(input: $input) {
      id
    }
  }
`);

type Row = __Name__RecordsQuery['__nameCamel__Records']['nodes'][number];

const cell = exportCells<Row>();

const EXPORT_COLUMNS = [
  { title: '登记日期', value: cell.date('recordedOn'), width: 12 },
  { title: '标题', value: 'title' as const, width: 40 },
  { title: '所涉主体', value: cell.entity('entity'), width: 34 },
  { title: '乡镇(街道)', value: cell.name('township'), width: 14 },
  { title: '备注', value: 'note' as const, width: 50 },
];

const column = tableCells<Row>();

const columns: TableColumnsType<Row> = [
  { title: '登记日期', ...column.date('recordedOn') },
  { title: '标题', dataIndex: 'title' },
  { title: '所涉主体', ...column.entity('entity') },
  { title: '乡镇(街道)', ...column.name('township') },
  { title: '备注', dataIndex: 'note' },
];

interface Values {
  title: string;
  entity: PickedEntity;
  recordedOn: Dayjs;
  note?: string;
}

/** 登记: the record's township is its business's, which is also what decides whether the caller may write it. */
function RegisterRecordDialog({ onCreated }: { onCreated: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      label="登记"
      title="登记__label__记录"
      success="记录已登记"
      initialValues={{ recordedOn: dayjs() }}
      mutation={Create__Name__RecordMutation}
      variables={({ entity, recordedOn, note, ...rest }: Values) => ({
        input: {
          ...rest,
          entityId: entity.id,
          townshipId: entity.townshipId,
          recordedOn: recordedOn.format('YYYY-MM-DD'),
          note: note ?? '',
        },
      })}
      onDone={onCreated}
    >
      <TextField label="标题" name="title" required="请输入标题" max={200} />
      <Form.Item label={t('所涉主体')} name="entity" rules={[{ required: true, message: t('请选择所涉主体') }]}>
        <EntityPicker whole aria-label="所涉主体" />
      </Form.Item>
      <DateField label="登记日期" name="recordedOn" required="请选择登记日期" />
      <TextField label="备注" name="note" rows={3} />
    </NewRecordDialog>
  );
}

/** __label__记录: searched and filtered by township on the server (the filter kept in the URL), exported whole. */
export function RecordsPage() {
  const townships = useTownshipOptions();
  const list = useListPage({
    query: __Name__RecordsDocument,
    filters: [
      { search: '搜索标题或备注', width: 260 },
      { name: 'townshipId', label: '乡镇(街道)', options: townships.options, search: true, width: 160 },
    ],
    pick: (data) => data.__nameCamel__Records,
  });
  const t = useT();
  return (
    <>
      <PageHeader title="__label__记录" extra={<RegisterRecordDialog onCreated={list.reload} />} />
      <ListTable
        aria-label={t('__label__记录列表')}
        list={list}
        columns={columns}
        exportAs={{ columns: EXPORT_COLUMNS, filename: '__label__记录' }}
      />
    </>
  );
}
