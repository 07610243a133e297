import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { errorMessage, useMutation, useQuery } from '@shian/graphql-client';
import { ErrorPanel, labelOf, StatusTag } from '@shian/ui-kit';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Radio,
  Result,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from '@shian/antd';
import { type ChangeEvent, useRef, useState } from 'react';
import { applyServerErrors, formatDate, formatDateTime } from '@shian/remote-kit';
import { graphql } from '../gql';
import type { MyVillageReportsQuery, VillageReportKind } from '../gql/graphql';
import { VILLAGE_KIND, VILLAGE_REPORT_KIND, VILLAGE_REPORT_STATUS } from '../labels';

/** The subgraph's limits (services/entities: the platform's 1 MB request limit); checked here first, and again there. */
export const PHOTO_LIMITS = { count: 6, eachBytes: 700 * 1024, totalBytes: 720 * 1024 };
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export const MyVillageDocument = graphql(`
  query MyVillage {
    villages {
      id
      name
      kind
      township {
        id
        name
      }
    }
  }
`);

export const VillageEntityOptionsDocument = graphql(`
  query VillageEntityOptions($filter: EntityFilter, $first: Int) {
    entities(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        name
        address
      }
    }
  }
`);

export const MyVillageReportsDocument = graphql(`
  query MyVillageReports($first: Int, $after: String) {
    villageReports(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        entityName
        description
        receivedAt
        dueOn
        status
        dismissReason
        hazardId
        caseId
        triagedAt
        photos {
          index
        }
      }
    }
  }
`);

const ReportFromVillageDocument = graphql(`
  mutation ReportFromVillage($input: VillageReportInput!) {
    reportFromVillage(input: $input) {
      id
      status
      dueOn
    }
  }
`);

export interface PickedPhoto {
  /** Stays with the photo while others are removed (names repeat: a camera's are all image.jpg). */
  id?: number;
  name: string;
  contentType: string;
  size: number;
  dataUrl: string;
}

let photoIds = 0;

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** Why these photos cannot be sent (the subgraph's own rules), or undefined. */
export function photoProblem(photos: readonly PickedPhoto[]): string | undefined {
  if (photos.length > PHOTO_LIMITS.count) return `最多上传 ${PHOTO_LIMITS.count} 张照片`;
  for (const photo of photos) {
    if (!PHOTO_TYPES.includes(photo.contentType)) return `「${photo.name}」不是 JPEG、PNG 或 WebP 图片`;
    if (photo.size > PHOTO_LIMITS.eachBytes)
      return `「${photo.name}」有 ${kb(photo.size)},每张不能超过 ${kb(PHOTO_LIMITS.eachBytes)}`;
  }
  const total = photos.reduce((sum, p) => sum + p.size, 0);
  if (total > PHOTO_LIMITS.totalBytes)
    return `照片合计 ${kb(total)},不能超过 ${kb(PHOTO_LIMITS.totalBytes)},请减少或压缩照片`;
  return undefined;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('读取照片失败'));
    reader.readAsDataURL(file);
  });
}

type Report = MyVillageReportsQuery['villageReports']['nodes'][number];

/** What became of a report, in words a liaison reads on a phone. */
export function Outcome({ report }: { report: Report }) {
  switch (report.status) {
    case 'DISMISSED':
      return <Typography.Text type="secondary">不予处理:{report.dismissReason ?? '—'}</Typography.Text>;
    case 'HAZARD':
      return (
        <Typography.Text>
          已转为隐患 <Tag color="orange">隐患</Tag>由乡镇(街道)督促整改
        </Typography.Text>
      );
    case 'CLUE':
      return (
        <Typography.Text>
          已转为执法线索 <Tag color="purple">线索</Tag>由执法人员核查
        </Typography.Text>
      );
    default:
      return <Typography.Text type="secondary">等待乡镇(街道)分办,期限 {formatDate(report.dueOn)}</Typography.Text>;
  }
}

interface FormValues {
  kind: VillageReportKind;
  source: 'register' | 'typed';
  entityId?: string;
  entityName?: string;
  description: string;
}

/** The form: kind, business (picked from the village's register or typed), what was seen, photos. */
function ReportForm({ onSent }: { onSent: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const source = Form.useWatch('source', form) ?? 'register';
  const [{ data: entities, fetching: loadingEntities }] = useQuery({
    query: VillageEntityOptionsDocument,
    // The liaison's list is their village's businesses only: the subgraph scopes it.
    variables: { first: 100 },
  });
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [photoError, setPhotoError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [sent, setSent] = useState<{ dueOn: string } | null>(null);
  const [{ fetching }, report] = useMutation(ReportFromVillageDocument);
  const fileInput = useRef<HTMLInputElement>(null);

  const addPhotos = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (!files.length) return;
    try {
      const picked = await Promise.all(
        files.map(async (file) => ({
          id: ++photoIds,
          name: file.name,
          contentType: file.type,
          size: file.size,
          dataUrl: await readAsDataUrl(file),
        })),
      );
      const next = [...photos, ...picked];
      const problem = photoProblem(next);
      setPhotoError(problem);
      if (!problem) setPhotos(next);
    } catch (e) {
      setPhotoError(`读取照片失败:${errorMessage(e)}`);
    }
  };

  const submit = async (values: FormValues) => {
    setFailure(undefined);
    const problem = photoProblem(photos);
    if (problem) {
      setPhotoError(problem);
      return;
    }
    const input = {
      kind: values.kind,
      description: values.description.trim(),
      ...(values.source === 'register' ? { entityId: values.entityId } : { entityName: values.entityName?.trim() }),
      photos: photos.map((p) => ({ contentType: p.contentType, dataBase64: p.dataUrl })),
    };
    const result = await report({ input });
    if (result.error) {
      const message = applyServerErrors(form, result.error);
      setFailure(message ?? '提交失败,请按提示修改后重试');
      return;
    }
    setSent({ dueOn: result.data?.reportFromVillage.dueOn ?? '' });
    form.resetFields();
    setPhotos([]);
    setPhotoError(undefined);
    onSent();
  };

  if (sent) {
    return (
      <Result
        status="success"
        title="报告已提交"
        subTitle={`乡镇(街道)将在 ${formatDate(sent.dueOn)} 前分办,结果会显示在下方“我的报告”中。`}
        extra={
          <Button type="primary" onClick={() => setSent(null)}>
            继续报告
          </Button>
        }
      />
    );
  }

  const total = photos.reduce((sum, p) => sum + p.size, 0);
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'HAZARD', source: 'register' }}
      onFinish={submit}
      aria-label="村(社区)报告"
    >
      <Form.Item name="kind" label="报告类型" rules={[{ required: true, message: '请选择报告类型' }]}>
        <Radio.Group optionType="button" buttonStyle="solid">
          <Radio value="HAZARD">隐患</Radio>
          <Radio value="CLUE">线索</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="source" label="主体">
        <Radio.Group>
          <Radio value="register">从本村(社区)名录选择</Radio>
          <Radio value="typed">名录中没有,填写名称</Radio>
        </Radio.Group>
      </Form.Item>
      {source === 'register' ? (
        <Form.Item name="entityId" label="选择主体" rules={[{ required: true, message: '请选择主体' }]}>
          <Select
            aria-label="选择主体"
            placeholder="本村(社区)的经营主体"
            showSearch={{ optionFilterProp: 'label' }}
            virtual={false}
            loading={loadingEntities}
            options={(entities?.entities?.nodes ?? []).map((e) => ({ value: e.id, label: e.name }))}
            notFoundContent="本村(社区)暂无登记主体,请选择“填写名称”"
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="entityName"
          label="主体名称"
          rules={[
            { required: true, whitespace: true, message: '请填写主体名称' },
            { max: 200, message: '主体名称不超过200字' },
          ]}
        >
          <Input placeholder="如:某某农家乐、流动摊点" maxLength={200} />
        </Form.Item>
      )}
      <Form.Item
        name="description"
        label="所见情况"
        rules={[
          { required: true, whitespace: true, message: '请填写所见情况' },
          { max: 2000, message: '所见情况不超过2000字' },
        ]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder="时间、地点、看到的问题" />
      </Form.Item>
      <Form.Item
        label={`照片(最多 ${PHOTO_LIMITS.count} 张,每张不超过 ${kb(PHOTO_LIMITS.eachBytes)},合计不超过 ${kb(PHOTO_LIMITS.totalBytes)})`}
        validateStatus={photoError ? 'error' : undefined}
        help={photoError}
      >
        <input
          ref={fileInput}
          type="file"
          accept={PHOTO_TYPES.join(',')}
          capture="environment"
          multiple
          aria-label="添加照片"
          onChange={addPhotos}
          style={{ display: 'none' }}
        />
        <Space direction="vertical" style={{ width: '100%' }}>
          <Button
            icon={<CameraOutlined />}
            onClick={() => fileInput.current?.click()}
            disabled={photos.length >= PHOTO_LIMITS.count}
          >
            拍照或选择照片({photos.length}/{PHOTO_LIMITS.count})
          </Button>
          {photos.length > 0 && (
            <Flex wrap gap={8} data-testid="picked-photos">
              {photos.map((photo, i) => (
                <Flex key={photo.id} vertical align="center" gap={4}>
                  <img src={photo.dataUrl} alt={photo.name} style={{ width: 72, height: 72, objectFit: 'cover' }} />
                  <Button
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={`删除照片 ${photo.name}`}
                    onClick={() => {
                      setPhotos(photos.filter((_, j) => j !== i));
                      setPhotoError(undefined);
                    }}
                  />
                </Flex>
              ))}
            </Flex>
          )}
          {photos.length > 0 && <Typography.Text type="secondary">已选 {kb(total)}</Typography.Text>}
        </Space>
      </Form.Item>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={fetching} block size="large">
        提交报告
      </Button>
    </Form>
  );
}

/** The liaison's reports, newest first, with what became of each. */
export function MyReports() {
  // Always asked again on mount: the township may have triaged a report since the last visit.
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyVillageReportsDocument,
    variables: { first: 50 },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Skeleton active />;
  const reports = data?.villageReports.nodes ?? [];
  if (!reports.length) return <Empty description="还没有提交过报告" />;
  return (
    <ul aria-label="我的报告" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {reports.map((report) => (
        <li key={report.id} data-report={report.id} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong ellipsis>
                {report.entityName}
              </Typography.Text>
              <StatusTag value={report.status} map={VILLAGE_REPORT_STATUS} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {labelOf(VILLAGE_REPORT_KIND, report.kind)} · {formatDateTime(report.receivedAt)}
              {report.photos.length > 0 && ` · 照片 ${report.photos.length} 张`}
            </Typography.Text>
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
              {report.description}
            </Typography.Paragraph>
            <Outcome report={report} />
          </Flex>
        </li>
      ))}
    </ul>
  );
}

/** `/report`: a village liaison's page, laid out for a phone (375 px and up). */
export function VillageReportPage() {
  const [{ data, error }] = useQuery({ query: MyVillageDocument });
  const [reload, setReload] = useState(0);
  const village = data?.villages[0];
  return (
    <Flex vertical gap={16} style={{ maxWidth: 560, margin: '0 auto' }}>
      <div>
        <Typography.Title level={4} style={{ marginBottom: 4 }}>
          上报隐患或线索
        </Typography.Title>
        {village && (
          <Typography.Text type="secondary" data-testid="my-village">
            {village.township.name} · {village.name}({labelOf(VILLAGE_KIND, village.kind)})
          </Typography.Text>
        )}
        {error && !data && <Alert type="warning" showIcon message={`未能读取所属村(社区):${errorMessage(error)}`} />}
      </div>
      <Card size="small">
        <ReportForm onSent={() => setReload((n) => n + 1)} />
      </Card>
      <Card size="small" title="我的报告">
        <MyReports key={reload} />
      </Card>
    </Flex>
  );
}
