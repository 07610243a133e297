import { HomeOutlined, LogoutOutlined, SafetyCertificateOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, LocaleSwitch, Menu } from '@shian/ui-kit/frame';
import { lazy, Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from '@shian/router';
import { roleLabel, useSections } from '../domains';
import { useT } from '../i18n';
import { hasInbox } from '../inbox/model';
import { canManageReminders, SETTINGS_PATH } from '../settings/access';
import { useSession } from '../session';
import { SHELL_PRINT_CSS } from './print';

// The bell (its query, the count's rules) loads after the frame; it draws with the frame's own components only.
const InboxBell = lazy(() => import('../inbox/InboxBell'));

const { Header, Sider, Content } = Layout;

// Plain text styles rather than antd's Typography, which the frame would otherwise load up front for four labels.
const strong = { fontWeight: 600 } as const;
const secondary = { color: 'rgba(0, 0, 0, 0.45)' } as const;

export function ShellLayout() {
  const t = useT();
  const { user, signOut } = useSession();
  const sections = useSections();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = pathname === '/' ? '/' : `/${pathname.split('/')[1]}`;
  // A village liaison works from a phone (375 px): a header that fits, and content without the desktop margins.
  const phone = user?.role === 'village';
  return (
    <Layout className="shell-frame" style={{ minHeight: '100vh' }}>
      <style>{SHELL_PRINT_CSS}</style>
      <Sider className="shell-sider" width={200} breakpoint="lg" collapsedWidth={0} theme="light">
        <Flex align="center" gap={8} style={{ height: 64, padding: '0 20px' }}>
          <SafetyCertificateOutlined style={{ fontSize: 22, color: '#1d5fa8' }} />
          <span style={{ ...strong, fontSize: 16 }}>{t('食安监管平台')}</span>
        </Flex>
        <Menu
          mode="inline"
          aria-label="主导航"
          selectedKeys={[selected]}
          onClick={({ key }) => navigate(key)}
          items={[
            // i18n-check-ignore: the pager's key in ui-kit's catalog; this sense is its context (App registers it)
            { key: '/', icon: <HomeOutlined />, label: t('首页', { context: 'navigation' }) },
            // A domain's name is in ui-kit's catalog; a manifest's label the build did not know shows as given.
            ...sections.map((section) => ({ key: `/${section.name}`, label: t(section.label) })),
            // Bureau-wide settings are the leaders' (the server refuses everyone else anyway).
            ...(canManageReminders(user?.role)
              ? [{ key: SETTINGS_PATH, icon: <SettingOutlined />, label: t('提醒设置') }]
              : []),
          ]}
        />
      </Sider>
      <Layout>
        <Header
          className="shell-header"
          style={{
            background: '#fff',
            padding: phone ? '0 12px 0 48px' : '0 24px',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            {!phone && <span style={secondary}>{t('区市场监督管理局 · 食品安全监管')}</span>}
            <Flex align="center" gap={phone ? 8 : 16}>
              {!phone && <LocaleSwitch />}
              {hasInbox(user?.role) && (
                <Suspense fallback={null}>
                  <InboxBell />
                </Suspense>
              )}
              {user && (
                <span>
                  <span style={strong} data-testid="current-user">
                    {user.name}
                  </span>
                  {!phone && (
                    <span style={{ ...secondary, marginLeft: 8 }} data-testid="current-role">
                      {roleLabel(user)}
                    </span>
                  )}
                </span>
              )}
              <Button icon={<LogoutOutlined />} onClick={() => signOut()}>
                {t('退出登录')}
              </Button>
            </Flex>
          </Flex>
        </Header>
        {/* On a phone the folded navigation's trigger hangs below the header, at the left: content starts under it. */}
        <Content className="shell-content" style={{ margin: phone ? '56px 12px 12px' : 24 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
