import { useQuery } from '@shian/graphql-client';
import { errorText, labelOf, useT } from '@shian/ui-kit';
import { Alert, Card, Flex, Typography } from '@shian/antd';
import { useState } from 'react';
import { VisibleVillagesDocument } from '../gql/graphql';
import { VILLAGE_KIND } from '../labels';
import { MyVillageReports } from '../components/MyVillageReports';
import { VillageReportForm } from '../components/VillageReportForm';

/** `/report`: a village liaison's page, laid out for a phone (375 px and up). */
export function VillageReportPage() {
  const t = useT();
  const [{ data, error }] = useQuery({ query: VisibleVillagesDocument });
  const [reload, setReload] = useState(0);
  const village = data?.villages[0];
  return (
    <Flex vertical gap={16} style={{ maxWidth: 560, margin: '0 auto' }}>
      <div>
        <Typography.Title level={4} style={{ marginBottom: 4 }}>
          {t('上报隐患或线索')}
        </Typography.Title>
        {village && (
          <Typography.Text type="secondary" data-testid="my-village">
            {village.township.name} · {village.name}({labelOf(VILLAGE_KIND, village.kind)})
          </Typography.Text>
        )}
        {error && !data && (
          <Alert type="warning" showIcon message={t('未能读取所属村(社区):{{reason}}', { reason: errorText(error) })} />
        )}
      </div>
      <Card size="small">
        <VillageReportForm onSent={() => setReload((n) => n + 1)} />
      </Card>
      <Card size="small" title={t('我的报告')}>
        <MyVillageReports key={reload} />
      </Card>
    </Flex>
  );
}
