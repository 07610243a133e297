import { PageHeader, useT } from '@shian/ui-kit';
import type { TableColumnsType } from '@shian/antd';
import { EditArticleButton, NewArticleButton } from '../components/ArticleFormButton';
import {
  exportCells,
  FiguresCard,
  figuresOf,
  ListTable,
  tableCells,
  useCanWriteDistrict,
  useListPage,
} from '@shian/remote-kit';
import { graphql } from '../gql';
import type { ArticleListQuery, PublicityFiguresQuery } from '../gql/graphql';
import { ARTICLE_KIND, CHANNEL } from '../labels';

export const ArticleListDocument = graphql(`
  query ArticleList($filter: ArticleFilter, $first: Int, $after: String) {
    articles(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        title
        kind
        channel
        publishedAt
        reach
        author
        summary
        url
      }
    }
  }
`);

const PublicityFiguresDocument = graphql(`
  query PublicityFigures($year: Int!) {
    workReport(year: $year) {
      year
      publicity {
        posts
        reach
        opinionEvents
        opinionEventsHandled
        outreachEvents
        materials
      }
    }
  }
`);

type ArticleRow = NonNullable<ArticleListQuery['articles']>['nodes'][number];

const FIGURES_YEAR = 2024;

const cell = exportCells<ArticleRow>();

const EXPORT_COLUMNS = [
  { title: '标题', value: 'title' as const, width: 40 },
  { title: '类别', value: cell.label('kind', ARTICLE_KIND), width: 8 },
  { title: '发布渠道', value: cell.label('channel', CHANNEL), width: 14 },
  { title: '发布时间', value: cell.dateTime('publishedAt'), width: 18 },
  { title: '阅读量', value: 'reach' as const, width: 10 },
  { title: '作者', value: 'author' as const, width: 24 },
  { title: '链接', value: (row: ArticleRow) => row.url ?? '', width: 40 },
];

/** The year's figures, counted by the subgraph from records (the work report's publicity part). */
const publicityFigures = figuresOf((data: PublicityFiguresQuery | undefined) => data?.workReport?.publicity, {
  posts: '科普宣传、网络辟谣(条)',
  reach: '阅读量',
  opinionEvents: '负面舆情(条)',
  opinionEventsHandled: '已办结(条)',
  outreachEvents: '宣传活动(次)',
  materials: '发放宣传资料(份)',
});

/** 科普与辟谣: the year's figures and the posts, filtered in the URL, exported whole. */
export function ArticlesPage() {
  const list = useListPage({
    query: ArticleListDocument,
    filters: [
      { search: '搜索标题、作者或摘要' },
      { year: true },
      { name: 'kind', label: '类别', labels: ARTICLE_KIND, width: 100 },
      { name: 'channel', label: '发布渠道', labels: CHANNEL, width: 140 },
    ],
    pick: (data) => data.articles,
  });
  const reload = list.reload;
  // Posts are the district's: leaders and officers publish and correct them.
  const canPublish = useCanWriteDistrict();
  const t = useT();

  const column = tableCells<ArticleRow>();

  const columns: TableColumnsType<ArticleRow> = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (title: string, row) =>
        row.url ? (
          <a href={row.url} target="_blank" rel="noreferrer">
            {title}
          </a>
        ) : (
          title
        ),
    },
    { title: '类别', ...column.tag('kind', ARTICLE_KIND) },
    { title: '发布渠道', ...column.label('channel', CHANNEL) },
    { title: '发布时间', ...column.dateTime('publishedAt') },
    { title: '阅读量', dataIndex: 'reach' },
    { title: '作者', dataIndex: 'author' },
    ...column.actions((row) => <EditArticleButton article={row} onSaved={reload} />, { when: canPublish }),
  ];

  return (
    <>
      <PageHeader title="科普宣传与网络辟谣" subTitle="依托政务新媒体发布的科普、辟谣、警示文章" />
      <FiguresCard
        title="{{year}}年宣传与舆情"
        query={PublicityFiguresDocument}
        figures={publicityFigures}
        initialYear={FIGURES_YEAR}
      />
      <ListTable
        aria-label={t('文章列表')}
        list={list}
        columns={columns}
        exportAs={{ columns: EXPORT_COLUMNS, filename: '科普宣传与网络辟谣' }}
        actions={<NewArticleButton onSaved={reload} />}
      />
    </>
  );
}
