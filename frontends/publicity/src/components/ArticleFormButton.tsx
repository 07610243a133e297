import { EditOutlined } from '@ant-design/icons';
import { useT } from '@shian/ui-kit';
import { Button, Flex } from '@shian/antd';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type { ArticleChannel, ArticleInput, ArticleKind } from '../gql/graphql';
import { ARTICLE_KIND, CHANNEL } from '../labels';
import {
  ChoiceField,
  CountField,
  DateField,
  type FormValuesOf,
  MutationDialog,
  NewRecordDialog,
  TextField,
} from '@shian/remote-kit';

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

type ArticleValues = FormValuesOf<ArticleInput, 'publishedAt'>;

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

/** A new post's values before the officer changes them (published now, see initialValues). */
const NEW_ARTICLE: Partial<ArticleValues> = {
  kind: 'SCIENCE',
  channel: 'DAMEI_BAZHOU_APP',
  reach: 0,
  // i18n-check-ignore: the default author is saved with the post as written, in any language
  author: '巴州区市场监督管理局',
};

/**
 * 新增文章, offered to the district's writers (posts are the district's). Validated in Chinese here, and again by the
 * subgraph (whose messages land beside their field).
 */
export function NewArticleButton({ onSaved }: { onSaved?: () => void }) {
  return (
    <NewRecordDialog
      district
      label="新增文章"
      success="文章已登记"
      initialValues={{ ...NEW_ARTICLE, publishedAt: dayjs() }}
      mutation={CreateArticleMutation}
      variables={(values: ArticleValues) => ({ input: toInput(values) })}
      onDone={() => onSaved?.()}
    >
      <ArticleFields />
    </NewRecordDialog>
  );
}

/** 编辑 of a post, a link in its row: the whole post is sent again (a new reach figure, a corrected title). */
export function EditArticleButton({ article, onSaved }: { article: ArticleRecord; onSaved?: () => void }) {
  const t = useT();
  return (
    <MutationDialog
      label="编辑文章"
      trigger={
        <Button
          size="small"
          type="link"
          icon={<EditOutlined />}
          aria-label={t('编辑 {{title}}', { title: article.title })}
        >
          {t('编辑')}
        </Button>
      }
      okText="保存"
      success="文章已修改"
      initialValues={{ ...article, publishedAt: dayjs(article.publishedAt), url: article.url ?? undefined }}
      mutation={UpdateArticleMutation}
      variables={(values: ArticleValues) => ({ id: article.id, input: toInput(values) })}
      onDone={() => onSaved?.()}
    >
      <ArticleFields />
    </MutationDialog>
  );
}

/** A post's fields, the same to register it and to correct it. */
function ArticleFields() {
  const t = useT();
  return (
    <>
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
    </>
  );
}
