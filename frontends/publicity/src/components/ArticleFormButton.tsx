import { useMutation } from '@shian/graphql-client';
import { useT } from '@shian/ui-kit';
import { Flex } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactElement } from 'react';
import { graphql } from '../gql';
import type { ArticleChannel, ArticleKind } from '../gql/graphql';
import { ARTICLE_KIND, CHANNEL } from '../labels';
import { ChoiceField, CountField, DateField, FormDialog, TextField } from '@shian/remote-kit';

const CreateArticleMutation = graphql(`
  mutation CreateArticle($input: ArticleInput!) {
    createArticle(input: $input) {
      id
    }
  }
`);

const UpdateArticleMutation = graphql(`
  mutation UpdateArticle($id: ID!, $input: ArticleInput!) {
    updateArticle(id: $id, input: $input) {
      id
    }
  }
`);

export interface ArticleValues {
  title: string;
  kind: ArticleKind;
  channel: ArticleChannel;
  publishedAt: Dayjs;
  reach?: number;
  author: string;
  summary?: string;
  url?: string;
}

/** A post as the list reads it: what the edit form starts from. */
export interface ArticleRecord {
  id: string;
  title: string;
  kind: ArticleKind;
  channel: ArticleChannel;
  publishedAt: string;
  reach: number;
  author: string;
  summary: string;
  url?: string | null;
}

const toInput = (values: ArticleValues) => ({
  title: values.title.trim(),
  kind: values.kind,
  channel: values.channel,
  publishedAt: values.publishedAt.toISOString(),
  reach: values.reach ?? 0,
  author: values.author.trim(),
  summary: values.summary?.trim() ?? '',
  url: values.url?.trim() || null,
});

/**
 * 新增文章, or with `article` 编辑 of that post (the whole post is sent again: a new reach figure, a corrected title).
 * Validated in Chinese here, and again by the subgraph (whose messages land beside their field).
 */
export function ArticleFormButton({
  trigger,
  article,
  onSaved,
}: {
  trigger: ReactElement<{ onClick?: () => void }>;
  article?: ArticleRecord;
  onSaved?: () => void;
}) {
  const [, createArticle] = useMutation(CreateArticleMutation);
  const [, updateArticle] = useMutation(UpdateArticleMutation);
  const t = useT();
  return (
    <FormDialog<ArticleValues>
      trigger={trigger}
      label={article ? '编辑文章' : '新增文章'}
      okText="保存"
      success={article ? '文章已修改' : '文章已登记'}
      initialValues={
        article
          ? { ...article, publishedAt: dayjs(article.publishedAt), url: article.url ?? undefined }
          : {
              kind: 'SCIENCE',
              channel: 'DAMEI_BAZHOU_APP',
              publishedAt: dayjs(),
              reach: 0,
              // i18n-check-ignore: the default author is saved with the post as written, in any language
              author: '巴州区市场监督管理局',
            }
      }
      onSubmit={(values) =>
        article ? updateArticle({ id: article.id, input: toInput(values) }) : createArticle({ input: toInput(values) })
      }
      onDone={() => onSaved?.()}
    >
      <TextField label="标题" name="title" required="请输入标题" max={200} />
      <Flex gap={16}>
        <ChoiceField label="类别" name="kind" labels={ARTICLE_KIND} required="请选择类别" style={{ flex: 1 }} />
        <ChoiceField label="发布渠道" name="channel" labels={CHANNEL} required="请选择发布渠道" style={{ flex: 1 }} />
      </Flex>
      <Flex gap={16}>
        <DateField label="发布时间" name="publishedAt" required="请选择发布时间" showTime style={{ flex: 1 }} />
        <CountField label="阅读量" name="reach" style={{ width: 140 }} />
      </Flex>
      <TextField label="作者或供稿单位" name="author" required="请输入作者或供稿单位" max={200} />
      <TextField
        label="原文链接"
        name="url"
        placeholder="https://"
        rules={[{ pattern: /^https?:\/\/\S+$/, message: t('链接必须以 http:// 或 https:// 开头') }]}
      />
      <TextField label="摘要" name="summary" rows={3} />
    </FormDialog>
  );
}
