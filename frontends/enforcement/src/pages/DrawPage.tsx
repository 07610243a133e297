import { ExportRowsButton, labelOf, StatusTag, t, useT } from '@shian/ui-kit';
import { Card, Descriptions, Flex, Select, Tag } from '@shian/antd';
import { useSearchParams } from '@shian/router';
import { Audit } from '../audit';
import { graphql } from '../gql';
import type { RandomDrawDetailQuery } from '../gql/graphql';
import { DRAW_STATUS, VERDICT } from '../labels';
import {
  formatDate,
  ModuleLink,
  MutationButton,
  RecordAuditCard,
  RecordHeader,
  RecordTable,
  tableCells,
  todayInChina,
  useCanWriteDistrict,
  useRecord,
} from '@shian/remote-kit';

const RandomDrawQuery = graphql(`
  query RandomDrawDetail($id: ID!) {
    randomDraw(id: $id) {
      id
      title
      drawnOn
      drawnBy
      seed
      status
      publishedOn
      populationCriteria
      populationSize
      poolCriteria
      poolSize
      entityCount
      inspectorsPerEntity
      inspectedCount
      reproducible
      items {
        id
        position
        entity {
          ...EntityRef
        }
        inspectors {
          id
          name
          unit
        }
        inspection {
          id
          inspectedOn
          verdict
        }
      }
    }
  }
`);

const PublishDrawMutation = graphql(`
  mutation PublishDraw($id: ID!, $on: LocalDate!) {
    publishDraw(id: $id, publishedOn: $on) {
      id
      status
      publishedOn
    }
  }
`);

type Item = NonNullable<RandomDrawDetailQuery['randomDraw']>['items'][number];

// Also an export cell, built outside a render: the language of the screen at the time (as labelOf).
const inspectorsOf = (item: Item) =>
  item.inspectors.map((i) => t('{{name}}({{unit}})', { name: i.name, unit: i.unit })).join(t('、'));

const itemColumn = tableCells<Item>();

export const ITEM_COLUMNS = [
  { title: '序号', value: 'position' as const, width: 6 },
  { title: '检查对象', value: (item: Item) => item.entity?.name ?? '', width: 30 },
  { title: '检查人员', value: inspectorsOf, width: 36 },
  {
    title: '检查日期',
    value: (item: Item) => (item.inspection ? formatDate(item.inspection.inspectedOn) : ''),
    width: 12,
  },
  {
    title: '检查结果',
    value: (item: Item) => (item.inspection ? labelOf(VERDICT, item.inspection.verdict) : t('待检查')),
    width: 10,
  },
];

/** Which of the drawn the table shows, as the address says (`?inspected=0`: those still to inspect). */
const INSPECTED = [
  { value: '1', label: '已检查' },
  { value: '0', label: '待检查' },
];

/** One draw: who was drawn and by whom they are inspected, the seed that repeats it, and 公示. */
export function DrawPage() {
  const t = useT();
  const view = useRecord({ query: RandomDrawQuery, pick: (d) => d.randomDraw, missing: '未找到该抽查任务' });
  const district = useCanWriteDistrict();
  const [params, setParams] = useSearchParams();
  const inspected = params.get('inspected') ?? undefined;
  const draw = view.record;
  if (!draw) return view.fallback;

  const items = draw.items.filter(
    (item) => inspected === undefined || Boolean(item.inspection) === (inspected === '1'),
  );
  const filterItems = (value?: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('inspected', value);
    else next.delete('inspected');
    setParams(next, { replace: true });
  };

  return (
    <>
      <RecordHeader
        view={view}
        title={draw.title}
        back="/draws"
        extra={
          district &&
          draw.status === 'DRAWN' && (
            <MutationButton
              mutation={PublishDrawMutation}
              variables={() => ({ id: draw.id, on: todayInChina() })}
              success="已公示"
              button={{ type: 'primary' }}
            >
              {t('公示')}
            </MutationButton>
          )
        }
      >
        <StatusTag value={draw.status} map={DRAW_STATUS} />
        {draw.reproducible ? <Tag color="green">{t('按种子复现一致')}</Tag> : <Tag color="red">{t('复现不一致')}</Tag>}
      </RecordHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('抽取日期')}>{draw.drawnOn}</Descriptions.Item>
          <Descriptions.Item label={t('抽取人')}>{draw.drawnBy}</Descriptions.Item>
          <Descriptions.Item label={t('随机种子')}>
            <code>{draw.seed}</code>
          </Descriptions.Item>
          <Descriptions.Item label={t('检查对象范围')}>
            {t('{{criteria}}(共 {{count}} 户)', { criteria: draw.populationCriteria, count: draw.populationSize })}
          </Descriptions.Item>
          <Descriptions.Item label={t('执法人员范围')}>
            {t('{{criteria}}(共 {{count}} 人)', { criteria: draw.poolCriteria, count: draw.poolSize })}
          </Descriptions.Item>
          <Descriptions.Item label={t('抽取')}>
            {t('{{entities}} 户,每户 {{inspectors}} 人', {
              entities: draw.entityCount,
              inspectors: draw.inspectorsPerEntity,
            })}
          </Descriptions.Item>
          <Descriptions.Item label={t('已检查')}>{t('{{count}} 户', { count: draw.inspectedCount })}</Descriptions.Item>
          <Descriptions.Item label={t('公示日期')}>{draw.publishedOn ?? t('未公示')}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('抽取结果')}
        extra={
          <Flex gap={8}>
            <div data-filter="inspected">
              <Select
                allowClear
                virtual={false}
                aria-label="检查情况"
                placeholder={t('检查情况')}
                options={INSPECTED.map((o) => ({ ...o, label: t(o.label) }))}
                value={inspected}
                onChange={filterItems}
                style={{ width: 120 }}
              />
            </div>
            <ExportRowsButton
              rows={items}
              columns={ITEM_COLUMNS}
              filename={t('{{title}}-抽取结果', { title: draw.title })}
            />
          </Flex>
        }
      >
        <RecordTable
          aria-label="抽取结果"
          rows={items}
          columns={[
            { title: t('序号'), dataIndex: 'position' },
            { title: t('检查对象'), ...itemColumn.entity('entity') },
            {
              title: t('检查人员'),
              key: 'inspectors',
              render: (_, item) => inspectorsOf(item),
            },
            {
              title: t('检查结果'),
              key: 'inspection',
              render: (_, item) =>
                item.inspection ? (
                  <span>
                    <ModuleLink to={`/inspections/${item.inspection.id}`}>{item.inspection.inspectedOn}</ModuleLink>{' '}
                    <StatusTag value={item.inspection.verdict} map={VERDICT} />
                  </span>
                ) : (
                  t('待检查')
                ),
            },
          ]}
        />
      </Card>
      <RecordAuditCard trail={Audit} recordType="RandomDraw" recordId={draw.id} />
    </>
  );
}
