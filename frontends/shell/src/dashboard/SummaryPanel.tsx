import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@shian/graphql-client';
import { ErrorPanel, useT } from '@shian/ui-kit';
import { summaryDetails, summaryFileName, summaryText, toMarkdown } from '@shian/work-report';
import { App, Button, Flex, Input, Skeleton, Typography } from '@shian/antd';
import { useEffect, useState } from 'react';
import type { Report } from './model';
import { WorkSummaryDetailsDocument } from './queries';

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The annual summary draft: generated from the year's report, the year before's for comparisons (the dashboard
 * asks for both in its one request) and the names of its campaigns, articles, events and publicity week; edited
 * here, downloaded as Word or Markdown exactly as edited.
 */
export default function SummaryPanel({ report, previous }: { report: Report; previous?: Report }) {
  const t = useT();
  const { message } = App.useApp();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: WorkSummaryDetailsDocument,
    variables: { year: report.year },
  });
  const [text, setText] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const draft = () =>
    summaryText({
      report,
      previous,
      details: data
        ? summaryDetails({
            campaigns: data.campaigns?.nodes ?? [],
            articles: data.articles?.nodes ?? [],
            opinionEvents: data.opinionEvents?.nodes ?? [],
            publicityWeeks: data.publicityWeeks ?? [],
          })
        : undefined,
    });
  // Names are a nicety: without them (a domain not answering) the draft still has every figure.
  const ready = Boolean(data) || (Boolean(error) && !fetching);
  useEffect(() => {
    if (ready && text === null) setText(draft());
  });

  if (text === null) {
    return fetching || !ready ? <Skeleton active /> : <ErrorPanel compact error={error} onRetry={() => refetch()} />;
  }

  const downloadDocx = async () => {
    setSaving(true);
    try {
      const { summaryDocxBlob } = await import('@shian/work-report/docx');
      download(await summaryDocxBlob(text), summaryFileName(report.year, 'docx'));
    } catch (e) {
      message.error(t('生成 Word 文件失败:{{reason}}', { reason: (e as Error).message }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      {error && <ErrorPanel compact title="部分名称未能取得,草稿只含数据" error={error} />}
      <Typography.Text type="secondary">
        {t('每行一段:“一、”开头为部分标题,“(一)”开头为分项(首句加粗),标题在第一个部分标题之前。')}
      </Typography.Text>
      <Input.TextArea
        aria-label="年度工作总结草稿"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 12, maxRows: 40 }}
        style={{ fontFamily: '"FangSong", "仿宋", serif', fontSize: 15, lineHeight: 1.8 }}
      />
      <Flex gap={8} wrap>
        <Button type="primary" icon={<DownloadOutlined />} loading={saving} onClick={downloadDocx}>
          {t('下载 Word(.docx)')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            download(
              new Blob([toMarkdown(text)], { type: 'text/markdown;charset=utf-8' }),
              summaryFileName(report.year, 'md'),
            )
          }
        >
          {t('下载 Markdown')}
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => setText(draft())}>
          {t('按数据重新生成')}
        </Button>
      </Flex>
    </Flex>
  );
}
