import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@shian/graphql-client';
import { Alert, Button, Flex, Form, Radio, Result, Select, Space, Typography } from '@shian/antd';
import { type ChangeEvent, useRef, useState } from 'react';
import { applyServerErrors, formatDate, type FormValuesOf, TextField } from '@shian/remote-kit';
import { errorText, labelOf, t, useT } from '@shian/ui-kit';
import { graphql } from '../gql';
import type { VillageReportInput } from '../gql/graphql';
import { VILLAGE_REPORT_KIND } from '../labels';

/** The subgraph's limits (services/entities: the platform's 1 MB request limit); checked here first, and again there. */
export const PHOTO_LIMITS = { count: 6, eachBytes: 700 * 1024, totalBytes: 720 * 1024 };
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

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

/** Why these photos cannot be sent (the subgraph's own rules) in the current language, or undefined. */
export function photoProblem(photos: readonly PickedPhoto[]): string | undefined {
  if (photos.length > PHOTO_LIMITS.count) return t('最多上传 {{count}} 张照片', { count: PHOTO_LIMITS.count });
  for (const photo of photos) {
    if (!PHOTO_TYPES.includes(photo.contentType))
      return t('「{{name}}」不是 JPEG、PNG 或 WebP 图片', { name: photo.name });
    if (photo.size > PHOTO_LIMITS.eachBytes)
      return t('「{{name}}」有 {{size}},每张不能超过 {{max}}', {
        name: photo.name,
        size: kb(photo.size),
        max: kb(PHOTO_LIMITS.eachBytes),
      });
  }
  const total = photos.reduce((sum, p) => sum + p.size, 0);
  if (total > PHOTO_LIMITS.totalBytes)
    return t('照片合计 {{size}},不能超过 {{max}},请减少或压缩照片', {
      size: kb(total),
      max: kb(PHOTO_LIMITS.totalBytes),
    });
  return undefined;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(t('读取照片失败')));
    reader.readAsDataURL(file);
  });
}

/** The report's input as the form holds it (the photos are picked beside it), and where the business comes from. */
type FormValues = FormValuesOf<Omit<VillageReportInput, 'photos'>> & { source: 'register' | 'typed' };

/** 上报隐患或线索, a village liaison's form: kind, business (picked from the village's register or typed), what was seen, photos. */
export function VillageReportForm({ onSent }: { onSent: () => void }) {
  useT();
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
      setPhotoError(t('读取照片失败:{{reason}}', { reason: errorText(e) }));
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
      setFailure(message ?? t('提交失败,请按提示修改后重试'));
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
        title={t('报告已提交')}
        subTitle={t('乡镇(街道)将在 {{date}} 前分办,结果会显示在下方“我的报告”中。', { date: formatDate(sent.dueOn) })}
        extra={
          <Button type="primary" onClick={() => setSent(null)}>
            {t('继续报告')}
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
      aria-label={t('村(社区)报告')}
    >
      <Form.Item name="kind" label={t('报告类型')} rules={[{ required: true, message: t('请选择报告类型') }]}>
        <Radio.Group optionType="button" buttonStyle="solid">
          <Radio value="HAZARD">{labelOf(VILLAGE_REPORT_KIND, 'HAZARD')}</Radio>
          <Radio value="CLUE">{labelOf(VILLAGE_REPORT_KIND, 'CLUE')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="source" label={t('主体')}>
        <Radio.Group>
          <Radio value="register">{t('从本村(社区)名录选择')}</Radio>
          <Radio value="typed">{t('名录中没有,填写名称')}</Radio>
        </Radio.Group>
      </Form.Item>
      {source === 'register' ? (
        <Form.Item name="entityId" label={t('选择主体')} rules={[{ required: true, message: t('请选择主体') }]}>
          <Select
            aria-label={t('选择主体')}
            placeholder={t('本村(社区)的经营主体')}
            showSearch={{ optionFilterProp: 'label' }}
            virtual={false}
            loading={loadingEntities}
            options={(entities?.entities?.nodes ?? []).map((e) => ({ value: e.id, label: e.name }))}
            notFoundContent={t('本村(社区)暂无登记主体,请选择“填写名称”')}
          />
        </Form.Item>
      ) : (
        <TextField
          name="entityName"
          label="主体名称"
          required="请填写主体名称"
          max={200}
          counted
          placeholder="如:某某农家乐、流动摊点"
        />
      )}
      <TextField
        name="description"
        label="所见情况"
        required="请填写所见情况"
        max={2000}
        rows={4}
        placeholder="时间、地点、看到的问题"
        counted
      />
      <Form.Item
        label={t('照片(最多 {{count}} 张,每张不超过 {{each}},合计不超过 {{total}})', {
          count: PHOTO_LIMITS.count,
          each: kb(PHOTO_LIMITS.eachBytes),
          total: kb(PHOTO_LIMITS.totalBytes),
        })}
        validateStatus={photoError ? 'error' : undefined}
        help={photoError}
      >
        <input
          ref={fileInput}
          type="file"
          accept={PHOTO_TYPES.join(',')}
          capture="environment"
          multiple
          aria-label={t('添加照片')}
          onChange={addPhotos}
          style={{ display: 'none' }}
        />
        <Space direction="vertical" style={{ width: '100%' }}>
          <Button
            icon={<CameraOutlined />}
            onClick={() => fileInput.current?.click()}
            disabled={photos.length >= PHOTO_LIMITS.count}
          >
            {t('拍照或选择照片({{count}}/{{max}})', { count: photos.length, max: PHOTO_LIMITS.count })}
          </Button>
          {photos.length > 0 && (
            <Flex wrap gap={8} data-testid="picked-photos">
              {photos.map((photo, i) => (
                <Flex key={photo.id} vertical align="center" gap={4}>
                  <img src={photo.dataUrl} alt={photo.name} style={{ width: 72, height: 72, objectFit: 'cover' }} />
                  <Button
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('删除照片 {{name}}', { name: photo.name })}
                    onClick={() => {
                      setPhotos(photos.filter((_, j) => j !== i));
                      setPhotoError(undefined);
                    }}
                  />
                </Flex>
              ))}
            </Flex>
          )}
          {photos.length > 0 && (
            <Typography.Text type="secondary">{t('已选 {{size}}', { size: kb(total) })}</Typography.Text>
          )}
        </Space>
      </Form.Item>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={fetching} block size="large">
        {t('提交报告')}
      </Button>
    </Form>
  );
}
