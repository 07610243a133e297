import { useT } from '@shian/ui-kit';
import { Card, Col, Row, Skeleton, Tag, Typography } from '@shian/antd';
import { lazy, Suspense } from 'react';
import { useNavigate } from '@shian/router';
import { roleLabel, useSections } from '../domains';
import { useSession } from '../session';
import { uiPage } from './uiPage';

// The dashboard (and what it loads: charts, the summary's editor) is its own chunk: the shell's first load stays small.
const DashboardPage = lazy(() => import('../dashboard/DashboardPage'));
// A village liaison's home (their village, its businesses, their reports) is laid out for a phone.
const VillageHome = lazy(() => import('../dashboard/VillageHome'));

/**
 * `/`: the year's work report for the bureau's people; partner departments, who may not see it, get the modules
 * they can open.
 */
function Home() {
  const t = useT();
  const { user } = useSession();
  if (user?.role === 'partner') return <ModulesHome />;
  if (user?.role === 'village')
    return (
      <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
        <VillageHome />
      </Suspense>
    );
  return (
    <>
      <Typography.Text type="secondary" data-testid="welcome">
        {t('欢迎,{{name}}({{role}})', { name: user?.name, role: user ? roleLabel(user) : '—' })}
      </Typography.Text>
      <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
        <DashboardPage />
      </Suspense>
    </>
  );
}

function ModulesHome() {
  const t = useT();
  const { user, manifest } = useSession();
  const navigate = useNavigate();
  const sections = useSections();
  return (
    <>
      <Typography.Title level={3}>{t('欢迎,{{name}}', { name: user?.name })}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('当前身份:{{role}}。请从左侧导航或下方选择业务模块。', { role: user ? roleLabel(user) : '—' })}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {sections.map((section) => {
          const deployed = Boolean(manifest.remotes[section.name]);
          return (
            <Col key={section.name} xs={24} sm={12} lg={8}>
              <Card hoverable onClick={() => navigate(`/${section.name}`)} title={t(section.label)}>
                {deployed ? <Tag color="green">{t('已部署')}</Tag> : <Tag>{t('尚未部署')}</Tag>}
              </Card>
            </Col>
          );
        })}
      </Row>
    </>
  );
}

export default uiPage(Home);
