import { Card, Col, Row, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { roleLabel, useSections } from '../domains';
import { useSession } from '../session';

/** A plain home until the year's work report (dashboard) lands: who is signed in, and the modules. */
export function HomePage() {
  const { user, manifest } = useSession();
  const navigate = useNavigate();
  const sections = useSections();
  return (
    <>
      <Typography.Title level={3}>欢迎,{user?.name}</Typography.Title>
      <Typography.Paragraph type="secondary">
        当前身份:{user ? roleLabel(user) : '—'}。请从左侧导航或下方选择业务模块。
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {sections.map((section) => {
          const deployed = Boolean(manifest.remotes[section.name]);
          return (
            <Col key={section.name} xs={24} sm={12} lg={8}>
              <Card hoverable onClick={() => navigate(`/${section.name}`)} title={section.label}>
                {deployed ? <Tag color="green">已部署</Tag> : <Tag>尚未部署</Tag>}
              </Card>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
