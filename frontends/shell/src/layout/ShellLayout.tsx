import { HomeOutlined, LogoutOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { LocaleSwitch } from '@shian/ui-kit';
import { Button, Flex, Layout, Menu, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { roleLabel, useSections } from '../domains';
import { useSession } from '../session';

const { Header, Sider, Content } = Layout;

export function ShellLayout() {
  const { user, signOut } = useSession();
  const sections = useSections();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = pathname === '/' ? '/' : `/${pathname.split('/')[1]}`;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={200} breakpoint="lg" collapsedWidth={0} theme="light">
        <Flex align="center" gap={8} style={{ height: 64, padding: '0 20px' }}>
          <SafetyCertificateOutlined style={{ fontSize: 22, color: '#1d5fa8' }} />
          <Typography.Text strong style={{ fontSize: 16 }}>
            食安监管平台
          </Typography.Text>
        </Flex>
        <Menu
          mode="inline"
          aria-label="主导航"
          selectedKeys={[selected]}
          onClick={({ key }) => navigate(key)}
          items={[
            { key: '/', icon: <HomeOutlined />, label: '首页' },
            ...sections.map((section) => ({ key: `/${section.name}`, label: section.label })),
          ]}
        />
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 24px', borderBottom: '1px solid #f0f0f0' }}>
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            <Typography.Text type="secondary">区市场监督管理局 · 食品安全监管</Typography.Text>
            <Flex align="center" gap={16}>
              <LocaleSwitch />
              {user && (
                <span>
                  <Typography.Text strong data-testid="current-user">
                    {user.name}
                  </Typography.Text>
                  <Typography.Text type="secondary" data-testid="current-role" style={{ marginLeft: 8 }}>
                    {roleLabel(user)}
                  </Typography.Text>
                </span>
              )}
              <Button icon={<LogoutOutlined />} onClick={() => signOut()}>
                退出登录
              </Button>
            </Flex>
          </Flex>
        </Header>
        <Content style={{ margin: 24 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
